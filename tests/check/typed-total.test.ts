/**
 * Issue 17, real timesheet (real-world-dev 12, sheet july): a weekly total typed in where the
 * other weeks' totals are `=SUM(…)` formulas, and a day total whose formula shows FALSE where
 * its column's formulas give numbers. Each case builds the layout and says which errors it gets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Cell, CellValue, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';

/** A cell: a plain value, or a formula with its cached result. */
type C = string | number | null | { f?: string; v: CellValue; fmt?: string };

function sheetOf(name: string, rows: C[][]): Sheet {
  const out = rows.map((r) =>
    r.map((v): Cell | undefined => {
      if (v === null) return undefined;
      if (typeof v === 'object') {
        const cell: Cell = { value: v.v };
        if (v.f !== undefined) cell.formula = v.f;
        if (v.fmt) cell.numFmt = v.fmt;
        return cell;
      }
      return { value: v };
    }),
  );
  const colCount = Math.max(...rows.map((r) => r.length));
  return { name, rows: out, rowCount: rows.length, colCount, merges: [] };
}

function check(rows: C[][], lang: 'da' | 'en' = 'da'): Finding[] {
  const book: Workbook = { name: 't.xlsx', sheets: [sheetOf('july', rows)], names: [] };
  return checkWorkbook(book, { lang }).findings;
}

