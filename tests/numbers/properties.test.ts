import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  convert,
  Dec,
  formatAmount,
  fromPlain,
  parseAmount,
  toPlain,
  type Unit,
} from '../../core/numbers';
import type { Lang } from '../../core/i18n';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 10000);

/** Pieces real cells are made of, so random strings hit the parser's corners, not just noise. */
const PIECES = [
  ...'0123456789'.split(''),
  '.',
  ',',
  '-',
  '–',
  '−',
  '÷',
  '+',
  '(',
  ')',
  '*',
  '%',
  ' ',
  '\u00a0',
  '\u202f',
  '½',
  '¼',
  '¾',
  '¹',
  'kr.',
  'mio.',
  'mio. kr.',
  't.kr.',
  'DKK',
  'm',
  'k',
  'årsværk',
  'å.v.',
  'pct.',
  'procentpoint',
  'min. ',
  'ca. ',
  'over ',
  'borgere',
  '#REF!',
  '#N/A',
  'e',
  'E+',
  '1.000',
  ',5',
  'abc',
];

const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
);

const context = fc.record(
  {
    style: fc.constantFrom('da' as const, 'en' as const),
    unit: fc.constantFrom<Unit>('kr', '1.000 kr.', 'mio. kr.', 'årsværk', 'percent', 'count'),
    numFmt: fc.constantFrom('0.0%', '#,##0', 'General', '"kr."#,##0.00', '0%;[Red]-0%', ''),
  },
  { requiredKeys: [] },
);

const PLAIN_SHAPE = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

function wellFormed(input: unknown, ctx: object): void {
  const r = parseAmount(input, ctx);
  if (r.ok) {
    const a = r.amount;
    expect(a.value).toBeInstanceOf(Dec);
    expect(a.value.isFinite()).toBe(true);
    expect(toPlain(a.value)).toMatch(PLAIN_SHAPE);
    expect(Number.isInteger(a.decimals) && a.decimals >= 0).toBe(true);
    if (a.range) expect(a.range.low.lessThanOrEqualTo(a.range.high)).toBe(true);
  } else {
    expect(r.message.da.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
    if (typeof input !== 'string') {
      expect(r.message.da + r.message.en).not.toMatch(/\[object |undefined|NaN|Infinity/);
    }
    if (r.reason === 'ambiguous') expect(r.candidates).toHaveLength(2);
  }
}

describe('parseAmount never throws', () => {
  it('on arbitrary cell text', () => {
    fc.assert(
      fc.property(cellText, context, (text, ctx) => {
        wellFormed(text, ctx);
      }),
      { numRuns: RUNS },
    );
  });
  it('on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.double(), fc.bigInt(), fc.date()),
        context,
        (v, ctx) => {
          wellFormed(v, ctx);
        },
      ),
      { numRuns: Math.max(1000, RUNS / 4) },
    );
  });
});

/** A random exact decimal: up to 12 integer digits and `maxDecimals` decimals, either sign. */
function decimal(maxDecimals: number, step?: string): fc.Arbitrary<Dec> {
  if (step) {
    return fc.integer({ min: -40000, max: 40000 }).map((n) => new Dec(n).times(step));
  }
  return fc
    .tuple(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.integer({ min: 0, max: maxDecimals }),
    )
    .map(([n, d]) => new Dec(n.toString()).dividedBy(new Dec(10).pow(d)));
}

const UNITS: readonly [Unit | null, number][] = [
  ['kr', 2],
  ['1.000 kr.', 3],
  ['mio. kr.', 6],
  ['percent', 2],
  ['årsværk', 2],
  ['count', 2],
  [null, 6],
];

describe('format → parse round-trips', () => {
  for (const lang of ['da', 'en'] as Lang[]) {
    for (const [unit, maxDecimals] of UNITS) {
      it(`${lang} ${unit ?? 'no unit'}`, () => {
        fc.assert(
          fc.property(decimal(maxDecimals), (v) => {
            const text = formatAmount(v, unit, { lang, decimals: Math.max(0, v.decimalPlaces()) });
            const r = parseAmount(text, { style: lang, unit: unit ?? undefined });
            expect(r.ok, `${text}`).toBe(true);
            if (!r.ok) return;
            expect(r.amount.value.equals(v), `${text} → ${r.amount.value.toFixed()}`).toBe(true);
            expect(r.amount.unit).toBe(unit);
          }),
          { numRuns: Math.max(200, RUNS / 10) },
        );
      });
    }
    it(`${lang} person-years as fractions`, () => {
      fc.assert(
        fc.property(decimal(0, '0.25'), (v) => {
          const text = formatAmount(v, 'årsværk', { lang, personYears: 'fraction' });
          const r = parseAmount(text, { style: lang });
          expect(r.ok && r.amount.value.equals(v) && r.amount.unit === 'årsværk', text).toBe(true);
        }),
        { numRuns: Math.max(200, RUNS / 10) },
      );
    });
  }
});

describe('unit conversion is exact', () => {
  const money = fc.constantFrom<Unit>('kr', '1.000 kr.', 'mio. kr.');
  it('there and back, and through a third unit', () => {
    fc.assert(
      fc.property(decimal(12), money, money, money, (v, a, b, c) => {
        const there = convert(v, a, b)!;
        expect(convert(there, b, a)!.equals(v)).toBe(true);
        expect(convert(convert(v, a, b)!, b, c)!.equals(convert(v, a, c)!)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('toPlain', () => {
  const anyDec = fc.oneof(
    decimal(12),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -45, max: 30 }))
      .map(([m, e]) => new Dec(`${m}e${e}`)),
    fc
      .tuple(
        fc.integer(),
        fc.integer().filter((n) => n !== 0),
      )
      .map(([a, b]) => new Dec(a).dividedBy(b)),
  );
  it('never has an exponent, NaN or -0, and keeps what it promises', () => {
    fc.assert(
      fc.property(anyDec, (v) => {
        const s = toPlain(v);
        expect(s).toMatch(PLAIN_SHAPE);
        const back = fromPlain(s)!;
        expect(back).toBeDefined();
        if (v.decimalPlaces() <= 10) {
          expect(back.equals(v)).toBe(true);
        } else if (!v.isZero()) {
          // Half-up at 10 places, or at 6 significant digits for values below 1e-5.
          const error = back.minus(v).abs();
          const bound = v.abs().greaterThanOrEqualTo('1e-5')
            ? new Dec('5e-11')
            : v.abs().times('5e-6');
          expect(error.lessThanOrEqualTo(bound), `${v.toString()} → ${s}`).toBe(true);
          expect(back.isZero()).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('real numbers from Excel', () => {
  it('read at 15 significant digits, so typed decimals come back exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 14 }),
        (n, d) => {
          const typed = new Dec(n.toString()).dividedBy(new Dec(10).pow(d));
          const r = parseAmount(Number(typed.toFixed()));
          expect(r.ok && r.amount.value.equals(typed)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
