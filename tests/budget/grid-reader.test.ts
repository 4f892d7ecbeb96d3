import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  budgetTableOfGrid,
  checkBudget,
  checkBudgetGrid,
  FixedMoneyCell,
  moneyCellOf,
  type BudgetCheck,
  type GridBudgetTable,
  type MoneyUnit,
} from '../../core/budget';
import type { RowRole } from '../../core/detect/types';
import type { Cell, Sheet } from '../../core/grid';
import type { Dec } from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

const str = (d: Dec | null | undefined): string | null => (d ? d.toFixed() : null);

function plainCheck(check: BudgetCheck) {
  return {
    findings: check.findings.map((f) => ({
      ...f,
      expected: str(f.expected),
      actual: str(f.actual),
      difference: str(f.difference),
    })),
    totals: check.totals.map((t) => ({
      row: t.row,
      cell: t.cell,
      parts: t.parts,
      unit: t.unit,
      ok: t.ok,
      computed: str(t.computed),
      stated: str(t.stated),
    })),
  };
}

const valueArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((o) => ({ value: o / 100 })),
  fc.integer({ min: 0, max: 10 ** 6 }).map((o) => ({ value: o })),
  fc.constantFrom<Cell | undefined>(
    undefined,
    { value: '1.572.000,50' },
    { value: '12,5' },
    { value: '4,4 mio. kr.' },
    { value: '550.000 kr.' },
    { value: '1.500' },
    { value: 'ikke oplyst' },
    { value: 1e17 },
    { value: 1200, numFmt: '#,##0 "kr."' },
  ),
);

const roleArb = fc.constantFrom<RowRole>(
  'detail',
  'detail',
  'detail',
  'total',
  'grandTotal',
  'group',
);

/**
 * A table whose cells come from a reader (as core/check hands them over) and whose totals
 * carry detection's covers: the lines of their group, or every total above for a grand total.
 */
function readerTable(
  spec: Array<{ role: RowRole; cells: Array<Cell | undefined> }>,
  unit: MoneyUnit | null,
  exact: boolean,
  counted = false,
): GridBudgetTable {
  const rows: Sheet['rows'] = [[{ value: 'Post' }, { value: 'A' }, { value: 'B' }]];
  spec.forEach((s, i) => rows.push([{ value: `Linje ${i + 1}` }, ...s.cells]));
  const sheet: Sheet = { name: 'Ark', rows, rowCount: rows.length, colCount: 3, merges: [] };
  const covers: Array<number[] | undefined> = [];
  let group: number[] = [];
  let totals: number[] = [];
  spec.forEach((s, i) => {
    const row = i + 2;
    if (s.role === 'detail') group.push(row);
    if (s.role === 'total') {
      covers[i] = group;
      totals.push(row);
      group = [];
    }
    if (s.role === 'grandTotal') {
      covers[i] = [...totals, ...group];
      totals = [];
      group = [];
    }
  });
  const cellOf = (i: number, k: number) => {
    const c = spec[i]!.cells[k];
    return c ? moneyCellOf(c.value, { unit, style: 'da', exact, numFmt: c.numFmt }) : null;
  };
  return {
    sheet,
    unit,
    columns: [
      { col: 2, header: 'A', role: 'value', unit },
      { col: 3, header: 'B', role: 'value', unit: null },
    ],
    rows: spec.map((_, i) => i + 2),
    roles: spec.map((s) => s.role),
    label: (i) => `Linje ${i + 1}`,
    cell: cellOf,
    // As core/check answers: a plain cell as its count (every other line, to mix both ways).
    ...(counted
      ? {
          count: (i, k, into) => {
            const c = cellOf(i, k);
            if (i % 2 === 1 || !(c instanceof FixedMoneyCell)) return false;
            into.units = c.units;
            into.scale = c.scale;
            into.unit = c.unit;
            return true;
          },
        }
      : {}),
    covers: (i) => covers[i],
  };
}

describe('checkBudgetGrid with cells read by the caller', () => {
  it('gives exactly what checkBudget gives on the same lines', () => {
    const specArb = fc.array(
      fc.record({ role: roleArb, cells: fc.array(valueArb, { minLength: 2, maxLength: 2 }) }),
      { minLength: 1, maxLength: 25 },
    );
    fc.assert(
      fc.property(
        specArb,
        fc.constantFrom<MoneyUnit | null>('kr', 'mio. kr.', null),
        fc.boolean(),
        fc.boolean(),
        (spec, unit, exact, counted) => {
          const table = readerTable(spec, unit, exact, counted);
          expect(plainCheck(checkBudgetGrid(table))).toEqual(
            plainCheck(checkBudget(budgetTableOfGrid(table))),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
