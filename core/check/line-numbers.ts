import { cellAt, type Sheet } from '../grid';
import { decFromExcelNumber, isDateFormat, parseAmount, type Dec } from '../numbers';

/** Past this many cells a sheet's text is not read as numbers (a CSV's every cell is text). */
const MAX_TEXT_CELLS = 200_000;

/**
 * A sheet's plain numbers, each read once: real numbers (not dates, not booleans) at Excel's
 * 15 digits, and plain number text ('12711,8' in a CSV) in the workbook's style. Ranges,
 * qualifiers ('ca. 400') and percentages are not plain numbers.
 */
export interface SheetNumbers {
  at(row: number, col: number): Dec | null;
  /** The same as a float, for a fast first look; NaN where `at` gives null. */
  float(row: number, col: number): number;
  /** Whether (row, col) holds a formula: its result is the formula's, not a typed number. */
  formula(row: number, col: number): boolean;
}

export function sheetNumbers(sheet: Sheet, style: 'da' | 'en' | undefined): SheetNumbers {
  const readText = sheet.rowCount * sheet.colCount <= MAX_TEXT_CELLS;
  const cache = new Map<number, Dec | null>();
  const width = sheet.colCount + 1;
  const at = (row: number, col: number): Dec | null => {
    const k = row * width + col;
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const read = readCell(sheet, row, col, readText, style);
    cache.set(k, read);
    return read;
  };
  return {
    at,
    float(row, col) {
      const v = cellAt(sheet, row, col)?.value;
      if (v === null || v === undefined || typeof v === 'boolean') return NaN;
      if (typeof v === 'number' && !isDateFormat(cellAt(sheet, row, col)?.numFmt)) {
        return Number.isFinite(v) ? v : NaN;
      }
      return at(row, col)?.toNumber() ?? NaN;
    },
    formula: (row, col) => cellAt(sheet, row, col)?.formula !== undefined,
  };
}

function readCell(
  sheet: Sheet,
  row: number,
  col: number,
  readText: boolean,
  style: 'da' | 'en' | undefined,
): Dec | null {
  const cell = cellAt(sheet, row, col);
  const v = cell?.value;
  if (typeof v === 'number') {
    return Number.isFinite(v) && !isDateFormat(cell!.numFmt) ? decFromExcelNumber(v) : null;
  }
  if (typeof v !== 'string' || !readText || !/\d/.test(v) || v.length > 40) return null;
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
