/**
 * Issue 17, real expense list (real-world-dev 60, sheet '19-20 Graphs'): totals by category
 * typed beside a list with a TYPE column (a SUMIF done by hand). Each case builds the layout and
 * says which errors it gets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, CellValue, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

type C = string | number | null | { f: string; v: CellValue };

function sheetOf(rows: C[][]): Sheet {
  const out = rows.map((r) =>
    r.map((v): Cell | undefined => {
      if (v === null) return undefined;
      if (typeof v === 'object') return { value: v.v, formula: v.f };
      return { value: v };
    }),
  );
  const colCount = Math.max(...rows.map((r) => r.length));
  return { name: 'Graphs', rows: out, rowCount: rows.length, colCount, merges: [] };
}

function check(rows: C[][], lang: 'da' | 'en' = 'da'): Finding[] {
  const book: Workbook = { name: 't.xlsx', sheets: [sheetOf(rows)], names: [] };
  return checkWorkbook(book, { lang }).findings;
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cell} ${f.expected} ${f.actual}`);

/** The list of file 60: semester, name, amount, type. Event 3.000,50; Nonspecific 1.605,25. */
const LINES: Array<[string, string, number, string]> = [
  ['Fall', 'Venues', 350, 'Event'],
  ['Fall', 'Transport', 2000.5, 'Event'],
  ['Fall', 'Banquet', 183.81, 'Nonspecific'],
  ['Fall', 'Retreat', 754.96, 'Nonspecific'],
  ['Spring', 'Marketing', 650, 'Event'],
  ['Spring', 'Recruitment', 606.48, 'Nonspecific'],
  ['Year', 'Misc.', 60, 'Nonspecific'],
];

/** The list with a breakdown in its header row (F1:G1) and first line (F2:G2). */
function across(names: string[], values: C[], lines = LINES): C[][] {
  const rows: C[][] = [['SEMESTER', 'EXPENSE NAME', 'AMOUNT', 'TYPE', null, ...names]];
  lines.forEach((l, i) => rows.push(i === 0 ? [...l, null, ...values] : [...l]));
  return rows;
}

/** The list with the breakdown down a column beside it (F2:G3). */
function down(pairs: Array<[string, C]>): C[][] {
  const rows: C[][] = [['SEMESTER', 'EXPENSE NAME', 'AMOUNT', 'TYPE']];
  LINES.forEach((l, i) => rows.push(pairs[i] ? [...l, null, ...pairs[i]] : [...l]));
  return rows;
}

