import { cellAt, type Sheet } from '../grid';
import {
  decFromExcelNumber,
  grouped,
  isDateFormat,
  parseAmount,
  scanGrouped,
  type Dec,
} from '../numbers';

/** Past this many cells (rows × columns) a sheet is not read for running totals and summaries. */
export const MAX_SHEET_CELLS = 500_000;

/**
 * A sheet's plain numbers: real numbers (not dates, not booleans) at Excel's 15 digits, and
 * plain number text ('12711,8' in a CSV) in the workbook's style. Ranges, qualifiers
 * ('ca. 400') and percentages are not plain numbers. Floats for a fast first look, read once
 * into one array; the exact value only where a finding needs it.
 */
export interface SheetNumbers {
  /** Whether the sheet is small enough to be read (MAX_SHEET_CELLS). */
  readonly small: boolean;
  at(row: number, col: number): Dec | null;
  /** The number as a float; NaN where `at` gives null (and everywhere on a large sheet). */
  float(row: number, col: number): number;
  /** Whether (row, col) holds a formula: its result is the formula's, not a typed number. */
  formula(row: number, col: number): boolean;
  /** A row's (across) or a column's floats, position 0 being column (row) 1. */
  line(index: number, across: boolean): Float64Array;
}

export function sheetNumbers(sheet: Sheet, style: 'da' | 'en' | undefined): SheetNumbers {
  const width = sheet.colCount;
  const small = sheet.rowCount * width <= MAX_SHEET_CELLS;
  let grid: Float64Array | undefined;
  const dates = new Map<string, boolean>();
  const isDate = (numFmt: string | undefined): boolean => {
    if (numFmt === undefined) return false;
    let d = dates.get(numFmt);
    if (d === undefined) dates.set(numFmt, (d = isDateFormat(numFmt)));
    return d;
  };
  const build = (): Float64Array => {
    const g = new Float64Array(sheet.rowCount * width).fill(NaN);
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length && c < width; c++) {
        const cell = row[c];
        const v = cell?.value;
        if (typeof v === 'number') {
          if (Number.isFinite(v) && !isDate(cell!.numFmt)) g[r * width + c] = v;
        } else if (typeof v === 'string') {
          g[r * width + c] = floatOfText(v, style);
        }
      }
    }
    return g;
  };
  const float = (row: number, col: number): number => {
    if (!small || row < 1 || col < 1 || row > sheet.rowCount || col > width) return NaN;
    grid ??= build();
    return grid[(row - 1) * width + (col - 1)]!;
  };
  return {
    small,
    float,
    at(row, col) {
      if (Number.isNaN(float(row, col))) return null;
      const v = cellAt(sheet, row, col)!.value;
      const d = typeof v === 'number' ? null : readText(String(v), style);
      return d ?? decFromExcelNumber(float(row, col));
    },
    formula: (row, col) => cellAt(sheet, row, col)?.formula !== undefined,
    line(index, across) {
      if (!small) return new Float64Array(0);
      grid ??= build();
      if (across) return grid.subarray((index - 1) * width, index * width);
      const out = new Float64Array(sheet.rowCount);
      for (let r = 0; r < sheet.rowCount; r++) out[r] = grid[r * width + index - 1]!;
      return out;
    },
  };
}

/**
 * A text cell's number as a float, NaN when it is not plain number text. A label ('Konto 7')
 * starts with a letter, which no number text does: most text cells end at the first character.
 */
export function floatOfText(v: string, style: 'da' | 'en' | undefined): number {
  const lower = v.charCodeAt(0) | 32;
  if (lower >= 97 && lower <= 122) return NaN;
  const f = style === 'da' ? danishPlain(v) : undefined;
  return f === undefined ? numberTextFloat(v, style) : unsigned(f);
}

/** '-0,00' is zero, not the float -0 (which prints as '-0'). */
const unsigned = (f: number): number => (f === 0 ? 0 : f);

/**
 * numberTextFloat's first forms in a Danish workbook, read in one pass without a regex or a
 * copy of the text (a third of a pasted budget's cells are such amounts): digits alone,
 * '12711,8', '6.274.468,73' (`-?(\d{1,15}|\d{1,13},\d{1,2}|\d{1,3}(\.\d{3}){1,4}(,\d{1,2})?)`).
 * Undefined for any other text. The digits, at most 15, are a whole number a double holds
 * exactly, so dividing by 10 or 100 rounds once, to the double Number() reads from the text.
 */
function danishPlain(v: string): number | undefined {
  const units = scanGrouped(v);
  if (units !== units) return undefined;
  const { negative, dots, intDigits, scale } = grouped;
  if (dots > 4 || scale > 2 || (dots === 0 && intDigits > (scale > 0 ? 13 : 15))) return undefined;
  // Grouped thousands may carry 15 digits and 2 decimals: past 15 digits, the text's own reading.
  if (intDigits + scale > 15) {
    return Number(v.replaceAll('.', '').replace(',', '.'));
  }
  const value = scale === 0 ? units : units / (scale === 1 ? 10 : 100);
  return negative ? -value : value;
}

/** Plain integers and two-decimal amounts ('12711,8') without a decimal; the rest as parsed. */
export function numberTextFloat(v: string, style: 'da' | 'en' | undefined): number {
  return unsigned(textFloat(v, style));
}

function textFloat(v: string, style: 'da' | 'en' | undefined): number {
  if (/^-?\d{1,15}$/.test(v)) return Number(v);
  if (style !== 'en' && /^-?\d{1,13},\d{1,2}$/.test(v)) return Number(v.replace(',', '.'));
  if (style !== 'da' && /^-?\d{1,13}\.\d{1,2}$/.test(v)) return Number(v);
  // Thousands separators in the workbook's own style ('6.274.468,73'): the nearest double, as
  // parseAmount's exact reading would round to, without building a decimal per cell.
  if (style === 'da' && /^-?\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,2})?$/.test(v)) {
    return Number(v.replaceAll('.', '').replace(',', '.'));
  }
  if (style === 'en' && /^-?\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?$/.test(v)) {
    return Number(v.replaceAll(',', ''));
  }
  return readText(v, style)?.toNumber() ?? NaN;
}

function readText(v: string, style: 'da' | 'en' | undefined): Dec | null {
  // Only plain number text: digits, signs, separators and spaces ('12711,8', '1.200.000').
  if (!/\d/.test(v) || v.length > 40 || !/^[\s\d.,'+\-\u2212\u00a0\u202f]+$/.test(v)) return null;
  // Dates and periods written as text ('2016-07', '01.02.2023') are headings, not amounts.
  if (/^\s*\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?\s*$/.test(v) && !/^\s*-?\d+[.,]\d+\s*$/.test(v)) {
    return null;
  }
  const read = parseAmount(v, style ? { style } : {});
  if (!read.ok) return null;
  const a = read.amount;
  if (a.range !== null || a.qualifier !== null || a.unit === 'percent' || a.unit === 'points') {
    return null;
  }
  return a.value;
}
