import { attribute } from './attribute';
import { columnView } from './column';
import { checkBudgetColumns } from './columns';
import { checkHeraf } from './heraf';
import { rowIndex } from './rows';
import { budgetStructure } from './structure';
import { checkColumnTotals } from './totals';
import type { BudgetCheck, BudgetTable, MoneyFinding, TotalCheck } from './types';

/**
 * All checks of one budget overview: each total against its own parts, heraf parts and
 * footnote amounts against their line, mixed units, and the municipal column identities.
 * One wrong number yields one finding, at the cell that is wrong.
 */
export function checkBudget(table: BudgetTable): BudgetCheck {
  const structure = budgetStructure(table.lines);
  const rows = rowIndex(table.lines);
  const views = table.columns.map((_, i) => columnView(table, i, rows));
  const totals: TotalCheck[] = [];
  const findings: MoneyFinding[] = [];
  for (const view of views) {
    const checked = checkColumnTotals(table, view, structure, rows);
    for (const t of checked.totals) totals.push(t);
    for (const f of [...checked.findings, ...checkHeraf(table, view, structure)]) findings.push(f);
  }
  const flagged = new Set(findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell));
  const rowFindings = checkBudgetColumns(table, views, flagged, (row) =>
    Boolean(structure.parts.get(row)?.length),
  );
  const result = attribute(totals, findings, rowFindings);
  // A1 addresses compare as plain text: localeCompare would load ICU's collator (~18 ms once).
  result.sort((a, b) => a.row - b.row || (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0));
  return { findings: result, totals };
}
