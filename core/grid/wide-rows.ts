import type { Cell, Sheet } from './types';

/**
 * Walking a wide row. V8 keeps an array whose cells lie more than about 1.024 apart as a
 * dictionary, where every index costs a hash lookup: a row holding only A and XFD costs 16.384
 * lookups for its two cells, and a 40 KB file of 2.000 such rows took a check 14 s. Rows up to
 * WIDE_ROW columns are walked index by index (fast, and no array is made); wider ones by their
 * keys, so the work follows the cells a row holds, not how far right it reaches.
 */
export const WIDE_ROW = 1024;

/**
 * The 0-based columns from `lo` to `hi` (inclusive) where a row wider than WIDE_ROW holds a
 * cell, in order; undefined for a narrower row, which the caller walks index by index.
 */
export function wideColumns<T>(
  row: ReadonlyArray<T | undefined>,
  lo: number,
  hi: number,
): number[] | undefined {
  if (row.length <= WIDE_ROW) return undefined;
  return presentIndices(row, lo, hi);
}

/** The indices from `lo` to `hi` where an array holds something, in order, however it is stored. */
export function presentIndices<T>(
  arr: ReadonlyArray<T | undefined>,
  lo: number,
  hi: number,
): number[] {
  const top = Math.min(hi, arr.length - 1);
  const out: number[] = [];
  if (top < lo) return out;
  if (top - lo < 256) {
    for (let i = lo; i <= top; i++) if (arr[i] !== undefined) out.push(i);
    return out;
  }
  // An array's own index keys come in ascending order (ECMA-262 OrdinaryOwnPropertyKeys).
  for (const k in arr) {
    const i = Number(k);
    if (i >= lo && i <= top && arr[i] !== undefined) out.push(i);
  }
  return out;
}

/**
 * Calls `visit` with each cell a sheet holds and its 0-based row and column, top to bottom and
 * left to right, a wide row by its cells. When `visit` returns true the walk stops at the end
 * of that row. One function for the whole walk: a closure per row is garbage on a million lines.
 */
export function forEachCell(
  sheet: Sheet,
  visit: (cell: Cell, r: number, c: number) => boolean | void,
): void {
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const wide = wideColumns(row, 0, row.length - 1);
    const n = wide ? wide.length : row.length;
    let stop = false;
    for (let i = 0; i < n; i++) {
      const c = wide ? wide[i]! : i;
      const cell = row[c];
      if (cell !== undefined && visit(cell, r, c) === true) stop = true;
    }
    if (stop) return;
  }
}
