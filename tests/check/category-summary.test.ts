/**
 * A summary of category → amount whose numbers are the conditional sums (SUMIF) of another
 * table (issue 17, real-world file 57): a category that differs, where most agree, is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

type C = string | number | Date | null | { f: string; v: number };

function sheetOf(name: string, rows: C[][]): Sheet {
  let colCount = 0;
  const out = rows.map((r) => {
    colCount = Math.max(colCount, r.length);
    return r.map((v): Cell | undefined => {
      if (v === null) return undefined;
      if (typeof v === 'object' && !(v instanceof Date)) return { value: v.v, formula: v.f };
      return { value: v };
    });
  });
  return { name, rows: out, rowCount: rows.length, colCount, merges: [] };
}

function check(sheets: Record<string, C[][]>, lang: 'da' | 'en' = 'da'): Finding[] {
  const book: Workbook = {
    name: 't.xlsx',
    sheets: Object.entries(sheets).map(([name, rows]) => sheetOf(name, rows)),
    names: [],
  };
  return checkWorkbook(book, { lang }).findings;
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.sheet}!${f.cell} ${f.expected} ${f.actual}`);

/** Bank transactions without a header: date, text, amount (spending negative), category. */
const transactions: Array<[string, number]> = [
  ['Mad', -10.56],
  ['Bolig', -155.24],
  ['Mad', -18.48],
  ['Transport', -31.99],
  ['Opsparing', -0.97],
  ['Tøj', -121.33],
  ['Mad', -11],
  ['Tøj', -36.71],
  ['Transport', -53.47],
  ['Opsparing', -2.04],
  ['Mad', -60.27],
  ['Tøj', 20],
  ['Bolig', -9.99],
  ['Transport', -3.72],
];
const data: C[][] = transactions.map(([category, amount], i): C[] => [
  new Date(Date.UTC(2024, 5, i + 1)),
  `Køb ${i + 1}`,
  amount,
  null,
  category,
]);

/** The spending per category (negated, as the summary shows it), in øre. */
function spending(category: string): number {
  return (
    -transactions
      .filter(([c, a]) => c === category && a < 0)
      .reduce((s, [, a]) => s + Math.round(a * 100), 0) / 100
  );
}

const categories = ['Bolig', 'Mad', 'Opsparing', 'Transport', 'Tøj'];
const summary = (change: Record<string, number> = {}): C[][] =>
  categories.map((c): C[] => [null, c, change[c] ?? spending(c)]);

describe('a summary whose category differs from its conditional sum', () => {
  it('a macro that left out the first transaction of one category', () => {
    expect(errors(check({ Data: data, Oversigt: summary({ Mad: 89.75 - 10.56 }) }))).toEqual([
      'SUMMARY_SUM_MISMATCH Oversigt!C2 100.31 79.19',
    ]);
  });

  it('a summary under its own table, amounts positive', () => {
    const rows: C[][] = [
      ['Dato', 'Kategori', 'Beløb'],
      ...transactions.map(([c, a], i): C[] => [`Køb ${i + 1}`, c, Math.abs(a)]),
      [],
      ['Oversigt'],
      ...categories.map((c): C[] => [
        c,
        c === 'Transport'
          ? 80
          : transactions
              .filter(([x]) => x === c)
              .reduce((s, [, a]) => s + Math.round(Math.abs(a) * 100), 0) / 100,
      ]),
    ];
    expect(errors(check({ Ark: rows }))).toEqual(['SUMMARY_SUM_MISMATCH Ark!B21 89.18 80']);
  });

  it('categories written in another case in the data, among a thousand other labels', () => {
    // The rule first counts every label by a hash of its lower case: 'MAD' and 'Mad' count as
    // one label, and the many labels around them do not hide the summary.
    const shouting = data.map((r) => [...r.slice(0, 4), String(r[4]).toUpperCase()]);
    const notes = Array.from({ length: 1000 }, (_, i): C[] => [
      null,
      null,
      null,
      null,
      null,
      `Note ${i}`,
    ]);
    expect(
      errors(check({ Data: [...shouting, ...notes], Oversigt: summary({ Mad: 89.75 - 10.56 }) })),
    ).toEqual(['SUMMARY_SUM_MISMATCH Oversigt!C2 100.31 79.19']);
  });

  it.each([
    [
      'da',
      'C2 (Mad) er 79,19, men de negative beløb i Data!C på rækkerne med "Mad" i Data!E giver 100,31; 4 af 5 kategorier stemmer med den sum.',
    ],
    [
      'en',
      'C2 (Mad) is 79.19, but the negative amounts in Data!C on the rows with "Mad" in Data!E give 100.31; 4 of 5 categories agree with that sum.',
    ],
  ] as const)('the message names the rows and the sum (%s)', (lang, message) => {
    const f = check({ Data: data, Oversigt: summary({ Mad: 79.19 }) }, lang);
    expect(f.find((x) => x.code === 'SUMMARY_SUM_MISMATCH')?.message).toBe(message);
  });
});

