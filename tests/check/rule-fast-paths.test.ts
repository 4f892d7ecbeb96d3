/**
 * The newer rules' fast paths (issue 13) beside their general readings: each must give what the
 * general one gives, and the rules the same findings with or without the cases they skip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { hasLetter } from '../../core/check/label-text';
import { floatOfText, numberTextFloat } from '../../core/check/line-numbers';
import { hasNumber, key, numberAt, shapeKeys, unkey } from '../../core/check/formula-cells';
import { relativeKey } from '../../core/detect';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

/** Any text: ASCII, Danish letters, digits and separators, and arbitrary code points. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...'aZæØåÅ0123456789.,-−+ \u00a0\u202f%kr'.split('')) }),
);

describe('hasLetter is /\\p{L}/u', () => {
  it.each([
    ['Konto 7', true],
    ['æble', true],
    ['Ørsted', true],
    ['12.500,00', false],
    ['', false],
    ['§ 17, stk. 4', true],
    ['½ – ¾', false],
    ['日本', true],
    ['@[`{', false],
  ])('%s: %s', (t, want) => {
    expect(hasLetter(t)).toBe(want);
  });

  it('agrees with the Unicode regex on any text', () => {
    fc.assert(fc.property(text, (t) => hasLetter(t) === /\p{L}/u.test(t)));
  });
});

describe('floatOfText is the general reading, a letter first being no number', () => {
  it('agrees with numberTextFloat on any text, in every style', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('da' as const, 'en' as const, undefined), (t, style) =>
        Object.is(floatOfText(t, style), numberTextFloat(t, style)),
      ),
    );
  });

  it('agrees with it on digits grouped every which way', () => {
    const pieces = fc.constantFrom(
      '-',
      '1',
      '23',
      '456',
      '7890',
      '.',
      ',',
      '.000',
      ',5',
      ',75',
      ' ',
    );
    const grouped = fc.array(pieces, { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(grouped, fc.constantFrom('da' as const, 'en' as const, undefined), (t, style) =>
        Object.is(floatOfText(t, style), numberTextFloat(t, style)),
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['6.274.468,73', 6274468.73],
    ['-1.000', -1000],
    ['1.000.000.000.000', 1e12],
    // Not the fast forms: the general reading's ('1.0000' is one, '1234.567' a decimal).
    ['1.0000', 1],
    ['1234.567', 1234.567],
    ['12711,8', 12711.8],
    ['Konto 12', NaN],
    ['k12', NaN],
    ['12.500,5', 12500.5],
    [' 1.000', 1000],
    // The one-pass Danish reading's edges: a sign on zero (zero, never the float -0), 17 digits (past what it divides
    // exactly: the text's own reading), 15 digits, one decimal, a group too short or long.
    ['-0', 0],
    ['123.456.789.012.345,67', 123456789012345.67],
    ['999999999999999', 999999999999999],
    ['1234567890123,45', 1234567890123.45],
    ['0,1', 0.1],
    ['-7,05', -7.05],
    ['1.00', 1],
    ['1.2345.678', NaN],
    ['1.234.567.890.123.456', 1.234567890123456e15],
  ])('%s is %d', (t, want) => {
    expect(floatOfText(t, 'da')).toBe(want);
  });
});

type C = string | number | null;

function book(sheets: Record<string, C[][]>): Workbook {
  const sheetOf = (name: string, rows: C[][]): Sheet => ({
    name,
    rows: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))),
    rowCount: rows.length,
    colCount: Math.max(...rows.map((r) => r.length)),
    merges: [],
  });
  return {
    name: 't.xlsx',
    sheets: Object.entries(sheets).map(([n, rows]) => sheetOf(n, rows)),
    names: [],
  };
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.expected} ${f.actual}`);

describe('category summaries: groups of lines found nowhere else are skipped, not a summary', () => {
  /** Lines in groups of five, each line's label its own ('Konto 3'), as a budget's are. */
  const groups: C[][] = [];
  for (let g = 0; g < 30; g++) {
    groups.push([`Område ${g + 1}`]);
    for (let i = 0; i < 5; i++) groups.push([`Konto ${g * 5 + i + 1}`, 100 + g + i]);
    groups.push(['I alt', 5 * (100 + g) + 10]);
  }
  const data: C[][] = [
    ['Linje 1', 'Mad', 10],
    ['Linje 2', 'Mad', 20],
    ['Linje 3', 'Bolig', 300],
    ['Linje 4', 'Bolig', 400],
    ['Linje 5', 'Tøj', 5],
    ['Linje 6', 'Tøj', 6],
    ['Linje 7', 'Gaver', 70],
    ['Linje 8', 'Gaver', 80],
    ['Linje 9', 'Sport', 1],
    ['Linje 10', 'Sport', 2],
  ];
  const oversigt: C[][] = [
    ['Mad', 30],
    ['Bolig', 700],
    ['Tøj', 11],
    ['Gaver', 150],
    ['Sport', 3],
  ];

  it('a wrong category beside thirty groups of lines is still found', () => {
    const wrong = oversigt.map((r): C[] => (r[0] === 'Tøj' ? ['Tøj', 12] : r));
    const found = checkWorkbook(book({ Budget: groups, Data: data, Oversigt: wrong }), {
      lang: 'da',
    }).findings;
    expect(errors(found)).toEqual(['SUMMARY_SUM_MISMATCH Oversigt!B3 11 12']);
  });

  it('the groups alone give no summary finding', () => {
    const found = checkWorkbook(book({ Budget: groups, Data: data, Oversigt: oversigt }), {
      lang: 'da',
    }).findings;
    expect(found.filter((f) => f.code === 'SUMMARY_SUM_MISMATCH')).toEqual([]);
  });
});

