/**
 * Running totals (issue 17, real-world file 29): a cumulative line whose value does not follow
 * from the one before plus the period's is a wrong total, judged only on strong evidence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

type C = string | number | null | { f: string; v: number };

function sheetOf(rows: C[][]): Sheet {
  let colCount = 0;
  const out = rows.map((r) => {
    colCount = Math.max(colCount, r.length);
    return r.map((v): Cell | undefined => {
      if (v === null) return undefined;
      if (typeof v === 'object') return { value: v.v, formula: v.f };
      return { value: v };
    });
  });
  return { name: 'Ark', rows: out, rowCount: rows.length, colCount, merges: [] };
}

function check(rows: C[][], lang: 'da' | 'en' = 'da', csv = false): Finding[] {
  const book: Workbook = { name: csv ? 't.csv' : 't.xlsx', sheets: [sheetOf(rows)], names: [] };
  if (csv) book.numberStyle = 'da';
  return checkWorkbook(book, { lang }).findings;
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cell} ${f.expected} ${f.actual}`);

/** Month values and their running total, as columns under a header. */
function columns(
  months: number[],
  cumulative: Array<number | { f: string; v: number }>,
  head = 'Kumuleret',
): C[][] {
  return [
    ['Måned', 'Forbrug', head],
    ...months.map((m, i): C[] => [`M${i + 1}`, m, cumulative[i] ?? null]),
  ];
}

/** The running total of some numbers (exact in øre). */
function running(values: number[], start = 0): number[] {
  let sum = Math.round(start * 100);
  return values.map((v) => (sum += Math.round(v * 100)) / 100);
}

const months = [100, 250.5, 80, 120, 300, 90, 60, 45.25, 110, 70];

describe('a running total that breaks its chain', () => {
  const cases: Array<{ name: string; rows: C[][]; csv?: boolean; errors: string[] }> = [
    {
      name: 'a typed cumulative that skips a month (column layout)',
      rows: columns(
        months,
        running(months).map((v, i) => (i === 5 ? v + 30 : v)),
      ),
      errors: ['RUNNING_TOTAL_BREAK C7 940.5 970.5'],
    },
    {
      name: 'a CSV row whose first cumulative is not its month, the next goes on from the month',
      csv: true,
      rows: [
        [
          '',
          '2016-05',
          '2016-06',
          '2016-07',
          '2016-08',
          '2016-09',
          '2016-10',
          '2016-11',
          '2016-12',
          '2017-01',
        ],
        [
          'Dépenses',
          '3896',
          '361',
          '80473',
          '20215,56',
          '629,28',
          '23804,49',
          '8781,53',
          '7487,45',
          '29662,72',
        ],
        [
          'Dépenses cumulés',
          null,
          null,
          '97753',
          '100688,56',
          '101317,84',
          '125122,33',
          '133903,86',
          '141391,31',
          '171054,03',
        ],
      ],
      errors: ['RUNNING_TOTAL_BREAK D3 80473 97753'],
    },
    {
      name: 'a break with no header word, the later months going on from the wrong value',
      rows: [
        ['Post', ...months.map((_, i) => `M${i + 1}`)],
        ['Salg', ...months],
        ['Saldo', ...running(months).map((v, i) => (i >= 3 ? v + 7 : v))],
      ],
      errors: ['RUNNING_TOTAL_BREAK E3 550.5 557.5'],
    },
    {
      name: 'a fiscal year restart is no break; a wrong month after it is',
      rows: columns(
        [...months, ...months],
        [...running(months), ...running(months).map((v, i) => (i === 8 ? v - 1 : v))],
        'År til dato',
      ),
      errors: ['RUNNING_TOTAL_BREAK C20 1155.75 1154.75'],
    },
  ];
  it.each(cases)('$name', ({ rows, csv, errors: want }) => {
    expect(errors(check(rows, 'da', csv))).toEqual(want);
  });
});

