/**
 * Ramme's side of the totals bench: the synthetic sheet read cell by cell with parseAmount and
 * checked by core/budget's checkBudget (the real check path, on a directly built table), and
 * the whole workbook through checkWorkbook (detection included) when core/check is there.
 */
import { checkBudget, moneyCellOf, type BudgetLine, type BudgetTable } from '../core/budget';
import type { Sheet } from '../core/grid';
import { toPlain } from '../core/numbers';
import type { TotalsOutcome } from './float-totals';

function roleOf(label: unknown, hasValue: boolean): BudgetLine['role'] {
  if (label === 'I alt') return 'total';
  if (label === 'Total') return 'grandTotal';
  return hasValue ? 'detail' : 'group';
}

/** The sheet as a budget table: column B in kr., every value read exactly. */
export function budgetTableOf(sheet: Sheet, firstRow: number): BudgetTable {
  const lines: BudgetLine[] = [];
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    const cells = sheet.rows[r - 1];
    const label = cells?.[0]?.value;
    const cell = cells?.[1];
    // As core/check builds its tables: the cell named only if a finding needs it.
    const money = cell ? moneyCellOf(cell.value, { unit: 'kr', numFmt: cell.numFmt }) : null;
    lines.push({
      row: r,
      label: String(label ?? ''),
      role: roleOf(label, money !== null),
      values: [money],
    });
  }
  return {
    sheet: sheet.name,
    unit: 'kr',
    columns: [{ col: 2, header: 'Beløb i kr.', role: 'value', unit: 'kr' }],
    lines,
  };
}

export function rammeTotals(sheet: Sheet, firstRow: number): TotalsOutcome {
  const result = checkBudget(budgetTableOf(sheet, firstRow));
  const computed = new Map(result.totals.map((t) => [t.row, toPlain(t.computed)]));
  const mismatches = result.findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell);
  return { mismatches, computed };
}
