import type { BudgetLine } from './types';

/** Row → index into a table's lines, or -1: one lookup table per check, not a Map entry per line. */
export type RowIndex = (row: number) => number;

export function rowIndex(lines: readonly BudgetLine[]): RowIndex {
  return rowIndexOf(lines.map((l) => l.row));
}

/**
 * Tables list their rows in order with few gaps, so a dense array from the first row to the last
 * does; rows out of order, repeated or far apart fall back to a Map.
 */
export function rowIndexOf(rows: ArrayLike<number>): RowIndex {
  const n = rows.length;
  if (n === 0) return () => -1;
  const first = rows[0]!;
  const last = rows[n - 1]!;
  let ordered = Number.isInteger(first) && Number.isInteger(last) && last - first < 4 * n + 1024;
  for (let i = 1; ordered && i < n; i++) ordered = rows[i]! > rows[i - 1]!;
  // Rows one after another, as in most tables: the index is the row's distance from the first.
  if (ordered && last - first === n - 1)
    return (row) => (row >= first && row <= last ? row - first : -1);
  if (ordered) {
    const at = new Int32Array(last - first + 1).fill(-1);
    for (let i = 0; i < n; i++) at[rows[i]! - first] = i;
    return (row) => (row >= first && row <= last ? (at[row - first] ?? -1) : -1);
  }
  const map = new Map<number, number>();
  // The last line of a repeated row wins, as it always has in the checks.
  for (let i = 0; i < n; i++) map.set(rows[i]!, i);
  return (row) => map.get(row) ?? -1;
}
