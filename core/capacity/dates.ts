import { fail, ok, type Result } from '../i18n';

/** A calendar date without a time of day or time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateLike = CalendarDate | Date | string;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Days since 1970-01-01 (proleptic Gregorian): exact, for comparing and counting. */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Danish: 1-3-2009, 1.3.2009, 1/3/2009, 01.03.2009 (day first). */
const DANISH = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
/** '1. marts 2009', 'marts 2009' (the 1st). */
const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
const WORDS = /^(?:(\d{1,2})\.?\s+)?([a-zæøå]+)\.?\s+(\d{4})$/;

function valid(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function fromText(text: string): CalendarDate | null {
  const t = text.trim().toLowerCase();
  let m = ISO.exec(t);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = DANISH.exec(t);
  if (m) return valid(+m[3], +m[2], +m[1]);
  m = WORDS.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2]) && m![2].length >= 3) + 1;
    return month > 0 ? valid(+m[3], month, m[1] ? +m[1] : 1) : null;
  }
  return null;
}

/** Reads a date from a cell value; a JS Date is read by its UTC calendar day (as ExcelJS gives). */
export function readDate(x: DateLike, what: { da: string; en: string }): Result<CalendarDate> {
  let d: CalendarDate | null = null;
  if (x instanceof Date) {
    d = Number.isNaN(x.getTime())
      ? null
      : valid(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  } else if (typeof x === 'string') {
    d = fromText(x);
  } else if (typeof x === 'object' && x !== null) {
    d = valid(x.year, x.month, x.day);
  }
  if (d) return ok(d);
  return fail(
    'INVALID_DATE',
    `${what.da} er ikke en dato: '${String(x)}'.`,
    `${what.en} is not a date: '${String(x)}'.`,
  );
}

export function showDate(d: CalendarDate): string {
  return `${d.day}.${d.month}.${d.year}`;
}
