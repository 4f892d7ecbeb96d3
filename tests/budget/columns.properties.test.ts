import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBudget, type BudgetColumn, type BudgetLine } from '../../core/budget';
import { Dec } from '../../core/numbers';
import { columnName } from '../../core/grid';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

const roles: BudgetColumn['role'][] = [
  'adopted',
  'supplements',
  'corrected',
  'actual',
  'deviation',
];
const columns: BudgetColumn[] = roles.map((role, i) => ({
  col: i + 2,
  header: role,
  role,
  unit: '1.000 kr.',
}));

/** Thousands of kroner with one decimal, −99.999,9 to 99.999,9. */
const amount = fc.integer({ min: -999_999, max: 999_999 }).map((n) => new Dec(n).div(10));
const rowArb = fc.record({ adopted: amount, supplements: fc.option(amount), actual: amount });

function table(rows: Array<{ adopted: Dec; supplements: Dec | null; actual: Dec }>) {
  const lines: BudgetLine[] = rows.map((r, i) => {
    const corrected = r.adopted.plus(r.supplements ?? 0);
    const values = [r.adopted, r.supplements, corrected, r.actual, corrected.minus(r.actual)];
    return {
      row: i + 3,
      role: 'detail',
      label: `Område ${i + 1}`,
      values: values.map((v) => (v === null ? null : { value: v })),
    };
  });
  const totals = roles.map((_, c) =>
    lines.reduce((a, l) => a.plus(l.values[c]?.value ?? 0), new Dec(0)),
  );
  lines.push({
    row: rows.length + 3,
    role: 'total',
    label: 'I alt',
    values: totals.map((value) => ({ value })),
  });
  return { sheet: 'Budgetopfølgning', unit: '1.000 kr.' as const, columns, lines };
}

describe('municipal column properties', () => {
  it('a consistent table has no findings', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), (rows) => {
        expect(checkBudget(table(rows)).findings).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('changing any one detail cell yields exactly one finding, at that cell', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 0, max: 4 }),
        amount.filter((d) => !d.isZero()),
        (rows, ri, c, delta) => {
          const t = table(rows);
          const line = t.lines[ri % rows.length];
          const old = line.values[c]?.value ?? new Dec(0);
          line.values[c] = { value: old.plus(delta) };
          const { findings } = checkBudget(t);
          expect(findings.map((f) => f.cell)).toEqual([`${columnName(c + 2)}${line.row}`]);
          expect(findings[0].difference?.eq(delta)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
