import { parseA1, type Sheet } from '../grid';
import { say, type Lang } from '../i18n';
import { checkBudget, type BudgetCheck, type MoneyFinding } from '../budget';
import { toPlain } from '../numbers';
import type { DetectedTable } from '../detect';
import type { Finding } from '../report';
import { toBudgetTable } from './budget-table';
import type { TableValues } from './values';

export function toFinding(f: MoneyFinding, lang: Lang): Finding {
  return {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    expected: f.expected === null ? null : toPlain(f.expected),
    actual: f.actual === null ? null : toPlain(f.actual),
    message: say(f.message, lang),
  };
}

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
    .map((f) => toFinding(f, lang));
  return { check, findings };
}
