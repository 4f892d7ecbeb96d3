import {
  fixedFromDec,
  fixedFromNumber,
  fixedFromText,
  numberUnits,
  readFormat,
  textUnits,
  type Fixed,
  type FormatReading,
} from '../numbers';
import { moneyContext, type CellCount, type GridBudgetTable } from './grid-table';
import { moneyCellOf } from './money-cell';
import { ColumnCounts } from './column-counts';
import type { FixedColumn } from './totals-fixed';
import type { MoneyCell, MoneyUnit } from './types';
import { moneyUnitOf } from './units';

/** One value column of a grid table, read as counts. */
export interface GridColumn {
  column: FixedColumn;
  /** The unit the column is summed in: the column's or table's, else the one its cells say. */
  unit: MoneyUnit | null;
  /** Line index → the cells `parseAmount` had to read, kept so none is read twice. */
  slow: Map<number, MoneyCell>;
}

/**
 * Reads column k of a grid table straight from the sheet, as `moneyCellOf` reads each cell, into
 * counts at the smallest scale that holds them all (it grows when a cell needs more decimals).
 * Undefined when the lines path must decide: a value the integers cannot hold, or a cell in
 * another unit (mixed units are reported there, conversions done there).
 */
export function readGridColumn(table: GridBudgetTable, k: number): GridColumn | undefined {
  if (table.cell) return readGivenColumn(table, k, table.cell, table.count);
  const column = table.columns[k]!;
  const context = moneyContext(table, column);
  const fallback = column.unit ?? table.unit ?? null;
  const col = column.col - 1;
  const { rows, sheet } = table;
  const n = rows.length;
  const counts = new ColumnCounts(n);
  const slow = new Map<number, MoneyCell>();
  let sawNone = false;
  let seen: MoneyUnit | null = null;
  // A column has one or two number formats: read each once, not once per cell.
  let lastFormat: string | undefined;
  let format: FormatReading = readFormat(undefined);
  for (let i = 0; i < n; i++) {
    const cell = sheet.rows[rows[i]! - 1]?.[col];
    if (!cell) continue;
    const value = cell.value;
    let u = Number.NaN;
    let unit: MoneyUnit | null = fallback;
    let fixed: Fixed | undefined;
    if (typeof value === 'number') {
      if (cell.numFmt !== lastFormat) format = readFormat((lastFormat = cell.numFmt));
      if (!format.date && !format.percent) {
        unit = moneyUnitOf(format.unit ?? fallback);
        u = numberUnits(value, counts.scale);
        if (u !== u) fixed = fixedFromNumber(value);
      }
    } else if (typeof value === 'string') {
      u = textUnits(value, counts.scale);
      if (u !== u) fixed = fixedFromText(value);
    }
    if (u !== u && !fixed) {
      const read = moneyCellOf(value, { ...context, numFmt: cell.numFmt });
      if (!read) continue;
      slow.set(i, read);
      fixed = read.fixed ?? fixedFromDec(read.value);
      if (!fixed) return undefined;
      unit = read.unit ?? null;
    }
    const resolved = unit ?? fallback;
    // A cell in another unit than the column's is converted: the lines path does that.
    if (fallback !== null && resolved !== fallback) return undefined;
    if (resolved === null) sawNone = true;
    else if (seen === null) seen = resolved;
    else if (seen !== resolved) return undefined;
    // A value with more decimals than the column had so far brings every count to them.
    if (!(fixed ? counts.put(i, fixed) : counts.putUnits(i, u))) return undefined;
  }
  if (sawNone && seen !== null) return undefined;
  return { column: counts, unit: fallback ?? seen, slow };
}

/**
 * `readGridColumn` over cells the caller reads (`GridBudgetTable.cell`): the same unit rules,
 * each cell as its count (`fixed`, else its value's). Nothing is kept in `slow`: a total's
 * stated cell is asked for again.
 */
function readGivenColumn(
  table: GridBudgetTable,
  k: number,
  cellOf: (i: number, k: number) => MoneyCell | null,
  countOf: GridBudgetTable['count'],
): GridColumn | undefined {
  const column = table.columns[k]!;
  const fallback = column.unit ?? table.unit ?? null;
  const n = table.rows.length;
  const counts = new ColumnCounts(n);
  let sawNone = false;
  let seen: MoneyUnit | null = null;
  // One scratch count for the column: plain cells are summed with no object per cell.
  const scratch: CellCount = { units: 0, scale: 0, unit: null };
  for (let i = 0; i < n; i++) {
    let fixed: Fixed | undefined;
    let unit: MoneyUnit | null | undefined;
    if (countOf?.(i, k, scratch)) {
      fixed = scratch;
      unit = scratch.unit;
    } else {
      const read = cellOf(i, k);
      if (!read) continue;
      fixed = read.fixed ?? fixedFromDec(read.value);
      if (!fixed) return undefined;
      unit = read.unit;
    }
    const resolved = unit ?? fallback;
    if (fallback !== null && resolved !== fallback) return undefined;
    if (resolved === null) sawNone = true;
    else if (seen === null) seen = resolved;
    else if (seen !== resolved) return undefined;
    if (!counts.put(i, fixed)) return undefined;
  }
  if (sawNone && seen !== null) return undefined;
  return { column: counts, unit: fallback ?? seen, slow: new Map() };
}
