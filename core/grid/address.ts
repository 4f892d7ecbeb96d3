/** A1 addresses for 1-based rows and columns, as Excel writes them. */

export function columnName(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(ref: string): CellRef | undefined {
  const m = CELL.exec(ref.trim());
  if (!m) return undefined;
  const row = Number(m[2]);
  const col = columnNumber(m[1]!);
  if (row < 1 || row > 1_048_576 || col < 1 || col > 16_384) return undefined;
  return { row, col };
}

export function parseRange(ref: string): RangeRef | undefined {
  const parts = ref.trim().split(':');
  if (parts.length > 2) return undefined;
  const a = parseA1(parts[0]!);
  const b = parseA1(parts[1] ?? parts[0]!);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function formatRange(r: RangeRef): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** 'Ark!B11', quoting sheet names with spaces or punctuation as Excel does. */
export function sheetCell(sheet: string, cell: string): string {
  const quoted = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${cell}`;
}
