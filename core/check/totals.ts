import { parseA1, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { checkBudgetGrid, toReportFinding, type BudgetCheck } from '../budget';
import type { DetectedTable } from '../detect';
import type { Finding } from '../report';
import { toGridBudgetTable } from './budget-table';
import type { TableValues } from './values';

/**
 * Totals, heraf parts, units and budget columns of one table (core/budget). A total whose parts
 * hold an unreadable cell is not judged: that cell has its own finding.
 */
export function checkTotals(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
  lang: Lang,
): { check: BudgetCheck; findings: Finding[] } {
  // In its grid: the same findings and totals as checkBudget on the table's lines (a property
  // test holds the two paths to it), without an object per line of a 100.000-line table.
  const check = checkBudgetGrid(toGridBudgetTable(sheet, table, values));
  const above = totalsAbove(check.totals);
  const unjudged = new Set<string>();
  check.totals.forEach((t, i) => {
    // Most columns hold no unreadable cell: then no total's parts need be looked through.
    if (!values.anyUnreadable(t.col)) return;
    if (t.parts.some((row) => values.unreadable(row, t.col)) || unknownAbove(values, t, above[i]!))
      unjudged.add(t.cell);
  });
  const findings = check.findings
    .filter((f) => !(f.code === 'TOTAL_MISMATCH' && unjudged.has(f.cell)))
    .filter((f) => parseA1(f.cell) !== undefined)
    .map((f) => toReportFinding(f, lang));
  return { check, findings };
}

type Total = BudgetCheck['totals'][number];

/**
 * For each total, the row of the nearest total above it in its column (0 when none): sorted
 * once per column, not searched for every total (10.000 subtotals made that quadratic).
 */
function totalsAbove(totals: readonly Total[]): number[] {
  const byCol = new Map<number, number[]>();
  for (const t of totals) {
    const rows = byCol.get(t.col);
    if (rows) rows.push(t.row);
    else byCol.set(t.col, [t.row]);
  }
  for (const rows of byCol.values()) rows.sort((a, b) => a - b);
  return totals.map((t) => {
    const rows = byCol.get(t.col)!;
    // The last row below t.row: binary search in the column's sorted rows.
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid]! < t.row) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? rows[lo - 1]! : 0;
  });
}

/**
 * A formula saved without its result (openpyxl's files) between this total and the one above
 * it: the layout cannot tell whether that cell is one of the parts, and its value is unknown.
 */
function unknownAbove(values: TableValues, t: Total, above: number): boolean {
  let first = above + 1;
  // A loop, not Math.min(...parts): a grand total may have 100.000s of parts.
  for (let i = 0; i < t.parts.length; i++) if (t.parts[i]! < first) first = t.parts[i]!;
  for (let row = first; row < t.row; row++) if (values.unknown(row, t.col)) return true;
  return false;
}
