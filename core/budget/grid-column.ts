import {
  fixedFromDec,
  fixedFromNumber,
  fixedFromText,
  numberUnits,
  readFormat,
  textUnits,
  POW10,
  type Fixed,
  type FormatReading,
} from '../numbers';
import { moneyContext, type GridBudgetTable } from './grid-table';
import { moneyCellOf } from './money-cell';
import { EXACT_BELOW, type FixedColumn } from './totals-fixed';
import type { MoneyCell, MoneyUnit } from './types';
import { isMoneyUnit } from './units';

/** One value column of a grid table, read as counts. */
export interface GridColumn {
  column: FixedColumn;
  /** The unit the column is summed in: the column's or table's, else the one its cells say. */
  unit: MoneyUnit | null;
  /** Line index → the cells `parseAmount` had to read, kept so none is read twice. */
  slow: Map<number, MoneyCell>;
}

const moneyUnit = (u: unknown): MoneyUnit | null => (isMoneyUnit(u) ? u : null);

/** Counts read so far, brought to a larger scale; false when one would pass the bound. */
function growScale(units: Float64Array, upTo: number, by: number): boolean {
  const factor = POW10[by]!;
  for (let i = 0; i < upTo; i++) {
    const u = units[i]! * factor;
    if (u !== u) continue;
    if (!(Math.abs(u) < EXACT_BELOW)) return false;
    units[i] = u;
  }
  return true;
}

/**
 * Reads column k of a grid table straight from the sheet, as `moneyCellOf` reads each cell, into
 * counts at the smallest scale that holds them all (it grows when a cell needs more decimals).
 * Undefined when the lines path must decide: a value the integers cannot hold, or a cell in
 * another unit (mixed units are reported there, conversions done there).
 */
export function readGridColumn(table: GridBudgetTable, k: number): GridColumn | undefined {
  const column = table.columns[k]!;
  const context = moneyContext(table, column);
  const fallback = column.unit ?? table.unit ?? null;
  const col = column.col - 1;
  const { rows, sheet } = table;
  const n = rows.length;
  const units = new Float64Array(n).fill(Number.NaN);
  const slow = new Map<number, MoneyCell>();
  let scale = 0;
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
        unit = moneyUnit(format.unit ?? fallback);
        u = numberUnits(value, scale);
        if (u !== u) fixed = fixedFromNumber(value);
      }
    } else if (typeof value === 'string') {
      u = textUnits(value, scale);
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
    if (fixed) {
      // More decimals than the column had so far: every count read is brought to them.
      if (fixed.scale > scale) {
        if (!growScale(units, i, fixed.scale - scale)) return undefined;
        scale = fixed.scale;
      }
      u = fixed.units * POW10[scale - fixed.scale]!;
    }
    if (!(Math.abs(u) < EXACT_BELOW)) return undefined;
    const resolved = unit ?? fallback;
    // A cell in another unit than the column's is converted: the lines path does that.
    if (fallback !== null && resolved !== fallback) return undefined;
    if (resolved === null) sawNone = true;
    else if (seen === null) seen = resolved;
    else if (seen !== resolved) return undefined;
    units[i] = u;
  }
  if (sawNone && seen !== null) return undefined;
  return { column: { scale, units }, unit: fallback ?? seen, slow };
}
