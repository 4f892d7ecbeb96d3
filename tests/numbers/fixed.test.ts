import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decFromExcelNumber,
  fixedFromDec,
  fixedFromNumber,
  fixedFromText,
  fixedToDec,
  numberUnits,
  parseAmount,
  readPlain,
  readPlainInto,
  textUnits,
  Dec,
  type Fixed,
} from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 10000);

// [text, units, scale] — hand-checked; undefined: left to parseAmount.
const TEXTS: Array<[string, number, number] | [string, undefined]> = [
  ['0', 0, 0],
  ['-0', 0, 0],
  ['7', 7, 0],
  ['007', 7, 0],
  ['1572000', 1572000, 0],
  ['1.572.000', 1572000, 0],
  ['1.572.000,50', 157200050, 2],
  ['1.572.000,5', 15720005, 1],
  ['-1.572.000,50', -157200050, 2],
  ['12,5', 125, 1],
  ['12,25', 1225, 2],
  ['12,3456', 123456, 4],
  ['0,1', 1, 1],
  ['1.234,5', 12345, 1],
  ['1.234,567', 1234567, 3],
  ['12.345.678', 12345678, 0],
  ['0.123.456', 123456, 0],
  ['999.999.999.999.999', 999999999999999, 0],
  ['9.999.999.999.999,99', 999999999999999, 2],
  // More than 15 digits: past Excel's precision, the Dec path reads it.
  ['1.000.000.000.000.000', undefined],
  ['99.999.999.999.999,99', undefined],
  // The column decides these.
  ['1.500', undefined],
  ['-48.250', undefined],
  ['12,500', undefined],
  ['0,500', undefined],
  // Not plain: units, spaces, marks, signs, English separators, fractions.
  ['4,4 mio. kr.', undefined],
  ['550.000 kr.', undefined],
  ['2,0*', undefined],
  ['1½', undefined],
  [' 12', undefined],
  ['12 ', undefined],
  ['1 572 000', undefined],
  ['−12', undefined],
  ['+12', undefined],
  ['(1.200)', undefined],
  ['1,572,000.50', undefined],
  ['1.572.000,', undefined],
  [',5', undefined],
  ['-', undefined],
  ['', undefined],
  ['1.00', undefined],
  ['1234.567.890', undefined],
  ['1..000', undefined],
  ['1.000..000', undefined],
  ['1,000,000', undefined],
  ['1,2,3', undefined],
  ['abc', undefined],
  ['#REF!', undefined],
];

// [number, units, scale]
const NUMBERS: Array<[number, number, number] | [number, undefined]> = [
  [0, 0, 0],
  [-0, 0, 0],
  [1572000, 1572000, 0],
  [1572000.5, 15720005, 1],
  [1191888.73, 119188873, 2],
  [-48250.5, -482505, 1],
  [0.1, 1, 1],
  [0.25, 25, 2],
  [0.125, 125, 3],
  [4.4, 44, 1],
  [0.000001, 1, 6],
  [999999999999999, 999999999999999, 0],
  [99999999999999.9, 999999999999999, 1],
  // Excel's 15 digits make 0.1 + 0.2 exactly 0.3: the Dec path reads those.
  [0.1 + 0.2, undefined],
  [1e15, undefined],
  [1e20, undefined],
  [0.0000001, undefined],
  [Math.PI, undefined],
  [Number.NaN, undefined],
  [Number.POSITIVE_INFINITY, undefined],
];

const plain = (f: Fixed | undefined) => (f ? { units: f.units, scale: f.scale } : undefined);

describe('fixedFromText', () => {
  it.each(TEXTS)('%s', (text, units, scale?: number) => {
    expect(plain(fixedFromText(text))).toEqual(units === undefined ? undefined : { units, scale });
  });

  it('never gives a negative zero', () => {
    expect(Object.is(fixedFromText('-0')!.units, 0)).toBe(true);
    expect(Object.is(fixedFromText('-0,00')!.units, 0)).toBe(true);
  });
});

describe('fixedFromNumber', () => {
  it.each(NUMBERS)('%s', (n, units, scale?: number) => {
    expect(plain(fixedFromNumber(n))).toEqual(units === undefined ? undefined : { units, scale });
  });
});

describe('fixedToDec and fixedFromDec', () => {
  it.each([
    [{ units: 157200050, scale: 2 }, '1572000.5'],
    [{ units: -1, scale: 6 }, '-0.000001'],
    [{ units: 0, scale: 3 }, '0'],
    [{ units: 999999999999999, scale: 0 }, '999999999999999'],
  ])('%o ↔ %s', (f, text) => {
    expect(fixedToDec(f).toFixed()).toBe(text);
    expect(fixedToDec(fixedFromDec(new Dec(text))!).toFixed()).toBe(text);
  });

  it('leaves what does not fit to Dec', () => {
    expect(fixedFromDec(new Dec('1e15'))).toBeUndefined();
    expect(fixedFromDec(new Dec('0.0000000000000001'))).toBeUndefined();
    expect(fixedFromDec(new Dec(Number.NaN))).toBeUndefined();
  });
});

