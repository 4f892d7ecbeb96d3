import { columnView } from './column';
import { checkBudgetColumns } from './columns';
import { checkHeraf } from './heraf';
import { budgetStructure } from './structure';
import { checkColumnTotals } from './totals';
import type { BudgetCheck, BudgetTable } from './types';

/**
 * All checks of one budget overview: each total against its own parts, heraf parts and
 * footnote amounts against their line, mixed units, and the municipal column identities.
 * One wrong number yields one finding, at the cell that is wrong.
 */
export function checkBudget(table: BudgetTable): BudgetCheck {
  const structure = budgetStructure(table.lines);
  const views = table.columns.map((_, i) => columnView(table, i));
  const result: BudgetCheck = { findings: [], totals: [] };
  for (const view of views) {
    const { totals, findings } = checkColumnTotals(table, view, structure);
    result.totals.push(...totals);
    result.findings.push(...findings);
    result.findings.push(...checkHeraf(table, view, structure));
  }
  const flagged = new Set(
    result.findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell),
  );
  result.findings.push(...checkBudgetColumns(table, views, flagged));
  result.findings.sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell));
  return result;
}