const errors = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.cell} ${f.expected} ${f.actual}`);

/** A day: date text in A, hours in B and C, the day's total =(B+C) in D (as file 12 has it). */
function day(row: number, b: number | null, c: number | null = null, d?: C): C[] {
  const value = (b ?? 0) + (c ?? 0);
  return [`dag ${row}`, b, c, d === undefined ? { f: `(B${row}+C${row})`, v: value } : d];
}

/**
 * Weeks of seven days from row 3, each closed by a 'Wochenstunden:' row; `first` replaces the
 * first week's total (D10), `firstDay` the first week's first day total (D3).
 */
function weeks(opts: { first: C; firstDay?: C; label?: string; count?: number }): C[][] {
  const rows: C[][] = [['Woche'], [null, 'selbst', 'Vorlesung', 'summe']];
  const count = opts.count ?? 4;
  for (let w = 0; w < count; w++) {
    const top = rows.length + 1;
    for (let d = 0; d < 7; d++) {
      const row = top + d;
      if (w === 0 && d === 0 && opts.firstDay !== undefined)
        rows.push(day(row, 3, null, opts.firstDay));
      else if (w === 0) rows.push(d === 0 ? day(row, 3) : day(row, null));
      else rows.push(day(row, d + 1, d === 2 ? 2 : null));
    }
    const bottom = top + 6;
    const total: C = w === 0 ? opts.first : { f: `SUM(D${top}:D${bottom})`, v: 28 + 2 };
    rows.push([null, null, w === 0 && opts.label ? opts.label : 'Wochenstunden:', total]);
    rows.push([]);
  }
  return rows;
}

const FALSE_DAY: C = { f: 'august!D3=(B3+C3)', v: false };

describe('a typed weekly total where the other weeks are formulas', () => {
  const cases: Array<{ name: string; rows: C[][]; errors: string[]; da?: string; en?: string }> = [
    {
      name: 'a typed 13 where the week has 3 hours',
      rows: weeks({ first: 13 }),
      errors: ['TYPED_TOTAL_MISMATCH D10 3 13'],
      da: '13 i D10 er skrevet ind, hvor de andre totaler i kolonnen med samme tekst er formler (=SUM(D12:D18) i D19); som dem, =SUM(D3:D9), ville den give 3.',
      en: "13 in D10 is typed in where the column's other totals with the same label are formulas (=SUM(D12:D18) in D19); like them, =SUM(D3:D9), it would give 3.",
    },
    { name: 'a typed total that adds up', rows: weeks({ first: 3 }), errors: [] },
    {
      name: 'a typed total under another label (a note, not a weekly total)',
      rows: weeks({ first: 13, label: 'Urlaub' }),
      errors: [],
    },
    { name: 'only one other week is a formula', rows: weeks({ first: 13, count: 2 }), errors: [] },
    {
      name: 'a typed total that agrees as its number format shows it',
      rows: weeks({ first: { v: 3.004, fmt: '0.00' } }),
      errors: [],
    },
    {
      name: 'the day showing FALSE and the typed total over it: both wrong, the total counts 3',
      rows: weeks({ first: 13, firstDay: FALSE_DAY }),
      errors: ['FORMULA_INCONSISTENT D3 3 null', 'TYPED_TOTAL_MISMATCH D10 3 13'],
      da: '13 i D10 er skrevet ind, hvor de andre totaler i kolonnen med samme tekst er formler (=SUM(D12:D18) i D19); som dem, =SUM(D3:D9), ville den give 3 (med D3 = 3, som kolonnens formel giver dér).',
      en: "13 in D10 is typed in where the column's other totals with the same label are formulas (=SUM(D12:D18) in D19); like them, =SUM(D3:D9), it would give 3 (with D3 = 3, as its column's formula gives there).",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = check(c.rows);
      expect(errors(found)).toEqual(c.errors);
      const typed = (fs: Finding[]) => fs.find((f) => f.code === 'TYPED_TOTAL_MISMATCH')?.message;
      if (c.da) expect(typed(found)).toBe(c.da);
      if (c.en) expect(typed(check(c.rows, 'en'))).toBe(c.en);
    });
  }

  it('the wrong typed total gets the error, not also the warning that it is typed', () => {
    const found = check(weeks({ first: 13 })).filter((f) => f.cell === 'D10');
    expect(found.map((f) => f.code)).toEqual(['TYPED_TOTAL_MISMATCH']);
  });

  it('a typed number among the lines a sibling adds is a line, not a total', () => {
    const rows = weeks({ first: 3 });
    rows[13]![3] = 4; // D14, a day of the second week, typed instead of =(B14+C14)
    rows[13]![2] = 'Wochenstunden:';
    expect(errors(check(rows))).toEqual([]);
  });
});

describe('a typed total in a shorter table than its formula siblings', () => {
  /** A table of lines in B under a header, closed by `label` with a formula or a typed total. */
  function table(rows: C[][], lines: number[], label: string, formula: boolean): void {
    rows.push(['Post', 'Beløb']);
    const top = rows.length + 1;
    lines.forEach((v, i) => rows.push([`linje ${i + 1}`, v]));
    const sum = lines.reduce((a, b) => a + b, 0);
    const bottom = rows.length;
    rows.push([label, formula ? { f: `SUM(B${top}:B${bottom})`, v: sum } : sum], []);
  }

  it('its copied range would reach into the table above: no error', () => {
    const rows: C[][] = [];
    table(rows, [1, 2, 3, 4, 5, 6, 7], 'I alt', true);
    table(rows, [1, 2, 3, 4, 5, 6, 7], 'I alt', true);
    table(rows, [100, 200, 300, 400, 500], 'Subtotal', false);
    table(rows, [10, 20, 30], 'I alt', false);
    expect(errors(check(rows)).filter((e) => e.startsWith('TYPED'))).toEqual([]);
  });
});

describe('a formula showing TRUE or FALSE where its column gives numbers', () => {
  const cases: Array<{ name: string; first: C; errors: string[]; da?: string; en?: string }> = [
    {
      name: '=august!D3=(B3+C3) compares where the column adds',
      first: FALSE_DAY,
      errors: ['FORMULA_INCONSISTENT D3 3 null'],
      da: '=august!D3=(B3+C3) i D3 viser FALSK, hvor kolonnens andre formler giver tal (=(B4+C4) i D4); som dem, =(B3+C3), ville den give 3.',
      en: '=august!D3=(B3+C3) in D3 shows FALSE where the other formulas of its column give numbers (=(B4+C4) in D4); like them, =(B3+C3), it would give 3.',
    },
    {
      name: 'the same day written as the column writes it',
      first: { f: '(B3+C3)', v: 3 },
      errors: [],
    },
    {
      name: 'a flag that does not hold the day’s sum (=A3="x")',
      first: { f: 'A3="x"', v: false },
      errors: [],
    },
    {
      name: 'TRUE from a comparison holding the sum',
      first: { f: '(B3+C3)>2', v: true },
      errors: ['FORMULA_INCONSISTENT D3 3 null'],
      da: '=(B3+C3)>2 i D3 viser SAND, hvor kolonnens andre formler giver tal (=(B4+C4) i D4); som dem, =(B3+C3), ville den give 3.',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      // The first week's total typed right (3), so only the day is judged.
      const rows = weeks({ first: 3, firstDay: c.first });
      const found = check(rows);
      expect(errors(found)).toEqual(c.errors);
      const odd = (fs: Finding[]) => fs.find((f) => f.code === 'FORMULA_INCONSISTENT')?.message;
      if (c.da) expect(odd(found)).toBe(c.da);
      if (c.en) expect(odd(check(rows, 'en'))).toBe(c.en);
    });
  }

  it('a column of comparisons (flags) is not a column of sums', () => {
    const rows: C[][] = [['Post', 'a', 'b', 'ens']];
    for (let r = 2; r <= 8; r++) rows.push([`x${r}`, r, r, { f: `B${r}=C${r}`, v: true }]);
    rows.push(['y', 1, 2, { f: 'B9=C9', v: false }]);
    expect(errors(check(rows))).toEqual([]);
  });

  it('two sibling formulas are not enough to call the column’s shape', () => {
    const rows: C[][] = [
      ['Post', 'a', 'b', 'sum'],
      ['x', 1, 2, { f: '(B2+C2)=3', v: true }],
      ['y', 1, 2, { f: 'B3+C3', v: 3 }],
      ['z', 1, 2, { f: 'B4+C4', v: 3 }],
    ];
    expect(errors(check(rows))).toEqual([]);
  });
});

describe('a typed weekly total, for any hours (fast-check)', () => {
  const runs = Number(process.env.RAMME_FUZZ_RUNS ?? 100);
  const anyWeeks = fc.array(
    fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 7, maxLength: 7 }),
    {
      minLength: 3,
      maxLength: 5,
    },
  );

  /** Weeks of seven days (D = B + C as a formula), each closed by 'Wochenstunden:'. */
  function sheetRows(hours: number[][], firstTyped: number): C[][] {
    const rows: C[][] = [['Woche'], [null, 'selbst', 'Vorlesung', 'summe']];
    hours.forEach((week, w) => {
      const top = rows.length + 1;
      week.forEach((h, d) =>
        rows.push([`dag ${top + d}`, h, null, { f: `(B${top + d}+C${top + d})`, v: h }]),
      );
      const sum = week.reduce((a, b) => a + b, 0);
      const total: C = w === 0 ? firstTyped : { f: `SUM(D${top}:D${top + 6})`, v: sum };
      rows.push([null, null, 'Wochenstunden:', total], []);
    });
    return rows;
  }

  it('typed as the week adds up: no error', () => {
    fc.assert(
      fc.property(anyWeeks, (hours) => {
        const sum = hours[0]!.reduce((a, b) => a + b, 0);
        expect(errors(check(sheetRows(hours, sum)))).toEqual([]);
      }),
      { numRuns: runs },
    );
  });

  it('typed off by any amount: the one error, with the week’s sum', () => {
    fc.assert(
      fc.property(
        anyWeeks,
        fc.integer({ min: -20, max: 20 }).filter((d) => d !== 0),
        (hours, by) => {
          const sum = hours[0]!.reduce((a, b) => a + b, 0);
          expect(errors(check(sheetRows(hours, sum + by)))).toEqual([
            `TYPED_TOTAL_MISMATCH D10 ${sum} ${sum + by}`,
          ]);
        },
      ),
      { numRuns: runs },
    );
  });
});
