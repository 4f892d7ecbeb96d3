import { cellAt, columnName, type Sheet } from '../grid';
import { MAX_SUM_CELLS, refSize, relativeKey, type FormulaRef } from '../detect';
import { decFromExcelNumber, isDateFormat, type Dec } from '../numbers';

/** A cell whose formula is a sum of cells on its own sheet. */
export interface SumCell {
  row: number;
  col: number;
  formula: string;
  refs: FormulaRef[];
  /** The cells it adds, 'row,col', each once. */
  cells: Set<string>;
  /** Its cached result, at Excel's 15 digits; null when the file holds none. */
  value: Dec | null;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function unkey(k: string): { row: number; col: number } {
  const comma = k.indexOf(',');
  return { row: Number(k.slice(0, comma)), col: Number(k.slice(comma + 1)) };
}

/** relativeKey of a formula cell (its formula, row and column), as the rules ask it. */
export type ShapeKeys = (formula: string, row: number, col: number) => string | undefined;

/**
 * relativeKey read once per cell for one sheet's check: the sibling, odd-result and typed-total
 * rules each ask it of the same cells (a cell's formula does not change during a check).
 */
export function shapeKeys(): ShapeKeys {
  const known = new Map<number, string | undefined>();
  return (formula, row, col) => {
    const at = row * 16_385 + col;
    if (known.has(at)) return known.get(at);
    const k = relativeKey(formula, row, col);
    known.set(at, k);
    return k;
  };
}

/** The cells of some references, or undefined when one is on another sheet or too large. */
export function cellsOf(refs: readonly FormulaRef[], sheet: Sheet): Set<string> | undefined {
  const cells = new Set<string>();
  for (const r of refs) {
    if (r.sheet !== undefined && r.sheet !== sheet.name) return undefined;
    const size = refSize(r);
    if (size > MAX_SUM_CELLS || cells.size + size > MAX_SUM_CELLS) return undefined;
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) cells.add(key(row, col));
    }
  }
  return cells;
}

/**
 * A cell's number as Excel shows it: a real number (not a date serial) at 15 digits; null for
 * anything else (SUM ignores text, so does this).
 */
export function numberAt(sheet: Sheet, row: number, col: number): Dec | null {
  const cell = cellAt(sheet, row, col);
  const v = cell?.value;
  if (typeof v !== 'number' || !Number.isFinite(v) || isDateFormat(cell!.numFmt)) return null;
  return decFromExcelNumber(v);
}

/** Whether numberAt gives a number there, without making it. */
export function hasNumber(sheet: Sheet, row: number, col: number): boolean {
  const cell = cellAt(sheet, row, col);
  const v = cell?.value;
  return typeof v === 'number' && Number.isFinite(v) && !isDateFormat(cell!.numFmt);
}

/**
 * The sum cell at (row, col), its formula read as a sum of `refs` (formulaShape), when it adds
 * at least two cells of this sheet.
 */
export function sumCellOf(
  sheet: Sheet,
  row: number,
  col: number,
  formula: string,
  refs: FormulaRef[],
): SumCell | undefined {
  const cells = cellsOf(refs, sheet);
  if (!cells || cells.size < 2 || cells.has(key(row, col))) return undefined;
  return { row, col, formula, refs, cells, value: numberAt(sheet, row, col) };
}

/** Whether all of a sum's cells lie in one column (a column total) or one row (a row total). */
export function direction(s: SumCell): 'down' | 'across' | 'mixed' {
  // Asked of every sum many times: compared with the first reference, no sets built.
  const first = s.refs[0]!;
  let oneColumn = first.left === first.right;
  let oneRow = first.top === first.bottom;
  for (const r of s.refs) {
    if (r.left !== first.left || r.right !== first.right) oneColumn = false;
    if (r.top !== first.top || r.bottom !== first.bottom) oneRow = false;
  }
  return oneColumn ? 'down' : oneRow ? 'across' : 'mixed';
}

/** The text label of a row: its first text cell left of `col`. */
export function labelLeftOf(sheet: Sheet, row: number, col: number): string {
  for (let c = 1; c < col; c++) {
    const v = cellAt(sheet, row, c)?.value;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
  }
  return '';
}

// An A1 reference in a formula: not part of a name (LOG10), not a function (SUM(), not a sheet.
const A1_REF = /(?<![\w.!$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(!])/g;

/**
 * A formula as a copy of it `rowShift` rows down and `colShift` columns right reads (what
 * Excel's fill does): for messages only ('=SUM(D3:D9)' from '=SUM(D13:D19)'). Undefined when a
 * copy would point above row 1 or left of column A, or the formula has quoted text.
 */
export function movedFormula(
  formula: string,
  rowShift: number,
  colShift: number,
): string | undefined {
  if (formula.includes('"') || formula.includes("'")) return undefined;
  let outside = false;
  const moved = formula.replace(
    A1_REF,
    (_m, cAbs: string, letters: string, rAbs: string, digits: string) => {
      const col = cAbs === '$' ? colNumber(letters) : colNumber(letters) + colShift;
      const row = rAbs === '$' ? Number(digits) : Number(digits) + rowShift;
      if (col < 1 || row < 1) outside = true;
      return `${cAbs}${columnName(Math.max(1, col))}${rAbs}${Math.max(1, row)}`;
    },
  );
  return outside ? undefined : moved;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
