import type { BudgetLine } from './types';

/** Row → index into a table's lines, or -1: one lookup table per check, not a Map entry per line. */
export type RowIndex = (row: number) => number;

/**
 * Tables list their rows in order with few gaps, so a dense array from the first row to the last
 * does; rows out of order, repeated or far apart fall back to a Map.
 */
export function rowIndex(lines: readonly BudgetLine[]): RowIndex {
  const n = lines.length;
  if (n === 0) return () => -1;
  const first = lines[0]!.row;
  const last = lines[n - 1]!.row;
  let ordered = Number.isInteger(first) && Number.isInteger(last) && last - first < 4 * n + 1024;
  for (let i = 1; ordered && i < n; i++) ordered = lines[i]!.row > lines[i - 1]!.row;
  if (ordered) {
    const at = new Int32Array(last - first + 1).fill(-1);
    for (let i = 0; i < n; i++) at[lines[i]!.row - first] = i;
    return (row) => (row >= first && row <= last ? (at[row - first] ?? -1) : -1);
  }
  const map = new Map<number, number>();
  // The last line of a repeated row wins, as it always has in the checks.
  for (let i = 0; i < n; i++) map.set(lines[i]!.row, i);
  return (row) => map.get(row) ?? -1;
}