describe('no finding without strong evidence', () => {
  const cases: Array<{ name: string; rows: C[][] }> = [
    { name: 'a right running total', rows: columns(months, running(months)) },
    {
      name: 'an opening balance: the first value is not the month, the next goes on from it',
      rows: columns(months, running(months, 5000)),
    },
    {
      name: 'a bank balance with transactions not shown (many breaks)',
      rows: columns(
        months,
        running(months).map((v, i) => (i % 3 === 2 ? v + 1000 * i : v + 1000 * (i - (i % 3)))),
      ),
    },
    {
      name: 'too few steps without a header word',
      rows: columns(
        months.slice(0, 5),
        running(months.slice(0, 5)).map((v, i) => (i === 4 ? v + 1 : v)),
        'Andet',
      ),
    },
    {
      name: 'a break in a formula cell: the formula says what it adds',
      rows: columns(
        months,
        running(months).map((v, i) => (i === 5 ? { f: 'C6+B7+5', v: v + 5 } : v)),
      ),
    },
    {
      name: 'an end time that is its start plus its hours, with a break between two intervals',
      rows: [
        ['Dag', 'Fra', 'Timer', 'Til'],
        ...[8, 9.5, 10, 12.5, 13, 14.5, 15, 16, 17.5, 18].map((from, i, all): C[] => {
          const to = all[i + 1] === undefined ? from + 1 : i === 3 ? 13 - 0.5 : all[i + 1]!;
          return [`D${i + 1}`, from, to - from, to];
        }),
      ],
    },
    {
      name: 'line numbers beside a quantity of 1, one number skipped: a sequence, not a sum',
      rows: [
        ['Nr', 'Antal', 'Vare'],
        ...[1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12].map((n): C[] => [n, 1, `Vare ${n}`]),
      ],
    },
    {
      name: 'two breaks in ten steps',
      rows: columns(
        months,
        running(months).map((v, i) => (i === 3 ? v + 1 : i === 7 ? v + 2 : v)),
      ),
    },
  ];
  it.each(cases)('$name', ({ rows }) => {
    expect(errors(check(rows))).toEqual([]);
  });
});

describe('the finding says which cells disagree', () => {
  const rows = columns(
    months,
    running(months).map((v, i) => (i === 5 ? v + 30 : v)),
  );
  it.each([
    [
      'da',
      'Den løbende sum i C7 er 970,5, men C6 + B7 = 850,5 + 90 = 940,5 (eller B7 er forkert).',
    ],
    ['en', 'The running total in C7 is 970.5, but C6 + B7 = 850.5 + 90 = 940.5 (or B7 is wrong).'],
  ] as const)('%s', (lang, message) => {
    const f = check(rows, lang).find((x) => x.code === 'RUNNING_TOTAL_BREAK');
    expect(f?.message).toBe(message);
    expect(f?.severity).toBe('error');
  });
});

describe('properties', () => {
  /** Periods in øre, some restarts (a new fiscal year), as a column beside its running total. */
  const year = fc.array(fc.integer({ min: -50_000, max: 500_000 }), {
    minLength: 1,
    maxLength: 14,
  });
  const years = fc.array(year, { minLength: 1, maxLength: 3 });
  const layout = (ys: number[][], change?: { at: number; by: number }): C[][] => {
    const rows: C[][] = [['Periode', 'Beløb', 'Akkumuleret']];
    for (const y of ys) {
      let sum = 0;
      for (const ore of y) {
        sum += ore;
        const off = change && rows.length === change.at ? change.by : 0;
        rows.push([`P${rows.length}`, ore / 100, (sum + off) / 100]);
      }
    }
    return rows;
  };

  it('a right running total, restarting or not, is never a finding', () => {
    fc.assert(
      fc.property(years, (ys) => {
        expect(errors(check(layout(ys)))).toEqual([]);
      }),
    );
  });

  it('one wrong value in a long chain is one finding, at that cell, with the right sum', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 500_000 }), { minLength: 12, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 100_000 }),
        (y, where, by) => {
          const at = 2 + (where % (y.length - 2));
          const rows = layout([y], { at, by });
          const want = y.slice(0, at).reduce((a, b) => a + b, 0);
          expect(errors(check(rows))).toEqual([
            `RUNNING_TOTAL_BREAK C${at + 1} ${want / 100} ${(want + by) / 100}`,
          ]);
        },
      ),
    );
  });
});
