import { fail, ok, type Result } from '../i18n';
import type { Period } from './types';
import { daysInMonth, monthNumber, MONTH_NAMES_DA, MONTH_NAMES_EN } from './months';

export interface PeriodContext {
  /** The year a bare quarter ('3. kvt.', 'Q3') or month ('november') belongs to. */
  year?: number;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const QUARTER_PATTERNS: readonly RegExp[] = [
  // 3. kvartal 2009, 3. kvt. 2009, 3 kvt 2009, 3. kv. 2009
  /^([1-4])\.?\s*(?:kvartal|kvt\.?|kv\.?)\s*(\d{4})?$/,
  // Q3 2009, Q3-2009, Q3/2009, 3rd quarter 2009, quarter 3 2009
  /^q([1-4])(?:\s*[-/ ]\s*(\d{4}))?$/,
  /^([1-4])(?:st|nd|rd|th)?\s+quarter(?:\s+(\d{4}))?$/,
];
const YEAR_FIRST_QUARTER =
  /^(\d{4})\s*[-/ ]?\s*(?:q([1-4])|([1-4])\.?\s*(?:kvartal|kvt\.?|kv\.?))$/;
const DAY_FIRST_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const MONTH_YEAR = /^([a-zæøå]+\.?)\s*(\d{4})?$/;
const YEAR_MONTH = /^(\d{4})\s+([a-zæøå]+\.?)$/;

function unreadable(text: string): Result<Period> {
  return fail(
    'PERIOD_UNREADABLE',
    `"${text}" kan ikke læses som et år, en måned, et kvartal eller en dato.`,
    `"${text}" cannot be read as a year, month, quarter or date.`,
  );
}

function needsYear(text: string): Result<Period> {
  return fail(
    'PERIOD_NEEDS_YEAR',
    `"${text}" angiver ikke et år, og der er intet år i sammenhængen.`,
    `"${text}" gives no year, and there is no year in the context.`,
  );
}

function validYear(y: number): boolean {
  return Number.isSafeInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

function date(text: string, year: number, month: number, day: number): Result<Period> {
  if (!validYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return unreadable(text);
  }
  return ok({ kind: 'date', year, month, day });
}

function withYear(
  text: string,
  yearText: string | undefined,
  ctx: PeriodContext,
  make: (year: number) => Period,
): Result<Period> {
  const year = yearText !== undefined ? Number(yearText) : ctx.year;
  if (year === undefined) return needsYear(text);
  return validYear(year) ? ok(make(year)) : unreadable(text);
}

function quarter(n: string): 1 | 2 | 3 | 4 {
  return Number(n) as 1 | 2 | 3 | 4;
}

function parseText(raw: string, ctx: PeriodContext): Result<Period> {
  // A footnote mark after a header ('2012*') is not part of the period.
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*\*+$/, '');
  if (/^\d{4}$/.test(text)) return withYear(raw, text, ctx, (year) => ({ kind: 'year', year }));
  for (const re of QUARTER_PATTERNS) {
    const m = re.exec(text);
    if (m)
      return withYear(raw, m[2], ctx, (year) => ({
        kind: 'quarter',
        year,
        quarter: quarter(m[1]),
      }));
  }
  let m = YEAR_FIRST_QUARTER.exec(text);
  if (m) {
    const q = quarter(m[2] ?? m[3]);
    return withYear(raw, m[1], ctx, (year) => ({ kind: 'quarter', year, quarter: q }));
  }
  m = DAY_FIRST_DATE.exec(text);
  if (m) return date(raw, Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_DATE.exec(text);
  if (m) return date(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  m = ISO_MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return unreadable(raw);
    return withYear(raw, m[1], ctx, (year) => ({ kind: 'month', year, month }));
  }
  m = MONTH_YEAR.exec(text) ?? YEAR_MONTH.exec(text);
  if (m) {
    const [word, yearText] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
    const month = monthNumber(word);
    if (month !== undefined) {
      return withYear(raw, yearText, ctx, (year) => ({ kind: 'month', year, month }));
    }
  }
  return unreadable(raw);
}

/**
 * Reads a period as written in a barometer header: a year (2012, '2012'), a month
 * ('Februar 2011', 'nov. 2012', 'feb 2011', 'November 2012', '2012-11'), a quarter
 * ('3. kvartal 2009', '3. kvt. 2009', '2009 Q3', 'Q3 2009', or '3. kvt.' with the year from
 * `ctx`) or a date ('15-03-2011', '15.03.2011', '2011-03-15', a JS Date read in UTC, as
 * spreadsheet readers deliver dates).
 */
export function parsePeriod(
  input: string | number | Date,
  ctx: PeriodContext = {},
): Result<Period> {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return unreadable('Invalid Date');
    return date(
      String(input.getUTCFullYear()),
      input.getUTCFullYear(),
      input.getUTCMonth() + 1,
      input.getUTCDate(),
    );
  }
  if (typeof input === 'number') {
    if (validYear(input)) return ok({ kind: 'year', year: input });
    // Echo a number only when it is a plain one: never 'NaN', 'Infinity' or '-0' in a message.
    return unreadable(Number.isFinite(input) && !Object.is(input, -0) ? String(input) : '?');
  }
  return parseText(input, ctx);
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A stable key to match the same period across rows: '2012', '2009-Q3', '2011-02', '2011-03-15'. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'month':
      return `${p.year}-${two(p.month)}`;
    case 'date':
      return `${p.year}-${two(p.month)}-${two(p.day)}`;
  }
}

/** The period as people write it: 'februar 2011' / 'February 2011', '3. kvartal 2009' / 'Q3 2009'. */
export function periodLabel(p: Period): { da: string; en: string } {
  switch (p.kind) {
    case 'year':
      return { da: String(p.year), en: String(p.year) };
    case 'quarter':
      return { da: `${p.quarter}. kvartal ${p.year}`, en: `Q${p.quarter} ${p.year}` };
    case 'month':
      return {
        da: `${MONTH_NAMES_DA[p.month - 1]} ${p.year}`,
        en: `${MONTH_NAMES_EN[p.month - 1]} ${p.year}`,
      };
    case 'date':
      return {
        da: `${two(p.day)}-${two(p.month)}-${p.year}`,
        en: `${p.year}-${two(p.month)}-${two(p.day)}`,
      };
  }
}
