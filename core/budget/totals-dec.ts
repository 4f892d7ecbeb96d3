import { sum, ZERO, type Dec } from '../numbers';
import type { BudgetStructure } from './structure';
import { convertMoney } from './units';
import { valueIn, type ColumnView } from './column';
import { isTotal, totalMismatch } from './total-mismatch';
import type { ColumnTotals } from './totals';
import type { BudgetLine, BudgetTable, MoneyUnit, TotalCheck } from './types';

/** The general path of `checkColumnTotals`: every value a `Dec`, any units, any size. */
export function decimalColumnTotals(
  table: BudgetTable,
  view: ColumnView,
  structure: BudgetStructure,
): ColumnTotals {
  // Filled in a loop: a [row, line] pair per line is garbage on 100.000-line tables.
  const byRow = new Map<number, BudgetLine>();
  for (let i = 0; i < table.lines.length; i++) byRow.set(table.lines[i]!.row, table.lines[i]!);
  const memo = new Map<number, Dec>();

  const partValue = (row: number): Dec => {
    const cell = view.cells.get(row);
    if (cell) return valueIn(cell, view.unit);
    return isTotal(byRow.get(row)) ? computed(row) : ZERO;
  };
  // Covers come from detection and may loop (a total covering itself or another that covers it);
  // a total met again while it is being summed counts 0 rather than recursing forever.
  const visiting = new Set<number>();
  const computed = (row: number): Dec => {
    const known = memo.get(row);
    if (known) return known;
    if (visiting.has(row)) return ZERO;
    visiting.add(row);
    const total = sum((structure.parts.get(row) ?? []).map(partValue));
    visiting.delete(row);
    memo.set(row, total);
    return total;
  };

  const wrong = new Set<number>();
  const repairedValue = (row: number): Dec => (wrong.has(row) ? computed(row) : partValue(row));
  const toUnit = (x: Dec, unit: MoneyUnit | null): Dec =>
    unit && view.unit ? convertMoney(x, view.unit, unit) : x;

  const totals: TotalCheck[] = [];
  const findings: ColumnTotals['findings'] = [];
  for (const line of table.lines) {
    if (line.role !== 'total' && line.role !== 'grandTotal') continue;
    let parts = structure.parts.get(line.row) ?? [];
    if (parts.length === 0) continue;
    const stated = view.cells.get(line.row);
    const unit = stated?.unit ?? view.unit;
    let inUnit = toUnit(computed(line.row), unit);
    const agrees = (x: Dec): boolean =>
      !stated ||
      (stated.decimals !== undefined ? x.toDecimalPlaces(stated.decimals) : x).eq(stated.value);
    // A total that agrees with its parts once their own wrong subtotals are set right was
    // summed from the detail lines: the error is the subtotal's alone, already reported.
    let ok =
      agrees(inUnit) ||
      (parts.some((r) => wrong.has(r)) && agrees(toUnit(sum(parts.map(repairedValue)), unit)));
    const wider = ok ? undefined : structure.wider.get(line.row);
    const widerSum = wider && toUnit(sum(wider.map(partValue)), unit);
    // The reading that adds up, or else the one nearer the stated value, is the one reported.
    if (wider && widerSum && stated) {
      const nearer = widerSum.minus(stated.value).abs().lt(inUnit.minus(stated.value).abs());
      if (agrees(widerSum) || nearer) [ok, parts, inUnit] = [agrees(widerSum), wider, widerSum];
    }
    if (!ok) wrong.add(line.row);
    const cell = stated?.cell ?? `${line.row}`;
    totals.push({
      row: line.row,
      col: view.col,
      cell,
      label: line.label,
      role: line.role,
      parts,
      computed: inUnit,
      stated: stated?.value ?? null,
      unit,
      ok,
    });
    if (!ok && stated) {
      findings.push(totalMismatch(table.sheet, line, cell, parts, stated.value, inUnit, unit));
    }
  }
  return { totals, findings };
}
