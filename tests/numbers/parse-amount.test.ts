import { describe, expect, it } from 'vitest';
import { Dec, parseAmount, type ParseContext, type Qualifier, type Unit } from '../../core/numbers';

/** What a cell should read as. Omitted fields: unit/qualifier/range/footnote null, decimals 0. */
interface Read {
  v: string;
  unit?: Unit;
  q?: Qualifier;
  range?: [string, string];
  fn?: string;
  dec?: number;
  src?: 'number' | 'text';
  points?: true;
}
interface Unreadable {
  err: 'empty' | 'error-value' | 'not-a-number' | 'malformed' | 'ambiguous';
  cand?: [string, string];
}
type Row = [input: unknown, context: ParseContext, expected: Read | Unreadable];

const da: ParseContext = { style: 'da' };
const en: ParseContext = { style: 'en' };
const none: ParseContext = {};
const NBSP = '\u00a0';
const NNBSP = '\u202f';

// Every expected value below is worked out by hand from the written text.
const rows: Row[] = [
  // Danish thousands and decimals
  ['1.572.000', none, { v: '1572000' }],
  ['1.572.000,50', none, { v: '1572000.5', dec: 2 }],
  ['1.572.000,5', none, { v: '1572000.5', dec: 1 }],
  ['4,4', none, { v: '4.4', dec: 1 }],
  ['0,55', none, { v: '0.55', dec: 2 }],
  ['0,500', none, { v: '0.5', dec: 3 }],
  ['12,345', da, { v: '12.345', dec: 3 }],
  ['1234,5', none, { v: '1234.5', dec: 1 }],
  ['1500,000', none, { v: '1500', dec: 3 }],
  ['2,50', none, { v: '2.5', dec: 2 }],
  ['7', none, { v: '7' }],
  ['007', none, { v: '7' }],
  ['0', none, { v: '0' }],
  ['12.345.678,901', none, { v: '12345678.901', dec: 3 }],
  // Units in the text
  ['4,4 mio. kr.', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['4,4 mio.kr.', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['4,4 mio kr', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['0,7 mio.', none, { v: '0.7', unit: 'mio. kr.', dec: 1 }],
  ['4,4 Mio. kr.', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['550.000 kr.', none, { v: '550000', unit: 'kr' }],
  ['1.000 kr.', none, { v: '1000', unit: 'kr' }],
  ['1,500 kr.', none, { v: '1500', unit: 'kr' }],
  ['1.572.000 kr', none, { v: '1572000', unit: 'kr' }],
  ['kr. 1.200', none, { v: '1200', unit: 'kr' }],
  ['12.571 kroner', none, { v: '12571', unit: 'kr' }],
  ['250 t.kr.', none, { v: '250', unit: '1.000 kr.' }],
  ['250 t. kr.', none, { v: '250', unit: '1.000 kr.' }],
  ['250 tkr.', none, { v: '250', unit: '1.000 kr.' }],
  ['1.250 t.kr.', da, { v: '1250', unit: '1.000 kr.' }],
  ['1.250 t.kr.', none, { err: 'ambiguous', cand: ['1250', '1.25'] }],
  ['250 (1.000 kr.)', none, { v: '250', unit: '1.000 kr.' }],
  // Percent, with ordinary, no-break and narrow no-break spaces
  ['84,8%', none, { v: '84.8', unit: 'percent', dec: 1 }],
  ['84,8 %', none, { v: '84.8', unit: 'percent', dec: 1 }],
  [`84,8${NBSP}%`, none, { v: '84.8', unit: 'percent', dec: 1 }],
  [`84,8${NNBSP}%`, none, { v: '84.8', unit: 'percent', dec: 1 }],
  ['100 %', none, { v: '100', unit: 'percent' }],
  ['12 pct.', none, { v: '12', unit: 'percent' }],
  ['12 procent', none, { v: '12', unit: 'percent' }],
  ['0,4 procentpoint', none, { v: '0.4', unit: 'points', dec: 1, points: true }],
  ['0.4 percentage points', en, { v: '0.4', unit: 'points', dec: 1, points: true }],
  // Person-years
  ['½', none, { v: '0.5', dec: 1 }],
  ['¼', none, { v: '0.25', dec: 2 }],
  ['¾', none, { v: '0.75', dec: 2 }],
  ['1½', none, { v: '1.5', dec: 1 }],
  ['1¼', none, { v: '1.25', dec: 2 }],
  ['1 ½', none, { v: '1.5', dec: 1 }],
  ['2¾ årsværk', none, { v: '2.75', unit: 'årsværk', dec: 2 }],
  ['2,5 årsværk', none, { v: '2.5', unit: 'årsværk', dec: 1 }],
  ['2 å.v.', none, { v: '2', unit: 'årsværk' }],
  ['3 Årsværk', none, { v: '3', unit: 'årsværk' }],
  ['1.5 person-years', en, { v: '1.5', unit: 'årsværk', dec: 1 }],
  ['1 person-year', none, { v: '1', unit: 'årsværk' }],
  // Footnote marks, kept as written
  ['2,0*', none, { v: '2', fn: '*', dec: 1 }],
  ['2,0**', none, { v: '2', fn: '**', dec: 1 }],
  ['2,0 *', none, { v: '2', fn: '*', dec: 1 }],
  ['2,0* mio. kr.', none, { v: '2', unit: 'mio. kr.', fn: '*', dec: 1 }],
  ['4,4 mio. kr.*', none, { v: '4.4', unit: 'mio. kr.', fn: '*', dec: 1 }],
  ['2,0¹', none, { v: '2', fn: '¹', dec: 1 }],
  ['2,0* *', none, { err: 'malformed' }],
  // Qualifiers
  ['min. 350', none, { v: '350', q: 'min.' }],
  ['ca. 400', none, { v: '400', q: 'ca.' }],
  ['Ca. 400', none, { v: '400', q: 'ca.' }],
  ['max. 5', none, { v: '5', q: 'max.' }],
  ['maks. 5', none, { v: '5', q: 'max.' }],
  ['over 200', none, { v: '200', q: 'over' }],
  ['under 50', none, { v: '50', q: 'under' }],
  ['op til 30', none, { v: '30', q: 'op til' }],
  ['min. 350 borgere', none, { v: '350', q: 'min.', unit: 'count' }],
  ['ca. 1.200 personer', none, { v: '1200', q: 'ca.', unit: 'count' }],
  ['ca. 4,4 mio. kr.', none, { v: '4.4', q: 'ca.', unit: 'mio. kr.', dec: 1 }],
  // Ranges
  ['60-70', none, { v: '60', range: ['60', '70'] }],
  ['150-200', none, { v: '150', range: ['150', '200'] }],
  ['60–70', none, { v: '60', range: ['60', '70'] }],
  ['60 - 70', none, { v: '60', range: ['60', '70'] }],
  ['150-200 borgere', none, { v: '150', range: ['150', '200'], unit: 'count' }],
  ['1,5-2,5 mio. kr.', none, { v: '1.5', range: ['1.5', '2.5'], unit: 'mio. kr.', dec: 1 }],
  ['ca. 60-70', none, { v: '60', range: ['60', '70'], q: 'ca.' }],
  ['70-60', none, { err: 'malformed' }],
  // Negatives
  ['-1.200', da, { v: '-1200' }],
  ['(1.200)', da, { v: '-1200' }],
  ['÷1.200', da, { v: '-1200' }],
  ['−1.200', da, { v: '-1200' }],
  ['-1.200', none, { err: 'ambiguous', cand: ['1200', '1.2'] }],
  ['-1.572.000', none, { v: '-1572000' }],
  ['÷ 0,7 mio. kr.', none, { v: '-0.7', unit: 'mio. kr.', dec: 1 }],
  ['(350 kr.)', none, { v: '-350', unit: 'kr' }],
  ['-4,4', none, { v: '-4.4', dec: 1 }],
  ['-0', none, { v: '0' }],
  ['+5', none, { v: '5' }],
  // English text
  ['1,572,000.50', none, { v: '1572000.5', dec: 2 }],
  ['1,572,000', none, { v: '1572000' }],
  ['4.4', none, { v: '4.4', dec: 1 }],
  ['DKK 1,572,000', none, { v: '1572000', unit: 'kr' }],
  ['DKK 4.4m', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['DKK 250k', none, { v: '250', unit: '1.000 kr.' }],
  ['-DKK 1,200', none, { v: '-1200', unit: 'kr' }],
  ['84.8%', none, { v: '84.8', unit: 'percent', dec: 1 }],
  // Ambiguity: reported, or decided by style or unit
  ['1.500', none, { err: 'ambiguous', cand: ['1500', '1.5'] }],
  ['1,500', none, { err: 'ambiguous', cand: ['1500', '1.5'] }],
  ['1.500', da, { v: '1500' }],
  ['1,500', da, { v: '1.5', dec: 3 }],
  ['1.500', en, { v: '1.5', dec: 3 }],
  ['1,500', en, { v: '1500' }],
  ['1.500', { unit: 'kr' }, { v: '1500', unit: 'kr' }],
  ['1.500', { unit: 'count' }, { v: '1500', unit: 'count' }],
  ['1.500', { unit: 'mio. kr.' }, { err: 'ambiguous', cand: ['1500', '1.5'] }],
  ['1.500 mio. kr.', da, { v: '1500', unit: 'mio. kr.' }],
  ['4,4', { unit: 'mio. kr.' }, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  // Real numbers from Excel
  [1572000, none, { v: '1572000', src: 'number' }],
  [4.4, none, { v: '4.4', dec: 1, src: 'number' }],
  [0.1 + 0.2, none, { v: '0.3', dec: 1, src: 'number' }],
  [1.1 * 3, none, { v: '3.3', dec: 1, src: 'number' }],
  [-0, none, { v: '0', src: 'number' }],
  [-1200, none, { v: '-1200', src: 'number' }],
  [0.848, { numFmt: '0.0%' }, { v: '84.8', unit: 'percent', dec: 1, src: 'number' }],
  [0.848, { numFmt: '0%' }, { v: '84.8', unit: 'percent', dec: 0, src: 'number' }],
  [1572000, { numFmt: '#,##0' }, { v: '1572000', dec: 0, src: 'number' }],
  [
    4.4,
    { numFmt: '#,##0.00', unit: 'mio. kr.' },
    { v: '4.4', unit: 'mio. kr.', dec: 2, src: 'number' },
  ],
  [4.4, { numFmt: '"Pct."0.0' }, { v: '4.4', unit: 'percent', dec: 1, src: 'number' }],
  [4.4, { numFmt: '"Nøgletal: "0.0' }, { v: '4.4', dec: 1, src: 'number' }],
  [1572000, { numFmt: '#,##0 "kr."' }, { v: '1572000', unit: 'kr', src: 'number' }],
  [1572000, { numFmt: '[$kr.-406] #,##0.00' }, { v: '1572000', unit: 'kr', dec: 2, src: 'number' }],
  [
    4.4,
    { numFmt: '0.0 "mio. kr."', unit: 'kr' },
    { v: '4.4', unit: 'mio. kr.', dec: 1, src: 'number' },
  ],
  [-0.05, { numFmt: '0.0%;[Red]-0.0%' }, { v: '-5', unit: 'percent', dec: 1, src: 'number' }],
  [1e21, none, { v: '1000000000000000000000', src: 'number' }],
  [1.5e-7, none, { v: '0.00000015', dec: 8, src: 'number' }],
  [12n, none, { v: '12', src: 'number' }],
  [{ formula: 'SUM(A1:A3)', result: 4.4 }, none, { v: '4.4', dec: 1, src: 'number' }],
  [
    { richText: [{ text: '4,4 ' }, { text: 'mio. kr.' }] },
    none,
    { v: '4.4', unit: 'mio. kr.', dec: 1 },
  ],
  // Thousands grouped with spaces, as PDFs print them
  ['1 572 000', none, { v: '1572000' }],
  [`1${NBSP}572${NBSP}000,50`, none, { v: '1572000.5', dec: 2 }],
  [`550${NNBSP}000 kr.`, none, { v: '550000', unit: 'kr' }],
  ['1 500', none, { v: '1500' }],
  ['1 50', none, { err: 'malformed' }],
  ['12 3456', none, { err: 'malformed' }],
  ['mindst 350', none, { v: '350', q: 'min.' }],
  ['højst 5', none, { v: '5', q: 'max.' }],
  ['omkring 400', none, { v: '400', q: 'ca.' }],
  // Danish whole kroner
  ['1.200,-', none, { v: '1200' }],
  ['1.200,- kr.', none, { v: '1200', unit: 'kr' }],
  ['kr. 96.000,-', none, { v: '96000', unit: 'kr' }],
  ['350,–', none, { v: '350' }],
  // Headings and labels with a number in them are text, not malformed numbers
  ['Aftale om integrationsinitiativer 2024', none, { err: 'not-a-number' }],
  ['Mål 2024', none, { err: 'not-a-number' }],
  ['Aktiveret inden 3 måneder', none, { err: 'not-a-number' }],
  ['2024', none, { v: '2024' }],
  // Units we do not hold are reported, never taken for a head count
  ['1,2 mia. kr.', none, { err: 'malformed' }],
  ['3 måneder', none, { err: 'malformed' }],
  ['50 EUR', none, { err: 'malformed' }],
  ['4,4 millioner', none, { err: 'malformed' }],
  ['4.4 million', none, { err: 'malformed' }],
  ['4,4 millioner kr.', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  ['DKK 4.4 million', none, { v: '4.4', unit: 'mio. kr.', dec: 1 }],
  // Unreadable
  ['abc', none, { err: 'not-a-number' }],
  ['I alt', none, { err: 'not-a-number' }],
  ['1,2,3', none, { err: 'malformed' }],
  ['1.2.3', none, { err: 'malformed' }],
  ['--5', none, { err: 'malformed' }],
  ['5-', none, { err: 'malformed' }],
  ['1.5,3', none, { err: 'malformed' }],
  ['1,000.000,5', none, { err: 'malformed' }],
  ['12.34.567', none, { err: 'malformed' }],
  ['4,4 mio. kr. 5', none, { err: 'malformed' }],
  ['1,5½', none, { err: 'malformed' }],
  ['4,', none, { err: 'malformed' }],
  [',5', none, { err: 'malformed' }],
  ['(1.200', none, { err: 'malformed' }],
  ['', none, { err: 'empty' }],
  ['   ', none, { err: 'empty' }],
  [NBSP, none, { err: 'empty' }],
  [null, none, { err: 'empty' }],
  [undefined, none, { err: 'empty' }],
  ['#REF!', none, { err: 'error-value' }],
  ['#DIV/0!', none, { err: 'error-value' }],
  ['#N/A', none, { err: 'error-value' }],
  ['#VALUE!', none, { err: 'error-value' }],
  [{ error: '#REF!' }, none, { err: 'error-value' }],
  [{ formula: '1/0', result: { error: '#DIV/0!' } }, none, { err: 'error-value' }],
  [true, none, { err: 'not-a-number' }],
  [new Date(Date.UTC(2024, 0, 1)), none, { err: 'not-a-number' }],
  [Number.NaN, none, { err: 'not-a-number' }],
  [Number.POSITIVE_INFINITY, none, { err: 'not-a-number' }],
  [{ foo: 1 }, none, { err: 'not-a-number' }],
  [45292, { numFmt: 'dd-mm-yyyy' }, { err: 'not-a-number' }],
  [0.5, { numFmt: 'h:mm' }, { err: 'not-a-number' }],
  [45292, { numFmt: '[$-406]d. mmmm yyyy' }, { err: 'not-a-number' }],
  [1.5, { numFmt: '# ?/?' }, { v: '1.5', dec: 0, src: 'number' }],
  [1.5, { numFmt: 'General' }, { v: '1.5', dec: 1, src: 'number' }],
  [15, { numFmt: '0.00E+00' }, { v: '15', dec: 2, src: 'number' }],
  [Symbol('x'), none, { err: 'not-a-number' }],
];

function label(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'bigint') return `${input}n`;
  if (typeof input === 'symbol') return input.toString();
  if (input instanceof Date) return `Date(${input.toISOString()})`;
  return JSON.stringify(input) ?? String(input);
}

describe('parseAmount table', () => {
  it('has enough rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
  });

  it.each(rows.map((r) => [label(r[0]), JSON.stringify(r[1]), r] as const))(
    '%s %s',
    (_l, _c, [input, context, expected]) => {
      const r = parseAmount(input, context);
      if ('err' in expected) {
        expect(r.ok, `expected unreadable, got ${r.ok && r.amount.value.toFixed()}`).toBe(false);
        if (r.ok) return;
        expect(r.reason).toBe(expected.err);
        expect(r.message.da.length).toBeGreaterThan(5);
        expect(r.message.en.length).toBeGreaterThan(5);
        expect(r.message.da).not.toBe(r.message.en);
        expect(r.message.da + r.message.en).not.toMatch(/undefined|\[object |NaN/);
        if (expected.cand) expect(r.candidates?.map((c) => c.toFixed())).toEqual(expected.cand);
        else expect(r.candidates).toBeUndefined();
        return;
      }
      expect(r.ok, r.ok ? '' : `${r.reason}: ${r.message.en}`).toBe(true);
      if (!r.ok) return;
      const a = r.amount;
      expect(a.value.toFixed()).toBe(expected.v);
      expect(Object.is(a.value.toNumber(), -0)).toBe(false);
      expect(a.unit).toBe(expected.unit ?? null);
      expect(a.qualifier).toBe(expected.q ?? null);
      expect(a.range && [a.range.low.toFixed(), a.range.high.toFixed()]).toEqual(
        expected.range ?? null,
      );
      expect(a.footnote).toBe(expected.fn ?? null);
      expect(a.decimals).toBe(expected.dec ?? 0);
      expect(a.source).toBe(expected.src ?? 'text');
      expect(a.points === true).toBe(expected.points === true);
    },
  );

  it('values are Dec instances, not floats', () => {
    const r = parseAmount('1.572.000,50');
    expect(r.ok && r.amount.value instanceof Dec).toBe(true);
  });

  it('names the ambiguous readings in both languages', () => {
    const r = parseAmount('1.500');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.da).toContain('kan læses som 1.500 eller 1,5');
    expect(r.message.en).toContain('could be 1,500 or 1.5');
  });
});
