import {
  fixedFromDec,
  fixedFromNumber,
  fixedFromText,
  readFormat,
  type Fixed,
  type FormatReading,
} from '../numbers';
import { moneyContext, type GridBudgetTable } from './grid-table';
import { moneyCellOf } from './money-cell';
import { toOneScale, type FixedColumn } from './totals-fixed';
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

/**
 * Reads column k of a grid table straight from the sheet, as `moneyCellOf` reads each cell.
 * Undefined when the lines path must decide: a value the integers cannot hold, or cells in
 * more than one unit (mixed units are reported there, conversions done there).
 */
export function readGridColumn(table: GridBudgetTable, k: number): GridColumn | undefined {
  const column = table.columns[k]!;
  const context = moneyContext(table, column);
  const fallback = column.unit ?? table.unit ?? null;
  const col = column.col - 1;
  const n = table.rows.length;
  const units = new Float64Array(n).fill(Number.NaN);
  const scales = new Uint8Array(n);
  const slow = new Map<number, MoneyCell>();
  let sawNone = false;
  let seen: MoneyUnit | null = null;
  // A column has one or two number formats: read each once, not once per cell.
  let lastFormat: string | undefined;
  let format: FormatReading = readFormat(undefined);
  for (let i = 0; i < n; i++) {
    const cell = table.sheet.rows[table.rows[i]! - 1]?.[col];
    if (!cell) continue;
    const value = cell.value;
    let fixed: Fixed | undefined;
    let unit: MoneyUnit | null = fallback;
    if (typeof value === 'number') {
      if (cell.numFmt !== lastFormat) format = readFormat((lastFormat = cell.numFmt));
      if (!format.date && !format.percent) {
        fixed = fixedFromNumber(value);
        unit = moneyUnit(format.unit ?? fallback);
      }
    } else if (typeof value === 'string') {
      fixed = fixedFromText(value);
    }
    if (!fixed) {
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
    units[i] = fixed.units;
    scales[i] = fixed.scale;
  }
  if (sawNone && seen !== null) return undefined;
  const counts = toOneScale(units, scales);
  return counts ? { column: counts, unit: fallback ?? seen, slow } : undefined;
}