describe('category totals: a row of names ends with its row', () => {
  /** A list (A:D) and names in F with a number under each, on rows far apart. */
  const list: C[][] = [
    ['SEMESTER', 'NAME', 'AMOUNT', 'TYPE'],
    ['Fall', 'Venues', 350, 'Event'],
    ['Fall', 'Banquet', 183.81, 'Nonspecific'],
    ['Spring', 'Marketing', 650, 'Event'],
    ['Year', 'Misc.', 60, 'Nonspecific'],
  ];
  const withNames = (cells: Array<[number, number, C]>): C[][] => {
    const rows = list.map((r) => [...r]);
    for (const [r, c, v] of cells) {
      while (rows.length < r) rows.push([]);
      const row = rows[r - 1]!;
      while (row.length < c) row.push(null);
      row[c - 1] = v;
    }
    return rows;
  };

  it('names in F1:G1 with a wrong number under one are judged', () => {
    const rows = withNames([
      [1, 6, 'Event'],
      [1, 7, 'Nonspecific'],
      [2, 6, 1000],
      [2, 7, 240],
    ]);
    expect(errors(checkWorkbook(book({ Graphs: rows }), { lang: 'da' }).findings)).toEqual([
      'CATEGORY_TOTAL_MISMATCH Graphs!G2 243.81 240',
    ]);
  });

  it('a name at the end of one row and the next name at the start of a later row are no pair', () => {
    // F1 'Event' (its number in F2) and G3 'Nonspecific' (its number in G4): neither row has
    // two names, so there is nothing to judge, whatever the numbers.
    const rows = withNames([
      [1, 6, 'Event'],
      [2, 6, 1000],
      [3, 7, 'Nonspecific'],
      [4, 7, 1],
    ]);
    expect(errors(checkWorkbook(book({ Graphs: rows }), { lang: 'da' }).findings)).toEqual([]);
  });
});

describe('formula cells: the quick answers are the general ones', () => {
  it('unkey reads back what key writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_048_576 }),
        fc.integer({ min: 1, max: 16_384 }),
        (r, c) => {
          expect(unkey(key(r, c))).toEqual({ row: r, col: c });
        },
      ),
    );
  });

  it('hasNumber is whether numberAt gives a number', () => {
    const value = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }),
    );
    const numFmt = fc.constantFrom(undefined, '0.00', 'dd-mm-yyyy', '#,##0 "kr."', 'h:mm');
    fc.assert(
      fc.property(value, numFmt, (v, f) => {
        const sheet: Sheet = {
          name: 's',
          rows: [[{ value: v, ...(f === undefined ? {} : { numFmt: f }) }]],
          rowCount: 1,
          colCount: 1,
          merges: [],
        };
        expect(hasNumber(sheet, 1, 1)).toBe(numberAt(sheet, 1, 1) !== null);
        expect(hasNumber(sheet, 2, 1)).toBe(false);
      }),
    );
  });

  it('shapeKeys gives relativeKey, the first answer for a cell kept', () => {
    const keyOf = shapeKeys();
    const cases: Array<[string, number, number]> = [
      ['SUM(C5:C9)', 10, 3],
      ['SUM(D5:D9)', 10, 4],
      ['B5+C5', 5, 4],
      ['SUM($B$2:B3)', 3, 3],
      ['IF(A1>0,1,2)', 7, 2],
      ['"text"', 8, 2],
    ];
    for (const [f, r, c] of cases) expect(keyOf(f, r, c)).toBe(relativeKey(f, r, c));
    // Asked again of a cell (its formula is the same during a check), the answer is kept.
    for (const [f, r, c] of cases) expect(keyOf(f, r, c)).toBe(relativeKey(f, r, c));
  });
});

describe('a row sum is asked about left-out cells only where a table has year columns', () => {
  type F = string | number | null | { f: string; v: number };
  const sheetOf = (rows: F[][]): Workbook => ({
    name: 't.xlsx',
    names: [],
    sheets: [
      {
        name: 'Ark',
        rows: rows.map((r) =>
          r.map((v): Cell | undefined =>
            v === null
              ? undefined
              : typeof v === 'object'
                ? { value: v.v, formula: v.f }
                : { value: v },
          ),
        ),
        rowCount: rows.length,
        colCount: Math.max(...rows.map((r) => r.length)),
        merges: [],
      },
    ],
  });
  /** A sum under the lines (E5) adds two of Drift's three columns. */
  const rows = (headers: string[]): F[][] => [
    ['Post', ...headers],
    ['Drift', 100, 200, 300],
    ['Løn', 10, 20, 30],
    ['Husleje', 1, 2, 3],
    ['Drift, første år', null, null, null, { f: 'B2+C2', v: 300 }],
  ];

  it('years: the row sum that stops a year short is found', () => {
    const found = checkWorkbook(sheetOf(rows(['2024', '2025', '2026'])), { lang: 'da' }).findings;
    expect(errors(found).filter((e) => e.startsWith('FORMULA_OMITS'))).toEqual([
      'FORMULA_OMITS_CELLS Ark!E5 600 300',
    ]);
  });

  it('no years (quantities, prices): nothing is said of the cells beside it', () => {
    const found = checkWorkbook(sheetOf(rows(['Antal', 'Pris', 'Rabat'])), { lang: 'da' }).findings;
    expect(errors(found).filter((e) => e.startsWith('FORMULA_OMITS'))).toEqual([]);
  });
});
