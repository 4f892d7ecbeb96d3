import type { RowRun, RowStructureRole } from './types';

/**
 * Adds one row's role to a table's structure map: the last run grows when the row is the next
 * one with the same role, so a long table costs a few runs, not an object per row.
 */
export function addRowRole(runs: RowRun[], row: number, role: RowStructureRole): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.role === role && last.to + 1 === row) last.to = row;
  else runs.push({ from: row, to: row, role });
}

/** Each row of the runs with its role, in order: the per-row map of report version 2. */
export function expandRowRuns(
  runs: readonly RowRun[],
): Array<{ row: number; role: RowStructureRole }> {
  const rows: Array<{ row: number; role: RowStructureRole }> = [];
  for (const { from, to, role } of runs)
    for (let row = from; row <= to; row++) rows.push({ row, role });
  return rows;
}