describe('no finding without strong evidence', () => {
  const cases: Array<{ name: string; sheets: Record<string, C[][]> }> = [
    { name: 'every category agrees', sheets: { Data: data, Oversigt: summary() } },
    {
      name: 'only half the categories agree',
      sheets: { Data: data, Oversigt: summary({ Mad: 1, Tøj: 2, Bolig: 3 }) },
    },
    {
      name: 'a summary in whole kroner, one category rounded',
      sheets: {
        Data: data.map((r): C[] => [
          r[0]!,
          r[1]!,
          r[4] === 'Mad' ? r[2]! : Math.round(r[2] as number),
          null,
          r[4]!,
        ]),
        Oversigt: categories.map((c): C[] => {
          const sum = data
            .filter((r) => r[4] === c)
            .reduce((s, r) => s + (c === 'Mad' ? (r[2] as number) : Math.round(r[2] as number)), 0);
          return [null, c, c === 'Mad' ? 100 : -sum];
        }),
      },
    },
    {
      name: 'three categories are too few',
      sheets: {
        Data: data,
        Oversigt: summary({ Mad: 1 }).filter((r) => r[1] !== 'Bolig' && r[1] !== 'Tøj'),
      },
    },
    {
      name: 'a look-up: each category once in the other table',
      sheets: {
        Satser: categories.map((c, i): C[] => [c, (i + 1) * 100]),
        Oversigt: categories.map((c, i): C[] => [c, i === 2 ? 1 : (i + 1) * 100]),
      },
    },
    {
      name: 'a SUMIF formula: the formula says what it adds',
      sheets: {
        Data: data,
        Oversigt: summary().map((r): C[] =>
          r[1] === 'Mad' ? [null, 'Mad', { f: 'SUMIF(Data!E:E,"Mad",Data!C:C)', v: 12 }] : r,
        ),
      },
    },
  ];
  it.each(cases)('$name', ({ sheets }) => {
    expect(errors(check(sheets))).toEqual([]);
  });
});

describe('properties', () => {
  const names = ['Bolig', 'Mad', 'Transport', 'Tøj', 'Fritid', 'Gaver', 'Sundhed'];
  /** Transactions in øre, each with a category; every category at least twice. */
  const book = fc.integer({ min: 5, max: names.length }).chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.integer({ min: -99_999, max: 99_999 })), {
        minLength: 0,
        maxLength: 40,
      }),
    ),
  );
  const sheets = ([n, extra]: [number, Array<[number, number]>], change?: number) => {
    const lines: Array<[number, number]> = [
      ...names.slice(0, n).flatMap((_, i): Array<[number, number]> => [
        [i, -1000 - i],
        [i, -2000 - i],
      ]),
      ...extra,
    ];
    const sums = names
      .slice(0, n)
      .map((_, i) => lines.filter(([c]) => c === i).reduce((s, [, a]) => s + a, 0));
    return {
      Data: lines.map(([c, a], i): C[] => [`Linje ${i + 1}`, names[c]!, a / 100]),
      Oversigt: sums.map((ore, i): C[] => [names[i]!, (ore + (i === change ? 1 : 0)) / 100]),
    };
  };

  it('a summary of the right sums is never a finding', () => {
    fc.assert(
      fc.property(book, (b) => {
        expect(errors(check(sheets(b)))).toEqual([]);
      }),
    );
  });

  it('one category one øre off, where all others agree, is one finding there', () => {
    fc.assert(
      fc.property(book, fc.nat(), (b, k) => {
        const change = k % b[0];
        const found = errors(check(sheets(b, change)));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(new RegExp(`^SUMMARY_SUM_MISMATCH Oversigt!B${change + 1} `));
      }),
    );
  });
});
