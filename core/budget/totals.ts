import type { BudgetStructure } from './structure';
import type { ColumnView } from './column';
import type { RowIndex } from './rows';
import { decimalColumnTotals } from './totals-dec';
import { fixedColumnTotals } from './totals-fixed';
import type { BudgetTable, MoneyFinding, TotalCheck } from './types';

export interface ColumnTotals {
  totals: TotalCheck[];
  findings: MoneyFinding[];
}

/**
 * Each total against the values written in its own parts: a subtotal stands for its group by
 * its stated value (its computed value only when the cell is blank). Columns whose values all
 * fit safe integers at one scale are summed in integers; the rest in `Dec`. Both give the
 * same result (a property test holds them to it).
 */
export function checkColumnTotals(
  table: BudgetTable,
  view: ColumnView,
  structure: BudgetStructure,
  rows: RowIndex,
): ColumnTotals {
  if (view.mixed) return { totals: [], findings: [view.mixed] };
  return (
    fixedColumnTotals(table, view, structure, rows) ?? decimalColumnTotals(table, view, structure)
  );
}
