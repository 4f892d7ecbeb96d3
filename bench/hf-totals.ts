/**
 * The same totals as SUM formulas in HyperFormula (GPL-3.0, a dev-only dependency used only to
 * measure): the grid goes in as raw contents with Danish separators, so text numbers parse the
 * way a Danish Excel would; each 'I alt' gets =SUM over its lines, the 'Total' a SUMIF over the
 * 'I alt' rows.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { SyntheticBudget } from '../scripts/gen-synthetic';
import type { TotalsOutcome } from './float-totals';

function contents(budget: SyntheticBudget): RawCellContent[][] {
  const { sheet, groups, grandTotalRow } = budget;
  const data: RawCellContent[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells = sheet.rows[r - 1];
    data.push([
      (cells?.[0]?.value as RawCellContent) ?? null,
      (cells?.[1]?.value as RawCellContent) ?? null,
      null,
    ]);
  }
  for (const g of groups) data[g.totalRow - 1]![2] = `=SUM(B${g.firstRow}:B${g.lastRow})`;
  const first = groups[0]!.headingRow;
  data[grandTotalRow - 1]![2] =
    `=SUMIF(A${first}:A${grandTotalRow - 1};"I alt";B${first}:B${grandTotalRow - 1})`;
  return data;
}

export function hyperFormulaTotals(budget: SyntheticBudget): TotalsOutcome {
  const data = contents(budget);
  const hf = HyperFormula.buildFromArray(data, {
    licenseKey: 'gpl-v3',
    maxRows: Math.max(budget.sheet.rowCount + 10, 65_536),
    decimalSeparator: ',',
    thousandSeparator: '.',
    functionArgSeparator: ';',
  });
  try {
    const mismatches: string[] = [];
    const computed = new Map<number, string>();
    const rows = [...budget.groups.map((g) => g.totalRow), budget.grandTotalRow];
    for (const r of rows) {
      const sum = hf.getCellValue({ sheet: 0, row: r - 1, col: 2 });
      const stated = hf.getCellValue({ sheet: 0, row: r - 1, col: 1 });
      computed.set(r, String(sum));
      if (sum !== stated) mismatches.push(`B${r}`);
    }
    return { mismatches, computed };
  } finally {
    hf.destroy();
  }
}
