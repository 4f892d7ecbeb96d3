import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sheetFromValues } from '../../core/grid';
import { sheetNumbers } from '../../core/check/line-numbers';
import { parseAmount } from '../../core/numbers';

/** The general reading the fast paths must agree with. */
function general(text: string, style: 'da' | 'en'): number {
  const read = parseAmount(text, { style });
  return read.ok ? read.amount.value.toNumber() : NaN;
}

const floatOf = (text: string, style: 'da' | 'en' | undefined) =>
  sheetNumbers(sheetFromValues('s', [[text]]), style).float(1, 1);

describe('sheetNumbers: number text read as floats', () => {
  it.each([
    ['6.274.468', 'da', 6274468],
    ['1.191.888,73', 'da', 1191888.73],
    ['-1.000,5', 'da', -1000.5],
    ['12711,8', 'da', 12711.8],
    ['6,274,468', 'en', 6274468],
    ['1,191,888.73', 'en', 1191888.73],
    ['1.572.000', undefined, 1572000],
    ['-0,00', 'da', 0],
    ['-0', 'en', 0],
    ['-0.00', undefined, 0],
    ['Konto 12', 'da', NaN],
    ['2016-07', 'da', NaN],
  ] as const)('%s (%s) is %d', (text, style, want) => {
    expect(floatOf(text, style)).toBe(want);
  });

  it('thousands-separated text is the nearest double of its exact value, in either style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        fc.constantFrom('da' as const, 'en' as const),
        (whole, cents, negative, style) => {
          const [group, decimal] = style === 'da' ? ['.', ','] : [',', '.'];
          const digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
          const text = `${negative ? '-' : ''}${digits}${decimal}${String(cents).padStart(2, '0')}`;
          expect(floatOf(text, style)).toBe(general(text, style));
        },
      ),
    );
  });
});
