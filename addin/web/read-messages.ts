import { wideColumns, type Cell, type NamedRange, type Sheet } from '../../core/grid';
import type { Lang } from '../../core/i18n';

/** What the page asks its reading worker: the opened file's bytes (a copy; the page keeps its own). */
export interface ReadRequest {
  bytes: Uint8Array;
  name: string;
}

/**
 * What the worker posts, in order: each sheet without its rows, the rows in batches (each
 * message is unpacked in its own task, so the page draws frames between them, even for a
 * million rows), then the workbook's names; or the reader's message (null when it failed
 * unexpectedly).
 */
export type ReadPost =
  | { kind: 'sheet'; sheet: Sheet }
  | { kind: 'rows'; rows: PostedRow[] }
  | { kind: 'done'; name: string; names: NamedRange[] }
  | { kind: 'failed'; message: Record<Lang, string> | null };

/** Rows per message: small enough to unpack within a frame. */
export const ROWS_PER_POST = 2000;

/** The message when reading stopped without an answer (the worker crashed, e.g. out of memory). */
export function readingStopped(name: string): Record<Lang, string> {
  return {
    da: `${name} kan ikke læses her: læsningen stoppede uventet. Prøv med Ramme i Excel eller på kommandolinjen.`,
    en: `${name} cannot be read here: reading stopped unexpectedly. Try Ramme in Excel or on the command line.`,
  };
}

type Row = NonNullable<Sheet['rows'][number]>;

/**
 * A row as posted: the row itself, or a wide one (past WIDE_ROW columns) as its cells and their
 * columns. Structured clone makes a sparse array dense: a row with cells in A and XFD would
 * arrive as 16.384 slots (128 KB), and 20.000 such rows as gigabytes.
 */
export type PostedRow = Row | { cols: number[]; cells: Cell[] } | undefined;

export function packRow(row: Row | undefined): PostedRow {
  if (!row) return undefined;
  const cols = wideColumns(row, 0, row.length - 1);
  return cols ? { cols, cells: cols.map((c) => row[c]!) } : row;
}

/** The row back from its posted form, its cells at their columns. */
export function unpackRow(posted: PostedRow): Row | undefined {
  if (!posted || Array.isArray(posted)) return posted;
  const row: Row = [];
  posted.cols.forEach((c, i) => (row[c] = posted.cells[i]));
  return row;
}
