import { fixedFromDec, POW10 } from '../numbers';
import { ColumnCounts, EXACT_BELOW } from './column-counts';
import type { RowRole } from '../detect/types';
import type { ColumnView } from './column';
import type { RowIndex } from './rows';
import type { BudgetStructure } from './structure';
import { FixedTotalCheck, type StatedCell } from './fixed-total';
import { isTotalRole, totalMismatch } from './total-mismatch';
import type { ColumnTotals } from './totals';
import type { BudgetTable, MoneyUnit, TotalCheck } from './types';

export type { StatedCell } from './fixed-total';

/** A column as counts at one scale, by line index (NaN where the line has no cell). */
export interface FixedColumn {
  scale: number;
  units: Float64Array;
}

function fixedColumn(table: BudgetTable, view: ColumnView): FixedColumn | undefined {
  const counts = new ColumnCounts(table.lines.length);
  for (let i = 0; i < table.lines.length; i++) {
    const v = table.lines[i]!.values[view.index];
    if (!v) continue;
    // Converting between kroner units moves the decimal point: left to the Dec path.
    if (v.unit && view.unit && v.unit !== view.unit) return undefined;
    const f = v.fixed ?? fixedFromDec(v.value);
    if (!f || !counts.put(i, f)) return undefined;
  }
  return counts;
}

/** Half-up (away from zero) to `decimals`, as `Dec.toDecimalPlaces` rounds, in counts at `scale`. */
function roundTo(units: number, scale: number, decimals: number | undefined): number {
  if (decimals === undefined || decimals >= scale) return units;
  const step = POW10[scale - decimals]!;
  const abs = Math.abs(units);
  const rest = abs % step;
  const rounded = abs - rest + (rest * 2 >= step ? step : 0);
  return units < 0 ? -rounded : rounded;
}

/** What the integer walk reads: the lines by index, one column's counts, the structure. */
export interface FixedTotalsInput {
  sheet: string;
  col: number;
  unit: MoneyUnit | null;
  /** Sheet rows and roles of the lines. */
  rows: ArrayLike<number>;
  roles: ArrayLike<RowRole>;
  label(i: number): string;
  /** The stated cell of a total line (only asked for lines whose count is not NaN). */
  stated(i: number): StatedCell | undefined;
  column: FixedColumn;
  index: RowIndex;
  structure: BudgetStructure;
}

/**
 * `checkColumnTotals` in integers: the same walk as the Dec path, on counts. Undefined when a
 * sum could pass the bound: the caller then takes the Dec path.
 */
export function fixedTotals(input: FixedTotalsInput): ColumnTotals | undefined {
  const { scale, units } = input.column;
  const { index, structure, roles } = input;
  const memo = new Map<number, number>();
  let overflow = false;

  // Each sum checks its parts' magnitudes: a part is itself an exact sum (or a cell), so
  // every partial sum below the bound is exact too.
  const sumOf = (parts: number[], value: (row: number) => number): number => {
    let total = 0;
    let size = 0;
    for (let k = 0; k < parts.length; k++) {
      const u = value(parts[k]!);
      total += u;
      size += Math.abs(u);
    }
    if (size >= EXACT_BELOW) overflow = true;
    return total;
  };
  const partValue = (row: number): number => {
    const i = index(row);
    if (i < 0) return 0;
    const u = units[i]!;
    if (u === u) return u; // not NaN: the line has a cell
    return isTotalRole(roles[i]) ? computed(row) : 0;
  };
  // Covers may loop, as in the Dec path: a total met again while it is being summed counts 0.
  const visiting = new Set<number>();
  const computed = (row: number): number => {
    const known = memo.get(row);
    if (known !== undefined) return known;
    if (visiting.has(row)) return 0;
    visiting.add(row);
    const total = sumOf(structure.parts.get(row) ?? [], partValue);
    visiting.delete(row);
    memo.set(row, total);
    return total;
  };

  const wrong = new Set<number>();
  const repairedValue = (row: number): number => (wrong.has(row) ? computed(row) : partValue(row));
  const totals: TotalCheck[] = [];
  const findings: ColumnTotals['findings'] = [];
  const totalLines = structure.totalLines;
  for (let t = 0; t < totalLines.length; t++) {
    const i = totalLines[t]!;
    const role = roles[i] as 'total' | 'grandTotal';
    const row = input.rows[i]!;
    let parts = structure.parts.get(row) ?? [];
    if (parts.length === 0) continue;
    const statedUnits = units[i]!;
    const stated = statedUnits === statedUnits ? input.stated(i) : undefined;
    const decimals = stated?.decimals;
    let sum = computed(row);
    // A total that agrees with its parts once their own wrong subtotals are set right was
    // summed from the detail lines: the error is the subtotal's alone, already reported.
    let ok =
      !stated ||
      roundTo(sum, scale, decimals) === statedUnits ||
      (wrong.size > 0 &&
        parts.some((r) => wrong.has(r)) &&
        roundTo(sumOf(parts, repairedValue), scale, decimals) === statedUnits);
    // The other reading of an ambiguous total (BudgetStructure.wider), as the Dec path reads it.
    // The reading that adds up, or else the one nearer the stated value, is the one reported.
    const wider = ok ? undefined : structure.wider.get(row);
    if (wider) {
      const widerSum = sumOf(wider, partValue);
      const fits = roundTo(widerSum, scale, decimals) === statedUnits;
      if (fits || Math.abs(widerSum - statedUnits) < Math.abs(sum - statedUnits)) {
        [ok, parts, sum] = [fits, wider, widerSum];
      }
    }
    if (overflow) return undefined;
    if (!ok) wrong.add(row);
    const cell = stated?.cell ?? `${row}`;
    const unit = stated?.unit ?? input.unit;
    const label = input.label(i);
    const total = new FixedTotalCheck(
      row,
      input.col,
      cell,
      label,
      role,
      parts,
      sum,
      scale,
      stated,
      unit,
      ok,
    );
    totals.push(total);
    if (!ok && stated) {
      findings.push(
        totalMismatch(input.sheet, { row, label }, cell, parts, stated.value, total.computed, unit),
      );
    }
  }
  return { totals, findings };
}

/**
 * The integer path for a table of lines. Undefined when the column does not fit (a value
 * beyond 15 digits or 6 decimals, mixed kroner units, sums that could pass 2^52).
 */
export function fixedColumnTotals(
  table: BudgetTable,
  view: ColumnView,
  structure: BudgetStructure,
  rows: RowIndex,
): ColumnTotals | undefined {
  const column = fixedColumn(table, view);
  if (!column) return undefined;
  const lines = table.lines;
  return fixedTotals({
    sheet: table.sheet,
    col: view.col,
    unit: view.unit,
    rows: lines.map((l) => l.row),
    roles: lines.map((l) => l.role),
    label: (i) => lines[i]!.label,
    stated: (i) => view.cells.get(lines[i]!.row),
    column,
    index: rows,
    structure,
  });
}
