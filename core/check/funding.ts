import type { Lang } from '../i18n';
import { fundingBalance, type FundingLine, type FundingTable } from '../funding';
import { isMoneyUnit, toReportFinding, type MoneyUnit } from '../budget';
import { toPlain } from '../numbers';
import type { Finding, FundingResult } from '../report';
import { toBudgetTable, summedColumns } from './budget-table';
import { cellText } from './cell-text';
import { yearIn } from './plan-year';
import type { Checked } from './checked';

function lines(c: Checked, periods: number): FundingLine[] {
  const budget = toBudgetTable(c.sheet, c.table, c.values);
  const sourceCol = c.table.columns.find((col) => col.role === 'source')?.col;
  return budget.lines.map((l) => {
    const source = sourceCol === undefined ? '' : cellText(c.sheet, l.row, sourceCol);
    return {
      row: l.row,
      label: l.label,
      role: l.role,
      values: Array.from({ length: periods }, (_, i) => l.values[i] ?? null),
      ...(source !== '' ? { source } : {}),
    };
  });
}

/**
 * Spending (agreement or budget tables) against a financing table, by core/funding: the balance
 * per period (financing − spending) and per source where spending lines name one; a shortfall
 * or what is left as findings at the financing total.
 */
export function checkFunding(
  financing: Checked,
  spending: Checked[],
  lang: Lang,
): { results: FundingResult[]; findings: Finding[] } {
  const columns = summedColumns(financing.table);
  const unit: MoneyUnit | null = isMoneyUnit(financing.table.unit) ? financing.table.unit : null;
  const table: FundingTable = {
    sheet: financing.table.sheet,
    unit,
    periods: columns.map((c) => ({
      col: c.col,
      year: c.role === 'year' ? yearIn(c.period ?? c.header) : null,
      unit: isMoneyUnit(c.unit) ? c.unit : null,
    })),
    spending: spending.flatMap((s) => lines(s, columns.length)),
    financing: lines(financing, columns.length),
  };
  if (table.periods.length === 0 || table.spending.length === 0)
    return { results: [], findings: [] };
  const check = fundingBalance(table);
  return {
    results: check.periods.map((p) => ({
      sheet: table.sheet,
      spending: toPlain(p.spending),
      financing: toPlain(p.financing),
      balance: toPlain(p.balance),
      unit: p.unit ?? 'kr',
      ...(p.sources.length > 0
        ? {
            sources: p.sources.map((x) => ({
              source: x.source,
              financing: toPlain(x.financing),
              spending: toPlain(x.spending),
              left: toPlain(x.balance),
            })),
          }
        : {}),
    })),
    findings: check.findings.map((f) => toReportFinding(f, lang)),
  };
}
