import { parseA1 } from '../grid';
import { sum } from '../numbers';
import { columnView } from './column';
import { checkBudgetColumns } from './columns';
import { checkHeraf } from './heraf';
import { budgetStructure } from './structure';
import { checkColumnTotals } from './totals';
import { convertMoney } from './units';
import type { BudgetCheck, BudgetTable, MoneyFinding, TotalCheck } from './types';

/**
 * All checks of one budget overview: each total against its own parts, heraf parts and
 * footnote amounts against their line, mixed units, and the municipal column identities.
 * One wrong number yields one finding, at the cell that is wrong.
 */
export function checkBudget(table: BudgetTable): BudgetCheck {
  const structure = budgetStructure(table.lines);
  const views = table.columns.map((_, i) => columnView(table, i));
  const totals: TotalCheck[] = [];
  const findings: MoneyFinding[] = [];
  for (const view of views) {
    const checked = checkColumnTotals(table, view, structure);
    totals.push(...checked.totals);
    findings.push(...checked.findings, ...checkHeraf(table, view, structure));
  }
  const flagged = new Set(findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell));
  const rowFindings = checkBudgetColumns(table, views, flagged, (row) =>
    Boolean(structure.parts.get(row)?.length),
  );
  const explained = explainedTotals(totals, findings, rowFindings);
  const result = [...findings.filter((f) => !explained.has(f)), ...rowFindings];
  result.sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell));
  return { findings: result, totals };
}

/**
 * A column total that disagrees only because a part's cell breaks its row identity: the wrong
 * cell is that part (its row and its column both disagree with it), so the total's finding
 * would repeat it. Dropped when the row differences account for the total's exactly.
 */
function explainedTotals(
  totals: TotalCheck[],
  findings: MoneyFinding[],
  rowFindings: MoneyFinding[],
): Set<MoneyFinding> {
  const out = new Set<MoneyFinding>();
  if (rowFindings.length === 0) return out;
  for (const f of findings) {
    if (f.code !== 'TOTAL_MISMATCH' || !f.difference) continue;
    const total = totals.find((t) => t.cell === f.cell && t.row === f.row);
    if (!total) continue;
    const parts = rowFindings.filter(
      (r) => total.parts.includes(r.row) && parseA1(r.cell)?.col === total.col && r.difference,
    );
    if (parts.length === 0) continue;
    const moved = sum(
      parts.map((r) =>
        r.unit && f.unit ? convertMoney(r.difference!, r.unit, f.unit) : r.difference!,
      ),
    );
    if (moved.plus(f.difference).isZero()) out.add(f);
  }
  return out;
}