describe('totals by category typed beside a list', () => {
  const cases: Array<{ name: string; rows: C[][]; errors: string[]; da?: string; en?: string }> = [
    {
      name: 'Nonspecific typed 3 short (file 60, G40)',
      rows: across(['Event ', 'Nonspecific'], [3000.5, 1602.25]),
      errors: ['CATEGORY_TOTAL_MISMATCH G2 1605.25 1602.25'],
      da: '1.602,25 i G2 står som summen for »Nonspecific« i listen (kolonne D, række 2-8), men beløbene i kolonne C i dens rækker (4-5, 7-8) giver 1.605,25; F2 for »Event« passer.',
      en: '1,602.25 in G2 stands as the total for "Nonspecific" in the list (column D, rows 2-8), but the amounts in column C on its rows (4-5, 7-8) add up to 1,605.25; F2 for "Event" agrees.',
    },
    {
      name: 'both totals right',
      rows: across(['Event', 'Nonspecific'], [3000.5, 1605.25]),
      errors: [],
    },
    {
      name: 'both totals off: what they sum is unsure (a semester only?)',
      rows: across(['Event', 'Nonspecific'], [2350.5, 938.77]),
      errors: [],
    },
    {
      name: 'a name that is not a category of the list',
      rows: across(['Event', 'Other'], [3000.5, 1602.25]),
      errors: [],
    },
    {
      name: 'a category of the list left out of the breakdown',
      rows: across(
        ['Event', 'Nonspecific'],
        [3000.5, 1602.25],
        [...LINES, ['Year', 'Tech', 1555.06, 'Tech']],
      ),
      errors: [],
    },
    {
      name: 'a breakdown written with SUMIF: Excel computed it',
      rows: across(['Event', 'Nonspecific'], [3000.5, { f: 'SUMIF(D2:D8,G1,C2:C8)', v: 1602.25 }]),
      errors: [],
    },
    {
      name: 'counts, not sums',
      rows: across(['Event', 'Nonspecific'], [3, 4]),
      errors: [],
    },
    {
      name: 'down a column beside the list, Event typed wrong',
      rows: down([
        ['Event', 3100.5],
        ['Nonspecific', 1605.25],
      ]),
      errors: ['CATEGORY_TOTAL_MISMATCH G2 3000.5 3100.5'],
    },
    {
      name: 'down a column beside the list, both right',
      rows: down([
        ['Event', 3000.5],
        ['Nonspecific', 1605.25],
      ]),
      errors: [],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = check(c.rows);
      expect(errors(found)).toEqual(c.errors);
      const msg = (fs: Finding[]) => fs.find((f) => f.code === 'CATEGORY_TOTAL_MISMATCH')?.message;
      if (c.da) expect(msg(found)).toBe(c.da);
      if (c.en) expect(msg(check(c.rows, 'en'))).toBe(c.en);
    });
  }

  it('the names of a list’s own columns are not a breakdown (name and amount on each line)', () => {
    const rows: C[][] = [['TYPE', 'NAME', 'AMOUNT']];
    for (const [, name, amount, type] of LINES) rows.push([type, `${name} ${amount}`, amount]);
    expect(errors(check(rows))).toEqual([]);
  });
});

describe('category totals, for any list (fast-check)', () => {
  const runs = Number(process.env.RAMME_FUZZ_RUNS ?? 100);
  const NAMES = ['Event', 'Nonspecific', 'Travel', 'Food'];
  const anyList = fc
    .integer({ min: 2, max: 4 })
    .chain((n) =>
      fc.tuple(
        fc.constant(NAMES.slice(0, n)),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 999_999 })),
          {
            minLength: n + 1,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 1, max: 50_000 }),
      ),
    )
    // Every category has a line.
    .filter(([names, lines]) => names.every((_, i) => lines.some(([c]) => c === i)));

  /** Øre amounts: the exact sums as a typed double shows them. */
  function sheetRows(names: string[], lines: Array<[number, number]>, off: number, by: number) {
    const sums = names.map((_, i) =>
      lines.filter(([c]) => c === i).reduce((s, [, cents]) => s + cents, 0),
    );
    const typed = sums.map((s, i) => (i === off ? s + by : s) / 100);
    const rows: C[][] = [['NAME', 'AMOUNT', 'TYPE', null, ...names]];
    lines.forEach(([c, cents], i) => {
      const line: C[] = [`line ${i}`, cents / 100, names[c]!];
      rows.push(i === 0 ? [...line, null, ...typed] : line);
    });
    return { rows, sums };
  }

  it('totals typed right are never an error', () => {
    fc.assert(
      fc.property(anyList, ([names, lines]) => {
        const { rows } = sheetRows(names, lines, 0, 0);
        expect(errors(check(rows))).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('one total typed off is the one error, with the list’s sum', () => {
    fc.assert(
      fc.property(anyList, ([names, lines, off, by]) => {
        const { rows, sums } = sheetRows(names, lines, off, by);
        const cell = `${String.fromCharCode(69 + off)}2`;
        const expected = (sums[off]! / 100).toString();
        const typed = ((sums[off]! + by) / 100).toString();
        expect(errors(check(rows))).toEqual([
          `CATEGORY_TOTAL_MISMATCH ${cell} ${expected} ${typed}`,
        ]);
      }),
      { numRuns: runs },
    );
  });
});
