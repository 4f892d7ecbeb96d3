import { describe, expect, it } from 'vitest';
import { checkBudget, type BudgetColumn, type BudgetTable } from '../../core/budget';
import { line, table } from './build';

// A municipal "Budgetopfølgning" in 1.000 kr. (made up, laid out like the real ones):
// Korrigeret = Vedtaget + Tillæg; Afvigelse = Korrigeret − Regnskab.
const columns: BudgetColumn[] = [
  { col: 2, header: 'Vedtaget budget', role: 'adopted', unit: '1.000 kr.' },
  { col: 3, header: 'Tillægsbevillinger', role: 'supplements', unit: '1.000 kr.' },
  { col: 4, header: 'Korrigeret budget', role: 'corrected', unit: '1.000 kr.' },
  { col: 5, header: 'Regnskab', role: 'actual', unit: '1.000 kr.' },
  { col: 6, header: 'Afvigelse', role: 'deviation', unit: '1.000 kr.' },
];

type Row = [string, string | null, string, string, string];
const rows: Row[] = [
  ['12500', '300', '12800', '12650.5', '149.5'],
  ['4200', null, '4200', '4390', '-190'],
  ['860', '-60', '800', '800', '0'],
];
// Totals: 17560, 240, 17800, 17840.5, -40.5 (hand-added).
const totalRow: Row = ['17560', '240', '17800', '17840.5', '-40.5'];

function municipal(edit: (r: Row[], t: Row) => void = () => {}): BudgetTable {
  const r = rows.map((x) => [...x] as Row);
  const t = [...totalRow] as Row;
  edit(r, t);
  return table('Budgetopfølgning', '1.000 kr.', columns, [
    line(3, 'detail', 'Jobcentre', ...r[0]),
    line(4, 'detail', 'Integration', ...r[1]),
    line(5, 'detail', 'Administration', ...r[2]),
    line(6, 'total', 'I alt', ...t),
  ]);
}

describe('municipal budget columns', () => {
  it('a consistent table has no findings, with every column total checked', () => {
    const { findings, totals } = checkBudget(municipal());
    expect(findings).toEqual([]);
    expect(totals.map((t) => [t.cell, t.computed.toFixed()])).toEqual([
      ['B6', '17560'],
      ['C6', '240'],
      ['D6', '17800'],
      ['E6', '17840.5'],
      ['F6', '-40.5'],
    ]);
  });

  it('reports a wrong Korrigeret budget on its row, once', () => {
    // 4.200 + 0 = 4.200, written 4.300; the deviation 4.300 − 4.390 = −90 would then be
    // wrong too, so the row is made consistent with the wrong value except for D4.
    const { findings } = checkBudget(
      municipal((r, t) => {
        r[1][2] = '4300';
        r[1][4] = '-90';
        t[2] = '17900';
        t[4] = '59.5';
      }),
    );
    expect(
      findings.map((f) => [f.code, f.cell, f.expected?.toFixed(), f.actual?.toFixed()]),
    ).toEqual([['BUDGET_COLUMN_MISMATCH', 'D4', '4200', '4300']]);
    expect(findings[0].message.da).toBe(
      '"Integration": D4 er 4.300 t.kr., men Vedtaget budget + tillægsbevillinger giver 4.200 t.kr.',
    );
  });

  it('reports a wrong Afvigelse on its row', () => {
    const { findings } = checkBudget(
      municipal((r, t) => {
        r[0][4] = '194.5';
        t[4] = '4.5';
      }),
    );
    expect(findings.map((f) => [f.code, f.cell, f.expected?.toFixed()])).toEqual([
      ['BUDGET_COLUMN_MISMATCH', 'F3', '149.5'],
    ]);
  });

  it('accepts Afvigelse written as Regnskab − Korrigeret when the table does so throughout', () => {
    const flipped = municipal((r, t) => {
      for (const x of r)
        x[4] = x[4] === '0' ? '0' : x[4].startsWith('-') ? x[4].slice(1) : `-${x[4]}`;
      t[4] = '40.5';
    });
    expect(checkBudget(flipped).findings).toEqual([]);
  });

  it('a wrong column total is one TOTAL_MISMATCH, not also a row mismatch', () => {
    const { findings } = checkBudget(municipal((_, t) => (t[3] = '17850.5')));
    expect(findings.map((f) => [f.code, f.cell, f.expected?.toFixed()])).toEqual([
      ['TOTAL_MISMATCH', 'E6', '17840.5'],
    ]);
  });

  it('a detail cell wrong against both its row and its column total is one finding, at the cell', () => {
    // D4 typed 4.300 while the total D6 = 17.800 and the row say 4.200: D4 is the wrong cell.
    const { findings } = checkBudget(municipal((r) => (r[1][2] = '4300')));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['BUDGET_COLUMN_MISMATCH', 'D4']]);
  });

  it.each([
    // column index, cell, typed, right
    [0, 'B4', '4300', '4200'], // Vedtaget budget
    [3, 'E4', '4490', '4390'], // Regnskab
  ] as const)(
    'a wrong %s… cell the row adds is one finding at %s',
    (index, where, typed, right) => {
      const { findings } = checkBudget(municipal((r) => (r[1][index] = typed)));
      expect(
        findings.map((f) => [f.code, f.cell, f.expected?.toFixed(), f.actual?.toFixed()]),
      ).toEqual([['BUDGET_COLUMN_MISMATCH', where, right, typed]]);
      expect(findings[0].message.da).toBe(
        `"Integration": ${where} er ${typed.slice(0, 1)}.${typed.slice(1)} t.kr., men både rækken og kolonnens total giver ${right.slice(0, 1)}.${right.slice(1)} t.kr.`,
      );
    },
  );

  it('a wrong Tillæg in a table that writes Afvigelse as Regnskab − Korrigeret', () => {
    const flipped = municipal((r, t) => {
      for (const x of r)
        x[4] = x[4] === '0' ? '0' : x[4].startsWith('-') ? x[4].slice(1) : `-${x[4]}`;
      t[4] = '40.5';
      r[2][1] = '-50'; // C5: 860 − 60 = 800 as corrected says; −50 is wrong
    });
    const { findings } = checkBudget(flipped);
    expect(findings.map((f) => [f.cell, f.expected?.toFixed()])).toEqual([['C5', '-60']]);
  });

  it('without a Korrigeret column, Afvigelse = Vedtaget + Tillæg − Regnskab', () => {
    const t = municipal();
    const keep = [0, 1, 3, 4];
    const slim: BudgetTable = {
      ...t,
      columns: keep.map((i) => t.columns[i]),
      lines: t.lines.map((l) => ({ ...l, values: keep.map((i) => l.values[i]) })),
    };
    expect(checkBudget(slim).findings).toEqual([]);
    slim.lines[0].values[3] = {
      ...slim.lines[0].values[3]!,
      value: slim.lines[0].values[3]!.value.plus(1),
    };
    expect(checkBudget(slim).findings.map((f) => [f.code, f.cell])).toEqual([
      ['BUDGET_COLUMN_MISMATCH', 'F3'],
    ]);
  });
});
