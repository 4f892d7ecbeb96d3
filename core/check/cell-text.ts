import { cellAt, type Sheet } from '../grid';

/** A cell's content as trimmed text, for labels, ids and words such as 'Op'/'Ned'. */
export function cellText(sheet: Sheet, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const v = cellAt(sheet, row, col)?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'object' ? v.error : String(v).trim();
}
