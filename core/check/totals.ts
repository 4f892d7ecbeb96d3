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
      .filter((t) => t.parts.some((row) => values.unreadable(row, t.col)))
      .map((t) => t.cell),
  );
  const findings = check.findings
    .filter((f) => !(f.code === 'TOTAL_MISMATCH' && unjudged.has(f.cell)))
    .filter((f) => parseA1(f.cell) !== undefined)
    .map((f) => toReportFinding(f, lang));
  return { check, findings };
}