/** Texts built from the pieces plain and almost-plain numbers are made of. */
const textArb = fc
  .array(
    fc.constantFrom(...'0123456789'.split(''), '.', ',', '-', '000', '.000', ',5', ' ', '*', 'kr.'),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Danish-written amounts with øre: the form the fast path exists for. */
const danishArb = fc
  .tuple(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => {
    const neg = n < 0n;
    const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
    const int = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const frac = places ? `,${digits.slice(-places)}` : '';
    return `${neg ? '-' : ''}${int}${frac}`;
  });

const CONTEXTS = [{}, { style: 'da' as const }, { style: 'en' as const }, { unit: 'kr' as const }];

describe('fast path = parseAmount', () => {
  it('every text the fast path reads, parseAmount reads the same in any column', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, danishArb), (text) => {
        const f = fixedFromText(text);
        if (!f) return;
        for (const context of CONTEXTS) {
          const read = parseAmount(text, context);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          expect(fixedToDec(f).eq(read.amount.value)).toBe(true);
          expect(read.amount.decimals).toBe(f.scale);
          expect(read.amount.unit ?? null).toBe(context.unit ?? null);
          expect(read.amount.footnote).toBeNull();
          expect(read.amount.range).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads most Danish amounts of up to 15 digits', () => {
    fc.assert(
      fc.property(danishArb, (text) => {
        const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '').length;
        const ambiguous = /^-?\d{1,3}\.\d{3}$|^-?\d+,\d{3}$/.test(text);
        if (digits <= 15 && !ambiguous) expect(fixedFromText(text)).toBeDefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('every number the fast path reads is Excel’s 15-digit reading', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((ore) => ore / 100),
      fc
        .tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 }), fc.integer({ min: 0, max: 8 }))
        .map(([m, s]) => m / 10 ** s),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        const f = fixedFromNumber(n);
        if (!f) return;
        expect(fixedToDec(f).eq(decFromExcelNumber(n))).toBe(true);
        expect(Math.abs(f.units)).toBeLessThan(1e15);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('counts at a column scale', () => {
  it.each<[string, number, number | null]>([
    ['1.572.000,50', 2, 157200050],
    ['1.572.000,5', 2, 157200050],
    ['1.572.000', 2, 157200000],
    ['1.572.000,505', 2, null],
    ['-12,5', 0, null],
    ['-12,5', 1, -125],
    ['-0', 2, 0],
    ['1.500', 2, null],
  ])('textUnits(%s, %i) = %s', (text, scale, units) => {
    const got = textUnits(text, scale);
    if (units === null) expect(got).toBeNaN();
    else expect(Object.is(got, units)).toBe(true);
  });

  it.each<[number, number, number | null]>([
    [1191888.73, 2, 119188873],
    [1191888.73, 1, null],
    [1572000, 2, 157200000],
    [-0, 2, 0],
    [0.1 + 0.2, 6, null],
    [1e13, 2, null],
    [Number.NaN, 2, null],
  ])('numberUnits(%s, %i) = %s', (n, scale, units) => {
    const got = numberUnits(n, scale);
    if (units === null) expect(got).toBeNaN();
    else expect(Object.is(got, units)).toBe(true);
  });

  it('agree with the fixed readers at every scale', () => {
    fc.assert(
      fc.property(
        fc.oneof(textArb, danishArb),
        fc.integer({ min: -(10 ** 10), max: 10 ** 10 }).map((o) => o / 1000),
        fc.integer({ min: 0, max: 6 }),
        (text, n, scale) => {
          const t = textUnits(text, scale);
          const ft = fixedFromText(text);
          if (t === t) expect(fixedToDec({ units: t, scale }).eq(fixedToDec(ft!))).toBe(true);
          else expect(ft === undefined || ft.scale > scale).toBe(true);
          const u = numberUnits(n, scale);
          if (u === u) expect(fixedToDec({ units: u, scale }).eq(decFromExcelNumber(n))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('readPlain', () => {
  it.each<[unknown, string | undefined, object | undefined]>([
    [1200, '#,##0 "kr."', { units: 1200, scale: 0, formatUnit: 'kr', source: 'number' }],
    [4.4, '0.0 "mio. kr."', { units: 44, scale: 1, formatUnit: 'mio. kr.', source: 'number' }],
    [1572000.5, '#,##0.00', { units: 15720005, scale: 1, formatUnit: null, source: 'number' }],
    ['1.572.000,50', undefined, { units: 157200050, scale: 2, formatUnit: null, source: 'text' }],
    // Shown as a percentage or a date, a number means something else: parseAmount decides.
    [0.848, '0.0%', undefined],
    [45000, 'dd-mm-yyyy', undefined],
    ['4,4 mio. kr.', undefined, undefined],
    [true, undefined, undefined],
    [null, undefined, undefined],
    [{ error: '#REF!' }, undefined, undefined],
  ])('%o with format %s', (input, numFmt, want) => {
    const got = readPlain(input, numFmt);
    expect(
      got && {
        units: got.fixed.units,
        scale: got.fixed.scale,
        formatUnit: got.formatUnit,
        source: got.source,
      },
    ).toEqual(want);
  });
});

describe('readPlainInto', () => {
  const input = fc.oneof(
    fc.double(),
    fc.integer({ min: -(10 ** 16), max: 10 ** 16 }).map((u) => u / 100),
    fc.constantFrom<unknown>(-0, 0, '-0', '1.572.000,50', '12,5', '1.500', 'x', true, null),
    fc.stringMatching(/^-?[0-9.,]{0,12}$/),
  );
  const format = fc.constantFrom(undefined, '#,##0 "kr."', '0.0%', 'dd-mm-yyyy', 'General');
  it('writes what readPlain gives, into a reused count, where readPlain gives one', () => {
    const into = { units: Number.NaN, scale: -1 };
    fc.assert(
      fc.property(input, format, (value, numFmt) => {
        const want = readPlain(value, numFmt);
        expect(readPlainInto(value, numFmt, into)).toBe(want !== undefined);
        if (want) {
          expect(into).toEqual({ units: want.fixed.units, scale: want.fixed.scale });
          expect(Object.is(into.units, -0)).toBe(false);
          expect(want.source).toBe(typeof value === 'number' ? 'number' : 'text');
        }
      }),
      { numRuns: RUNS },
    );
  });
});
