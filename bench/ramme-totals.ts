/**
 * Ramme's side of the totals bench: the synthetic sheet checked by core/budget's
 * `checkBudgetGrid`, the product's check of a table left in its grid. The lines' roles come
 * from their labels, as the float floor finds them; every value is read exactly (plain numbers
 * and Danish text by the integer fast path, the rest by `parseAmount`) and every total summed
 * exactly. `budgetTableOf` gives the same table as lines, for the general `checkBudget`.
 */
import {
  budgetTableOfGrid,
  checkBudgetGrid,
  type BudgetCheck,
  type BudgetTable,
  type GridBudgetTable,
} from '../core/budget';
import type { RowRole } from '../core/detect/types';
import type { Sheet } from '../core/grid';
import { toPlain } from '../core/numbers';
import type { TotalsOutcome } from './float-totals';

/** The sheet from `firstRow` as a grid table: column A labels, column B in kr. */
export function gridTableOf(sheet: Sheet, firstRow: number): GridBudgetTable {
  const count = Math.max(0, sheet.rowCount - firstRow + 1);
  const rows = new Int32Array(count);
  const roles: RowRole[] = new Array<RowRole>(count);
  for (let i = 0; i < count; i++) {
    const r = firstRow + i;
    const cells = sheet.rows[r - 1];
    const label = cells?.[0]?.value;
    rows[i] = r;
    roles[i] =
      label === 'I alt'
        ? 'total'
        : label === 'Total'
          ? 'grandTotal'
          : cells?.[1] !== undefined
            ? 'detail'
            : 'group';
  }
  return {
    sheet,
    unit: 'kr',
    columns: [{ col: 2, header: 'Beløb i kr.', role: 'value', unit: 'kr' }],
    rows,
    roles,
    label: (i) => String(sheet.rows[rows[i]! - 1]?.[0]?.value ?? ''),
    style: 'da',
  };
}

/** The same table as lines (an object per line), for `checkBudget`. */
export function budgetTableOf(sheet: Sheet, firstRow: number): BudgetTable {
  return budgetTableOfGrid(gridTableOf(sheet, firstRow));
}

/** The timed part: lines' roles from their labels, then the exact check. */
export function rammeCheck(sheet: Sheet, firstRow: number): BudgetCheck {
  return checkBudgetGrid(gridTableOf(sheet, firstRow));
}

/** The computed totals as decimal strings, for the verdict (not timed, as for the floats). */
export function rammeOutcome(result: BudgetCheck): TotalsOutcome {
  const computed = new Map(result.totals.map((t) => [t.row, toPlain(t.computed)]));
  const mismatches = result.findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell);
  return { mismatches, computed };
}

export function rammeTotals(sheet: Sheet, firstRow: number): TotalsOutcome {
  return rammeOutcome(rammeCheck(sheet, firstRow));
}
