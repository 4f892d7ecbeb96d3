import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../../core/i18n';
import {
  asFraction,
  Dec,
  formatAmount,
  formatNumber,
  formatPoints,
  groupDigits,
  wholeNumber,
  type FormatAmountOptions,
  type Unit,
} from '../../core/numbers';

type Row = [value: string, unit: Unit | null, options: FormatAmountOptions, expected: string];

const en: FormatAmountOptions = { lang: 'en' };
const frac: FormatAmountOptions = { personYears: 'fraction' };

const rows: Row[] = [
  ['1572000', 'kr', {}, '1.572.000 kr.'],
  ['1572000.5', 'kr', {}, '1.572.000,5 kr.'],
  ['1572000.5', 'kr', { decimals: 2 }, '1.572.000,50 kr.'],
  ['1572000.5', 'kr', { decimals: 0 }, '1.572.001 kr.'],
  ['12571.428571', 'kr', {}, '12.571,43 kr.'],
  ['-1200', 'kr', {}, '-1.200 kr.'],
  ['4.4', 'mio. kr.', {}, '4,4 mio. kr.'],
  ['4.39985', 'mio. kr.', { decimals: 1 }, '4,4 mio. kr.'],
  ['0.05', 'mio. kr.', { decimals: 1 }, '0,1 mio. kr.'],
  ['-0.04', 'mio. kr.', { decimals: 1 }, '0,0 mio. kr.'],
  ['1250', '1.000 kr.', {}, '1.250 t.kr.'],
  ['84.8', 'percent', {}, '84,8 %'],
  ['84.85', 'percent', { decimals: 1 }, '84,9 %'],
  ['100', 'percent', {}, '100 %'],
  ['1.5', 'årsværk', {}, '1,5 årsværk'],
  ['1.5', 'årsværk', frac, '1½ årsværk'],
  ['0.25', 'årsværk', frac, '¼ årsværk'],
  ['2.75', 'årsværk', frac, '2¾ årsværk'],
  ['3', 'årsværk', frac, '3 årsværk'],
  ['1.4', 'årsværk', frac, '1,4 årsværk'],
  ['-0.5', 'årsværk', frac, '-½ årsværk'],
  ['350', 'count', {}, '350'],
  ['1200', 'count', {}, '1.200'],
  ['1234.5', null, {}, '1.234,5'],
  ['-0', null, {}, '0'],
  ['0.1234567', null, {}, '0,123457'],
  // English
  ['1572000', 'kr', en, 'DKK 1,572,000'],
  ['-1200', 'kr', en, '-DKK 1,200'],
  ['4.4', 'mio. kr.', en, 'DKK 4.4m'],
  ['1250', '1.000 kr.', en, 'DKK 1,250k'],
  ['84.8', 'percent', en, '84.8%'],
  ['1.5', 'årsværk', en, '1.5 person-years'],
  ['1', 'årsværk', en, '1 person-year'],
  ['1.5', 'årsværk', { lang: 'en', personYears: 'fraction' }, '1½ person-years'],
  ['1234.5', null, en, '1,234.5'],
];

describe('formatAmount', () => {
  it.each(rows)('%s %s %j → %s', (value, unit, options, expected) => {
    expect(formatAmount(new Dec(value), unit, options)).toBe(expected);
  });
});

describe('formatPoints', () => {
  it.each([
    ['0.4', {}, '0,4 procentpoint'],
    ['-2.35', { decimals: 1 }, '-2,4 procentpoint'],
    ['0.4', { lang: 'en' as const }, '0.4 percentage points'],
    ['1', { lang: 'en' as const }, '1 percentage point'],
  ])('%s %j → %s', (value, options, expected) => {
    expect(formatPoints(new Dec(value), options)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it('formats digits beyond a double exactly', () => {
    expect(formatNumber(new Dec('12345678901234567890.125'))).toBe(
      '12.345.678.901.234.567.890,125',
    );
    expect(formatNumber('0.30000000000000004441', { lang: 'en' })).toBe('0.30000000000000004441');
  });
  it('rounds half-up itself, away from zero, never to -0', () => {
    expect(formatNumber('2.345', { decimals: 2 })).toBe('2,35');
    expect(formatNumber('-2.345', { decimals: 2 })).toBe('-2,35');
    expect(formatNumber('-0.004', { decimals: 2 })).toBe('0,00');
    expect(formatNumber('1572000', { grouping: false })).toBe('1572000');
  });
  it('caps display at 20 decimals', () => {
    expect(formatNumber(new Dec(1).dividedBy(3))).toBe('0,33333333333333333333');
  });
});

describe('asFraction', () => {
  it.each([
    ['0.5', '½'],
    ['1.25', '1¼'],
    ['2', '2'],
    ['-1.75', '-1¾'],
    ['1.2', undefined],
    ['0.125', undefined],
  ])('%s → %s', (v, expected) => {
    expect(asFraction(v)).toBe(expected);
  });
});

describe('groupDigits (how every number is shown: the same as Intl.NumberFormat)', () => {
  it('matches Intl.NumberFormat on random exact decimals in both languages', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom<Lang>('da', 'en'),
        fc.boolean(),
        (n, d, lang, grouping) => {
          const v = new Dec(n.toString()).dividedBy(new Dec(10).pow(d));
          const plain = (v.isZero() ? v.abs() : v).toFixed(d);
          const intl = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
            minimumFractionDigits: d,
            maximumFractionDigits: d,
            useGrouping: grouping,
          });
          // Node 20's Intl reads a decimal string exactly (ECMA-402 NumberFormat v3).
          expect(groupDigits(plain, lang, grouping)).toBe(intl.format(plain as unknown as number));
          expect(formatNumber(v, { lang, decimals: d, grouping })).toBe(
            groupDigits(plain, lang, grouping),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('wholeNumber', () => {
  it.each([0, 7, 999, 1_000, 90_000, 4_000_000, 327_712_768, 12_000_000_000])(
    '%i as Intl writes it in both languages',
    (n) => {
      expect(wholeNumber(n, 'da')).toBe(new Intl.NumberFormat('da-DK').format(n));
      expect(wholeNumber(n, 'en')).toBe(new Intl.NumberFormat('en-GB').format(n));
    },
  );
});
