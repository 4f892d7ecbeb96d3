import { parseA1, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { checkBudget, toReportFinding, type BudgetCheck } from '../budget';
import type { DetectedTable } from '../detect';
import type { Finding } from '../report';
import { toBudgetTable } from './budget-table';
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
  const check = checkBudget(toBudgetTable(sheet, table, values));
  const unjudged = new Set(
    check.totals
      .filter(
        (t) =>
          t.parts.some((row) => values.unreadable(row, t.col)) || unknownAbove(check, values, t),
      )
      .map((t) => t.cell),
  );
  const findings = check.findings
    .filter((f) => !(f.code === 'TOTAL_MISMATCH' && unjudged.has(f.cell)))
    .filter((f) => parseA1(f.cell) !== undefined)
    .map((f) => toReportFinding(f, lang));
  return { check, findings };
}

/**
 * A formula saved without its result (openpyxl's files) between this total and the one above
 * it: the layout cannot tell whether that cell is one of the parts, and its value is unknown.
 */
function unknownAbove(check: BudgetCheck, values: TableValues, t: BudgetCheck['totals'][number]) {
  const above = check.totals
    .filter((o) => o.col === t.col && o.row < t.row)
    .reduce((top, o) => Math.max(top, o.row), 0);
  const first = Math.min(above + 1, ...t.parts);
  for (let row = first; row < t.row; row++) if (values.unknown(row, t.col)) return true;
  return false;
}
