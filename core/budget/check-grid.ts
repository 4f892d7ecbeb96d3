import { a1 } from '../grid';
import { checkBudget } from './check';
import { readGridColumn } from './grid-column';
import { budgetTableOfGrid, moneyContext, type GridBudgetTable } from './grid-table';
import { moneyCellOf } from './money-cell';
import { rowIndexOf } from './rows';
import { layoutStructure } from './structure';
import { fixedTotals, type StatedCell } from './totals-fixed';
import type { BudgetCheck, BudgetColumnRole, MoneyFinding, TotalCheck } from './types';

/** Whether the table has the columns of a municipal row identity (see `checkBudgetColumns`). */
function hasIdentities(table: GridBudgetTable): boolean {
  const has = (role: BudgetColumnRole) => table.columns.some((c) => c.role === role);
  return (
    (has('corrected') && has('adopted') && has('supplements')) ||
    (has('deviation') && has('actual'))
  );
}

/**
 * `checkBudget` on a table left in its grid: the same findings and totals (a property test
 * holds the two to it). Plain layouts (lines, groups, totals) in one unit whose values fit
 * exact integers are checked column by column in integers, with an object per total only;
 * anything else (heraf parts, footnotes, budget-column identities, mixed units, huge values)
 * goes through the lines.
 */
export function checkBudgetGrid(table: GridBudgetTable): BudgetCheck {
  const n = table.rows.length;
  if (table.roles.length !== n) throw new RangeError('checkBudgetGrid: one role per row');
  if (hasIdentities(table)) return checkBudget(budgetTableOfGrid(table));
  const structure = layoutStructure({
    rows: table.rows,
    roles: table.roles,
    ...(table.covers ? { covers: table.covers } : {}),
    ...(table.parent ? { parent: table.parent } : {}),
  });
  if (structure.hasParts) return checkBudget(budgetTableOfGrid(table));
  const index = rowIndexOf(table.rows);
  const totals: TotalCheck[] = [];
  const findings: MoneyFinding[] = [];
  for (let k = 0; k < table.columns.length; k++) {
    const read = readGridColumn(table, k);
    if (!read) return checkBudget(budgetTableOfGrid(table));
    const column = table.columns[k]!;
    const context = moneyContext(table, column);
    const fallback = column.unit ?? table.unit ?? null;
    const stated = (i: number): StatedCell | undefined => {
      const row = table.rows[i]!;
      const cell = table.sheet.rows[row - 1]?.[column.col - 1];
      const money = table.cell
        ? table.cell(i, k)
        : (read.slow.get(i) ??
          (cell && moneyCellOf(cell.value, { ...context, numFmt: cell.numFmt })));
      if (!money) return undefined;
      const unit = money.unit ?? fallback;
      // The value is a getter: its Dec is made only if someone reads it.
      const out: StatedCell = {
        cell: money.cell ?? a1(row, column.col),
        unit,
        get value() {
          return money.value;
        },
      };
      if (money.decimals !== undefined) out.decimals = money.decimals;
      return out;
    };
    const checked = fixedTotals({
      sheet: table.sheet.name,
      col: column.col,
      unit: read.unit,
      rows: table.rows,
      roles: table.roles,
      label: (i) => table.label(i),
      stated,
      column: read.column,
      index,
      structure,
    });
    if (!checked) return checkBudget(budgetTableOfGrid(table));
    for (const t of checked.totals) totals.push(t);
    for (const f of checked.findings) findings.push(f);
  }
  // A1 addresses compare as plain text: localeCompare would load ICU's collator (~18 ms once).
  findings.sort((a, b) => a.row - b.row || (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
  return { findings, totals };
}
