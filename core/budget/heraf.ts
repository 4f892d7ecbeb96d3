import { moneyTexts } from './display';
import type { BudgetStructure } from './structure';
import { convertMoney } from './units';
import type { ColumnView } from './column';
import type { BudgetTable, MoneyFinding } from './types';

/**
 * A heraf part ('heraf forældreindsats 0,6') or a footnote's amount ('* heraf 0,7 mio. kr. til
 * …') is a part of its line and never summed; it can be no larger than that line.
 */
export function checkHeraf(
  table: BudgetTable,
  view: ColumnView,
  structure: BudgetStructure,
): MoneyFinding[] {
  const findings: MoneyFinding[] = [];
  for (const line of table.lines) {
    if (line.role !== 'heraf' && line.role !== 'footnote') continue;
    const parentRow = structure.parentOf.get(line.row);
    const part = view.cells.get(line.row);
    const whole = parentRow === undefined ? undefined : view.cells.get(parentRow);
    if (!part || !whole) continue;
    // Units must both be known (or both unknown, i.e. the same) to compare.
    if ((part.unit === null) !== (whole.unit === null)) continue;
    const unit = whole.unit;
    const partValue = part.unit && unit ? convertMoney(part.value, part.unit, unit) : part.value;
    if (partValue.abs().lte(whole.value.abs())) continue;
    const parentLabel = table.lines.find((l) => l.row === parentRow)?.label ?? '';
    const [p, w] = moneyTexts([partValue, whole.value], unit);
    findings.push({
      code: 'HERAF_EXCEEDS_PARENT',
      severity: 'error',
      sheet: table.sheet,
      cell: part.cell,
      row: line.row,
      expected: whole.value,
      actual: partValue,
      difference: partValue.minus(whole.value),
      unit,
      message: {
        da: `"${line.label}" i ${part.cell} (${p.da}) er en del af "${parentLabel}" i ${whole.cell} (${w.da}), men er større end den.`,
        en: `"${line.label}" in ${part.cell} (${p.en}) is part of "${parentLabel}" in ${whole.cell} (${w.en}) but is larger than it.`,
      },
    });
  }
  return findings;
}
