import type { CellValue } from '../grid';

/** A number as the format writes one: decimal digits, a point, an exponent. No hex, no words. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A `<v>` number, or undefined when it is no number a spreadsheet can hold: NaN, Infinity,
 * 1e309 and 400-digit numbers (past a double), 0x10. Such a value is never dropped or misread;
 * the reader keeps its text, so the check reports it as a value it cannot read.
 */
export function readNumber(text: string): number | undefined {
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
