import type { CellValue } from '../grid';

/** A number as the format writes one: decimal digits, a point, an exponent. No hex, no words. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A plain decimal (`-123.45`: digits, at most one point, at most 15 decimals) read in place
 * without making a string, or undefined for anything else (the caller then asks `readNumber`).
 * The digits make an exact integer m and 10^s is exact, so m / 10^s is the double nearest the
 * text, exactly what Number(text) gives: a sheet's millions of numbers need no string each.
 */
export function plainNumber(src: string, from: number, to: number): number | undefined {
  let i = from;
  const negative = src.charCodeAt(i) === 0x2d;
  if (negative) i++;
  if (i >= to) return undefined;
  let m = 0;
  let point = -1;
  let digits = 0;
  for (; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c === 0x2e && point < 0) {
      point = i;
      continue;
    }
    const d = c - 0x30;
    if (d < 0 || d > 9) return undefined;
    m = m * 10 + d;
    digits++;
  }
  if (digits === 0 || m > SAFE) return undefined;
  const scale = point < 0 ? 0 : to - point - 1;
  if (scale >= POW10.length) return undefined;
  const n = scale === 0 ? m : m / POW10[scale]!;
  // -0 reads as 0, as readNumber gives it.
  return negative && n !== 0 ? -n : n;
}

/**
 * A `<v>` number, or undefined when it is no number a spreadsheet can hold: NaN, Infinity,
 * 1e309 and 400-digit numbers (past a double), 0x10. Such a value is never dropped or misread;
 * the reader keeps its text, so the check reports it as a value it cannot read.
 */
export function readNumber(text: string): number | undefined {
  const plain = plainNumber(text, 0, text.length);
  if (plain !== undefined) return plain;
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  if (!NUMBER.test(text) && !NUMBER.test(text.trim())) return undefined;
  return n === 0 ? 0 : n;
}

/** Excel's serial day number as a Date at UTC, as ExcelJS gave it (1900 or 1904 system). */
export function excelDate(serial: number, date1904: boolean): Date | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** An ISO 8601 date (a cell of type 'd'); one without a zone is read at UTC. */
export function isoDate(text: string): Date | undefined {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(t) || !t.includes('T') ? t : `${t}Z`;
  const d = new Date(zoned.includes('T') ? zoned : `${zoned}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** `<v>` of a number cell (or a formula's numeric result) under its style. */
export function numberValue(text: string, isDate: boolean, date1904: boolean): CellValue {
  const n = readNumber(text);
  if (n === undefined) return text;
  if (!isDate) return n;
  return excelDate(n, date1904) ?? text;
}

/** `<v>` of a boolean cell: '0' and 'false' are false, as Excel reads them. */
export function booleanValue(text: string): boolean {
  const t = text.trim();
  return !(t === '0' || t === 'false' || t === '');
}
