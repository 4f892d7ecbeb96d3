import type { Cell, CellValue } from '../../core/grid';
import { dateFromSerial } from '../functions/excel-values';

/** The four arrays one read loads for a block, as Office.js returns them. */
export interface LoadedBlock {
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

const ERROR =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!)$/;

/** A format shows a date when it has day, month or year codes outside quotes and brackets. */
export function isDateFormat(numFmt: string): boolean {
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0]!
    .replace(/[_*\\]./g, '');
  // 'm' alone is a month; next to hours or seconds it is minutes (a time, not a date).
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

function valueOf(v: unknown, numFmt: string, hasFormula: boolean): CellValue | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (numFmt !== 'General' && isDateFormat(numFmt)) return dateFromSerial(v) ?? v;
    return Object.is(v, -0) ? 0 : v;
  }
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    if (v === '') return hasFormula ? '' : undefined;
    return ERROR.test(v) ? { error: v } : v;
  }
  return v === null || v === undefined ? undefined : String(v);
}

/**
 * One Office.js cell as a grid cell, the way the ExcelJS reader makes them: a formula keeps
 * its result as value and its text without '='; 'General' is no format; empty is undefined.
 * `text` is what Excel displays, which only Office.js knows for numbers.
 */
export function cellFromOffice(
  value: unknown,
  text: string | undefined,
  numberFormat: unknown,
  formula: unknown,
): Cell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  const fmt = typeof numberFormat === 'string' ? numberFormat : 'General';
  const v = valueOf(value, fmt, f !== undefined);
  if (v === undefined) return undefined;
  const cell: Cell = { value: v };
  if (typeof v === 'string') cell.text = v;
  else if (text !== undefined && text !== '') cell.text = text;
  if (fmt !== 'General' && fmt !== '') cell.numFmt = fmt;
  if (f !== undefined) cell.formula = f;
  return cell;
}

/** Puts a loaded block into a sheet's rows (1-based sheet rows, as the grid keeps them). */
export function putBlock(
  rows: Array<Array<Cell | undefined> | undefined>,
  firstRow: number,
  firstCol: number,
  block: LoadedBlock,
): { lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  block.values.forEach((line, i) => {
    let out: Array<Cell | undefined> | undefined;
    line.forEach((v, j) => {
      const cell = cellFromOffice(
        v,
        block.text[i]?.[j],
        block.numberFormat[i]?.[j],
        block.formulas[i]?.[j],
      );
      if (!cell) return;
      out ??= rows[firstRow + i - 1] ?? [];
      out[firstCol + j - 1] = cell;
      lastCol = Math.max(lastCol, firstCol + j);
    });
    if (out) {
      rows[firstRow + i - 1] = out;
      lastRow = firstRow + i;
    }
  });
  return { lastRow, lastCol };
}
