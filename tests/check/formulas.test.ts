/**
 * Formulas are the author's statement of intent: each cause of a false or missed total on real
 * workbooks (issue 17) as a table of sheets, with the findings expected.
 */
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';
import { MAX_FORMULA_TEXT } from '../../core/detect';
import { MAX_SUMMED_CELLS } from '../../core/check/formula-totals';

/** A cell: a plain value, or a formula with its cached result ({ f: 'SUM(B2:B4)', v: 60 }). */
type C = string | number | Date | null | { f: string; v: number | null; fmt?: string } | Cell;

function sheetOf(name: string, rows: C[][]): Sheet {
  let colCount = 0;
  const out = rows.map((r) => {
    colCount = Math.max(colCount, r.length);
    return r.map((v): Cell | undefined => {
      if (v === null || v === undefined) return undefined;
      if (typeof v === 'object' && !(v instanceof Date) && 'f' in v) {
        const cell: Cell = { value: v.v, formula: v.f };
        if (v.fmt) cell.numFmt = v.fmt;
        return cell;
      }
      if (typeof v === 'object' && !(v instanceof Date)) return v;
      return { value: v };
    });
  });
  return { name, rows: out, rowCount: rows.length, colCount, merges: [] };
}

function check(rows: C[][], lang: 'da' | 'en' = 'da'): Finding[] {
  const book: Workbook = { name: 't.xlsx', sheets: [sheetOf('Ark', rows)], names: [] };
  return checkWorkbook(book, { lang }).findings;
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cell} ${f.expected} ${f.actual}`);

describe('a sum formula names its own parts', () => {
  const cases: Array<{ name: string; rows: C[][]; errors: string[]; da?: string; en?: string }> = [
    {
      name: '=SUM(B2:B9) in B12 leaves out rows 10-11',
      rows: [
        ['Post', 'Beløb'],
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): C[] => [`Linje ${i}`, 100]),
        ['Linje 9', 1045.63],
        ['Linje 10', 2000],
        ['I alt', { f: 'SUM(B2:B9)', v: 800 }],
      ],
      errors: ['FORMULA_OMITS_CELLS B12 3845.63 800'],
      da: '=SUM(B2:B9) i B12 udelader række 10-11 (3.045,63).',
      en: '=SUM(B2:B9) in B12 leaves out rows 10-11 (3,045.63).',
    },
    {
      name: 'a total above its parts: =D20+D21+D22 leaves out D23 (E19)',
      rows: [
        ...Array.from({ length: 17 }, (): C[] => []),
        ['Udgifter', null, null, 'Beløb', 'I alt'],
        ['Gruppe A', null, null, null, { f: 'D20+D21+D22', v: 60 }],
        ['a', null, null, 10],
        ['b', null, null, 20],
        ['c', null, null, 30],
        ['d', null, null, 40],
      ],
      errors: ['FORMULA_OMITS_CELLS E19 100 60'],
    },
    {
      name: 'a total beside its parts: =SUM(D11:D14) in E9 leaves out D10',
      rows: [
        ...Array.from({ length: 7 }, (): C[] => []),
        ['Udgifter', null, null, 'Beløb', 'I alt'],
        ['Gruppe', null, null, null, { f: 'SUM(D11:D14)', v: 100 }],
        ['a', null, null, 5],
        ['b', null, null, 10],
        ['c', null, null, 20],
        ['d', null, null, 30],
        ['e', null, null, 40],
      ],
      errors: ['FORMULA_OMITS_CELLS E9 105 100'],
    },
    {
      name: 'a subtotal counted together with its own parts',
      rows: [
        ['Post', 'Beløb'],
        ['a', 10],
        ['b', 20],
        ['Subtotal', { f: 'SUM(B2:B3)', v: 30 }],
        ['c', 5],
        ['I alt', { f: 'SUM(B2:B5)', v: 65 }],
      ],
      errors: ['FORMULA_DOUBLE_COUNT B6 35 65'],
      da: '=SUM(B2:B5) i B6 tæller række 2-3 med to gange: de er også med i subtotalen i B4 (30).',
    },
    {
      name: 'one sibling total of another shape (=SUM(F2:F4) among =SUM(x2:x5))',
      rows: [
        ['Post', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj'],
        ['a', 1, 1, 1, 1, 1],
        ['b', 2, 2, 2, 2, 2],
        ['c', 3, 3, 3, 3, 3],
        ['d', 4, 4, 4, 4, 4],
        [
          'I alt',
          { f: 'SUM(B2:B5)', v: 10 },
          { f: 'SUM(C2:C5)', v: 10 },
          { f: 'SUM(D2:D5)', v: 10 },
          { f: 'SUM(E2:E5)', v: 10 },
          { f: 'SUM(F2:F4)', v: 6 },
        ],
      ],
      // The odd one also stops short of its lines: that is the finding it gets.
      errors: ['FORMULA_OMITS_CELLS F6 10 6'],
    },
    {
      name: 'one sibling total that adds the wrong column (=SUM(E2:E5) in F6)',
      rows: [
        ['Post', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj'],
        ['a', 1, 1, 1, 1, 5],
        ['b', 2, 2, 2, 2, 5],
        ['c', 3, 3, 3, 3, 5],
        ['d', 4, 4, 4, 4, 5],
        [
          'I alt',
          { f: 'SUM(B2:B5)', v: 10 },
          { f: 'SUM(C2:C5)', v: 10 },
          { f: 'SUM(D2:D5)', v: 10 },
          { f: 'SUM(E2:E5)', v: 10 },
          { f: 'SUM(E2:E5)', v: 10 },
        ],
      ],
      errors: ['FORMULA_INCONSISTENT F6 20 10'],
      en: '=SUM(E2:E5) in F6 is not like its neighbours (=SUM(E2:E5) in E6): like them it would give 20, but it gives 10.',
    },
    {
      name: 'a sibling that points at empty cells',
      rows: [
        ['Post', 'Jan', 'Feb', 'Mar'],
        ['a', 1, 1, 1],
        ['b', 2, 2, 2],
        [
          'I alt',
          { f: 'SUM(B2:B3)', v: 3 },
          { f: 'SUM(C2:C3)', v: 3 },
          { f: 'SUM(D12:D13)', v: 0 },
        ],
      ],
      errors: ['FORMULA_INCONSISTENT D4 3 0'],
      da: '=SUM(D12:D13) i D4 peger på tomme celler, hvor nabocellerne peger på tal (=SUM(C2:C3) i C4); som dem ville den give 3.',
    },
    {
      name: 'a row total =D4 among =D3+E3 siblings leaves out the overhead',
      rows: [
        ['Rolle', 'Timer', 'Timesats', 'Beløb', 'Overhead', 'I alt'],
        ...[
          [299, 895],
          [615, 650],
          [301, 650],
          [615, 525],
        ].map(([h, r], i): C[] => {
          const row = i + 2;
          const amount = h! * r!;
          const total =
            i === 2 ? { f: `D${row}`, v: amount } : { f: `D${row}+E${row}`, v: amount * 1.1 };
          return [
            `R${row}`,
            h!,
            r!,
            { f: `B${row}*C${row}`, v: amount },
            { f: `D${row}*0.1`, v: amount / 10 },
            total,
          ];
        }),
      ],
      errors: ['FORMULA_INCONSISTENT F4 215215 195650'],
      da: '=D4 i F4 er ikke som nabocellerne (=D3+E3 i F3): som dem ville den give 215.215, men den giver 195.650.',
    },
    {
      name: 'a closing balance =E4 beside column sums is meant so',
      rows: [
        ['Måned', 'Indtægt', 'Udgift', 'Renter', 'Saldo'],
        ['Jan', 1000, 400, 5, 605],
        ['Feb', 1000, 700, 6, 911],
        ['Mar', 1000, 300, 7, 1618],
        [
          'I alt',
          { f: 'SUM(B2:B4)', v: 3000 },
          { f: 'SUM(C2:C4)', v: 1400 },
          { f: 'SUM(D2:D4)', v: 18 },
          { f: 'E4', v: 1618 },
        ],
      ],
      errors: [],
    },
    {
      name: 'one-cell row totals in every other row are a pattern of their own',
      rows: [
        ['Rolle', 'Beløb', 'Overhead', 'I alt'],
        ...[1, 2, 3, 4, 5, 6].map((i): C[] => {
          const row = i + 1;
          const total =
            i % 2 === 0 ? { f: `B${row}`, v: i * 100 } : { f: `B${row}+C${row}`, v: i * 110 };
          return [`R${i}`, i * 100, i * 10, total];
        }),
      ],
      errors: [],
    },
    {
      name: 'a row total =D4 where the overhead beside it is empty gives what its siblings would',
      rows: [
        ['Rolle', 'Beløb', 'Overhead', 'I alt'],
        ['a', 100, 10, { f: 'B2+C2', v: 110 }],
        ['b', 200, 20, { f: 'B3+C3', v: 220 }],
        ['c', 300, null, { f: 'B4', v: 300 }],
        ['d', 400, 40, { f: 'B5+C5', v: 440 }],
      ],
      errors: [],
    },
    {
      name: 'a grand total =B5+B10 over two tables is right: its parts are the subtotals',
      rows: [
        ['Afholdte udgifter', 'Beløb'],
        ['a', 100],
        ['b', 200],
        ['c', 300],
        ['I alt', { f: 'SUM(B2:B4)', v: 600 }],
        [],
        ['Forventede udgifter', 'Beløb'],
        ['d', 10],
        ['e', 20],
        ['I alt', { f: 'SUM(B8:B9)', v: 30 }],
        [],
        ['Samlet forbrug', { f: 'B5+B10', v: 630 }],
      ],
      errors: [],
    },
    {
      name: 'a formula total is never re-derived by layout, even when the layout reads it otherwise',
      rows: [
        ['Post', 'Beløb'],
        ['a', 100],
        ['b', 200],
        ['Buffer 10 %', { f: 'SUM(B2:B3)*0.1', v: 30 }],
        ['I alt', { f: 'B2+B3+B4', v: 330 }],
      ],
      errors: [],
    },
    {
      name: 'price × quantity makes a derived column: a typed "Total" is no row sum of them',
      rows: [
        ['Vare', 'Antal', 'Stk. pris', 'Total'],
        ['Kabel', 3, 25, { f: 'B2*C2', v: 75 }],
        ['Stik', 10, 4, { f: 'B3*C3', v: 40 }],
        ['I alt', null, null, { f: 'SUM(D2:D3)', v: 115 }],
      ],
      errors: [],
    },
    {
      name: 'float noise: a correct SUM whose double differs in the 16th digit',
      rows: [
        ['Post', 'Beløb'],
        ['a', { f: '0.1*1', v: 0.1 }],
        ['b', { f: '0.2*1', v: 0.2 }],
        ['c', 0.7],
        ['I alt', { f: 'SUM(B2:B4)', v: 0.9999999999999999 }],
      ],
      errors: [],
    },
  ];
  it.each(cases)('$name', ({ rows, errors: want, da, en }) => {
    const found = check(rows);
    expect(errors(found)).toEqual(want);
    if (da) expect(found.find((f) => f.severity === 'error')!.message).toBe(da);
    if (en) expect(check(rows, 'en').find((f) => f.severity === 'error')!.message).toBe(en);
  });
});

describe('totals among subtotals and derived rows', () => {
  const cases: Array<{ name: string; rows: C[][]; errors: string[] }> = [
    {
      name: "a range that starts with the week above's total counts it as a line",
      rows: [
        ['Dato', 'Opgave', 'Timer'],
        [null, 'a', 6],
        [null, 'b', 4],
        [null, 'Uge 10 i alt', { f: 'SUM(C2:C3)', v: 10 }],
        [null, 'c', 7],
        [null, 'd', 8],
        [null, 'Uge 11 i alt', { f: 'SUM(C4:C6)', v: 25 }],
        [null, 'Marts i alt', { f: 'C4+C7', v: 35 }],
      ],
      // The month adds both weeks as written: the mistake is the week's, found once, there.
      errors: ['FORMULA_DOUBLE_COUNT C7 15 25'],
    },
    {
      name: 'weekly sums whose ranges meet in one day count that day twice; a month that skips a week',
      rows: [
        [null, 1, null, null],
        [null, 2, null, null],
        [null, 6, null, { f: 'SUM(B1:B3)', v: 9 }],
        [null, 4, null, null],
        [null, 5, null, { f: 'SUM(B3:B5)', v: 15 }],
        [null, 7, null, null],
        [null, 8, null, null],
        [null, 9, null, { f: 'SUM(B6:B8)', v: 24 }],
        [null, 3, null, null],
        [null, 3, null, null],
        [null, 3, null, { f: 'SUM(B9:B11)', v: 9 }],
        [],
        [null, null, 'summe:', { f: '(D3+D5+D11)', v: 33 }],
      ],
      errors: ['FORMULA_DOUBLE_COUNT D5 9 15', 'FORMULA_OMITS_CELLS D13 57 33'],
    },
    {
      name: 'a month of weekly sums that leaves out the last week, a one-day =SUM(C8:C8)',
      rows: [
        ['Dato', 'Opgave', 'Timer'],
        [null, 'a', 6],
        [null, 'b', 4],
        [null, 'Uge 10 i alt', { f: 'SUM(C2:C3)', v: 10 }],
        [null, 'c', 7],
        [null, 'd', 8],
        [null, 'Uge 11 i alt', { f: 'SUM(C5:C6)', v: 15 }],
        [null, 'e', 3.7],
        [null, 'Uge 12 i alt', { f: 'SUM(C8:C8)', v: 3.7 }],
        [],
        [null, 'Marts i alt', { f: 'C4+C7', v: 25 }],
      ],
      errors: ['FORMULA_OMITS_CELLS C11 28.7 25'],
    },
    {
      name: 'a group below the weeks with another label is not a week left out',
      rows: [
        ['Dato', 'Opgave', 'Timer'],
        [null, 'a', 6],
        [null, 'b', 4],
        [null, 'Uge 10 i alt', { f: 'SUM(C2:C3)', v: 10 }],
        [null, 'c', 7],
        [null, 'd', 8],
        [null, 'Uge 11 i alt', { f: 'SUM(C5:C6)', v: 15 }],
        [null, 'Kørsel', 3.7],
        [null, 'Kørsel i alt', { f: 'SUM(C8:C8)', v: 3.7 }],
        [],
        [null, 'Timer i alt', { f: 'C4+C7', v: 25 }],
      ],
      errors: [],
    },
    {
      name: 'a one-word heading after a gap is the next group: the grand total sees both',
      rows: [
        ['Post', 'Beløb i kr.'],
        ['Afholdte udgifter'],
        ['Mentorordning', 611000],
        ['Sprogskole', 127000],
        ['I alt', 738000],
        [],
        ['Forventede udgifter'],
        ['Evaluering', 56000],
        ['I alt', 56000],
        [],
        ['Samlet forbrug 2025', 794000],
      ],
      errors: [],
    },
    {
      name: 'a sum of the first lines below a whole total is a deliberate part ("Første tre")',
      rows: [
        ['Udlæg', 'Beløb'],
        ['Bilag 1', 0.1],
        ['Bilag 2', 0.2],
        ['Bilag 3', 19.99],
        ['Bilag 4', 5.07],
        ['I alt', { f: 'SUM(B2:B5)', v: 25.36 }],
        [],
        ['Første tre', { f: 'B2+B3+B4', v: 20.29 }],
      ],
      errors: [],
    },
    {
      name: 'a derived row (Moms 25 %) is no line, and "Total inkl. moms" adds it to the subtotal',
      rows: [
        ['Varenr', 'Beskrivelse', 'Antal', 'Stk.pris', 'Beløb'],
        [100664, 'Skrivebord', 9, 449, 4041],
        [100721, 'Reol', 10, 1299, 12990],
        [],
        ['Subtotal', null, null, null, 17031],
        ['Moms 25 %', null, null, null, 4257.75],
        ['Total inkl. moms', null, null, null, 21288.75],
      ],
      errors: [],
    },
    {
      name: 'a rate column is not summed down, and a wrong subtotal does not cascade into row totals',
      rows: [
        ['Rolle', 'Timer', 'Timesats', 'Beløb', 'Overhead', 'I alt'],
        ['Projektleder', 324, 450, 145800, 14580, 160380],
        ['Udvikler', 793, 895, 709735, 70973.5, 780708.5],
        ['I alt', 1117, 794.5, 855535, 85553.5, 941088.5],
        [],
        ['Overhead 7 %', null, null, 59887.45, null, null],
        ['Total inkl. overhead', null, null, 915422.45, null, null],
      ],
      errors: [],
    },
  ];
  it.each(cases)('$name', ({ rows, errors: want }) => {
    expect(errors(check(rows))).toEqual(want);
  });

  it('one wrong subtotal gives one finding, not also the row totals of the total rows below', () => {
    const found = check([
      ['Post', '2025', '2026', 'I alt'],
      ['WP1', null, null, null],
      ['a', 100, 200, 300],
      ['b', 10, 20, 30],
      ['I alt WP1', 110, 221, 330],
      ['WP2', null, null, null],
      ['c', 1, 2, 3],
      ['I alt WP2', 1, 2, 3],
      [],
      ['Total', 111, 223, 333],
    ]);
    expect(errors(found)).toEqual(['TOTAL_MISMATCH C5 220 221']);
  });

  it('a #REF! is an error in any column; #DIV/0! outside an amount column is a warning', () => {
    const found = check([
      ['Post', 'Point', 'Left'],
      ['a', 1, { value: { error: '#REF!' } }],
      ['b', 2, { value: { error: '#DIV/0!' } }],
    ]);
    expect(found.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'error FORMULA_ERROR C2',
      'warning FORMULA_ERROR C3',
    ]);
  });
});

describe('typed totals stay checked by layout', () => {
  it('a typed number in a row of sum formulas is a warning, and is still checked', () => {
    const found = check([
      ['Post', 'Jan', 'Feb', 'Mar'],
      ['a', 1, 1, 1],
      ['b', 2, 2, 2],
      ['I alt', { f: 'SUM(B2:B3)', v: 3 }, 4, { f: 'SUM(D2:D3)', v: 3 }],
    ]);
    expect(found.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'error TOTAL_MISMATCH C4',
      'warning TYPED_AMONG_FORMULAS C4',
    ]);
    expect(found[1]!.message).toBe('C4: tal skrevet ind, hvor nabocellerne er formler.');
  });
});

describe('column meaning before any sum', () => {
  const cases: Array<{ name: string; rows: C[][]; errors: string[]; quiet?: boolean }> = [
    {
      name: 'Excel date cells in a Dato column are dates, not unreadable numbers',
      rows: [
        ['Dato', 'Timer', 'Beløb'],
        [new Date(Date.UTC(2023, 0, 1)), 2, 500],
        [new Date(Date.UTC(2023, 0, 2)), 3, 750],
        ['I alt', 5, 1250],
      ],
      errors: [],
      quiet: true,
    },
    {
      name: 'serial numbers in a date format are dates',
      rows: [
        ['Transaction', 'When', 'Amount'],
        ['a', { value: 44927, numFmt: 'dd-mm-yyyy' }, 500],
        ['b', { value: 44928, numFmt: 'dd-mm-yyyy' }, 750],
        ['Total', null, 1250],
      ],
      errors: [],
      quiet: true,
    },
    {
      name: 'a "Total Assets" column is no row total of the columns before it',
      rows: [
        ['År', 'EBT', 'Skat', 'Total Assets'],
        ['2023', 114432, -22732, 4636224],
        ['2022', 42621, -438, 5119853],
      ],
      errors: [],
    },
    {
      name: 'hours and minutes do not add up to a typed Total',
      rows: [
        ['Name', 'Time spent (hours)', 'Time spent (minutes)', 'Total'],
        ['Albert', 3, 48, 3.8],
        ['Jon', 3, null, 3],
      ],
      errors: [],
    },
    {
      name: 'quantity and an ID column are not parts of a typed row total',
      rows: [
        ['Post', 'SalespersonID', 'Antal', 'Jan', 'Feb', 'I alt'],
        ['a', 1017, 3, 100, 200, 300],
        ['b', 1018, 4, 50, 60, 111],
      ],
      errors: ['TOTAL_MISMATCH F3 110 111'],
    },
    {
      name: 'a Status column of words is text: no "not a number", no split table',
      rows: [
        ['Afholdte udgifter', 'Beløb i kr.', 'Status'],
        ['Løn', 1000, 'Godkendt'],
        ['Husleje', 500, 'Afventer'],
        ['I alt', 1500],
        [],
        ['Forventede udgifter', 'Beløb i kr.'],
        ['Evaluering', 200],
        ['I alt', 200],
        [],
        ['Samlet forbrug', 1700],
      ],
      errors: [],
      quiet: true,
    },
  ];
  it.each(cases)('$name', ({ rows, errors: want, quiet }) => {
    const found = check(rows);
    expect(errors(found)).toEqual(want);
    if (quiet) expect(found).toEqual([]);
  });
});

describe('severity', () => {
  it('text in a column that is not an amount column is info; in an amount column a warning', () => {
    const found = check([
      ['Post', 'Beløb i kr.', 'Point'],
      ['a', 100, 3],
      ['b', 'se note', 'n/a'],
      ['I alt', 100, 3],
    ]);
    expect(found.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual([
      'warning UNREADABLE_VALUE B3',
      'info UNREADABLE_VALUE C3',
    ]);
  });
});

describe('tables without a header', () => {
  it('a block of numbers closed by a SUM row is a table, and its total is checked', () => {
    const rows: C[][] = [
      ...[120, 80, 45.5, 300, 12].map((v, i): C[] => [`Post ${i + 1}`, v]),
      ['TOTAL', { f: 'SUM(B1:B4)', v: 545.5 }],
    ];
    const book: Workbook = { name: 't.xlsx', sheets: [sheetOf('Ark', rows)], names: [] };
    const r = checkWorkbook(book, { lang: 'da' });
    expect(r.tables.map((t) => t.range)).toEqual(['A1:B6']);
    expect(r.tables[0]!.roles!.rows).toEqual([
      { from: 1, to: 5, role: 'detail' },
      { from: 6, to: 6, role: 'total' },
    ]);
    expect(errors(r.findings)).toEqual(['FORMULA_OMITS_CELLS B6 557.5 545.5']);
  });
});

describe('a formula saved without its result (openpyxl)', () => {
  it('is not read as 0: the total over it is not judged, and nothing is said of the cell', () => {
    const rows: C[][] = [
      ['Afholdte udgifter', 'Beløb i kr.'],
      ['Løn', 1250000],
      ['Lokaleleje', { f: "'Lejeaftale'!B3", v: null }],
      ['Aktiviteter', 86350],
      ['I alt', 1508750],
    ];
    expect(check(rows)).toEqual([]);
  });

  it('the same table with the result saved is checked as before', () => {
    const rows: C[][] = [
      ['Afholdte udgifter', 'Beløb i kr.'],
      ['Løn', 1250000],
      ['Lokaleleje', { f: "'Lejeaftale'!B3", v: 144000 }],
      ['Aktiviteter', 86350],
      ['I alt', 1508750],
    ];
    expect(errors(check(rows))).toEqual(['TOTAL_MISMATCH B5 1480350 1508750']);
  });
});

describe('a sheet with more formula text than the rules read', () => {
  /** Formulas of 999 characters in column D, enough to pass MAX_FORMULA_TEXT with the rest. */
  const padded = (formulas: number): C[][] => {
    const f = `1${'+1'.repeat(499)}`;
    const rows = omitsBudget();
    for (let i = 0; i < formulas; i++) (rows[i] ??= [])[3] = { f, v: 500 };
    return rows;
  };

  it.each([
    ['within the budget: the formula is judged', 3_900, ['FORMULA_OMITS_CELLS B12 3845.63 800']],
    ['past it: the formula rules say nothing', 4_100, []],
  ])('%s', (_name, formulas, expected) => {
    expect(MAX_FORMULA_TEXT).toBe(4_000_000);
    expect(errors(check(padded(formulas)))).toEqual(expected);
  });
});

describe('a sheet whose sums add more cells together than the rules expand', () => {
  // A running SUM(E$1:En) in column E, each adding all the rows above it: `rows` of them add
  // rows·(rows+1)/2 cells together.
  const running = (rows: number): C[][] => {
    const out = omitsBudget();
    for (let r = 1; r <= rows; r++) (out[r - 1] ??= [])[4] = { f: `SUM(E$1:E${r})`, v: null };
    return out;
  };

  it.each([
    ['within the budget: the formula is judged', 700, ['FORMULA_OMITS_CELLS B12 3845.63 800']],
    ['past it: the formula rules say nothing', 710, []],
  ])('%s', (_name, rows, expected) => {
    expect(MAX_SUMMED_CELLS).toBe(250_000);
    expect(errors(check(running(rows)))).toEqual(expected);
  });

  it('counts no sum too large to be read (a whole column is never expanded)', () => {
    // 30 sums of 20.000 cells each (600.000 together) are past MAX_CELLS one by one.
    const rows = omitsBudget();
    for (let r = 1; r <= 30; r++) (rows[r - 1] ??= [])[4] = { f: 'SUM(F1:F20000)', v: 0 };
    expect(errors(check(rows))).toEqual(['FORMULA_OMITS_CELLS B12 3845.63 800']);
  });
});

/** Ten lines and an 'I alt' whose SUM leaves out the last two (3.045,63), made anew each time. */
function omitsBudget(): C[][] {
  return [
    ['Post', 'Beløb'],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): C[] => [`Linje ${i}`, 100]),
    ['Linje 9', 1045.63],
    ['Linje 10', 2000],
    ['I alt', { f: 'SUM(B2:B9)', v: 800 }],
  ];
}
