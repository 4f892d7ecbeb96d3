import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decFromExcelNumber, Dec, parseAmount, readNumberText } from '../../core/numbers';

/** The reading before the whole-øre fast path: Excel's 15 significant digits. */
function at15Digits(n: number): Dec {
  return n === 0 ? new Dec(0) : new Dec(n.toPrecision(15));
}

describe('decFromExcelNumber: the whole-øre fast path reads as Excel does', () => {
  it.each([
    [1572000.5, '1572000.5'],
    [0.29, '0.29'],
    [0.1 + 0.2, '0.3'],
    [-2.675, '-2.675'],
    [9999999999999.99, '9999999999999.99'],
    [123456789012345, '123456789012345'],
    [1234567890123456, '1234567890123460'],
    [1e-7, '0.0000001'],
  ])('%s → %s', (n, plain) => {
    expect(decFromExcelNumber(n).toFixed()).toBe(plain);
  });

  it('equals the 15-digit reading for øre, cents of a cent and any double', () => {
    const ore = fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((r) => r / 100);
    const tenths = fc.integer({ min: -(10 ** 15), max: 10 ** 15 }).map((r) => r / 1000);
    const any = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.oneof(ore, tenths, any), (n) => {
        expect(decFromExcelNumber(n).toFixed()).toBe(at15Digits(n).toFixed());
      }),
      { numRuns: 5000 },
    );
  });
});

describe('readNumberText: parseAmount without the failure message', () => {
  it.each(['Konto 7', '1.572.000,50', '1.500', '60-70', '2,0*', '', '#REF!', 'min. 350 borgere'])(
    '%j reads as parseAmount reads it',
    (text) => {
      const quiet = readNumberText(text);
      const full = parseAmount(text);
      expect(quiet.ok).toBe(full.ok);
      if (quiet.ok && full.ok) expect(quiet.amount).toEqual(full.amount);
      if (!quiet.ok && !full.ok) {
        expect(quiet.reason).toBe(full.reason);
        expect(quiet.candidates?.map(String)).toEqual(full.candidates?.map(String));
      }
    },
  );
});
