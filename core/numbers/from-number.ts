import { Dec } from './decimal';
import { bracketCurrencies, MAX_FORMAT_CODE, withoutPairs } from './format-code';
import type { Amount, ParseContext, Unit } from './types';
import { unitFromText } from './units';

/**
 * Excel keeps 15 significant digits, so a double is read at 15 digits: 0.30000000000000004
 * becomes exactly 0.3, the number the user typed.
 */
export function decFromExcelNumber(n: number): Dec {
  if (n === 0) return new Dec(0);
  // Fast path for whole øre (most amounts): when n is the double nearest to ore/100, a decimal
  // of at most 15 digits, its 15-digit reading is exactly ore/100 (such decimals survive the
  // round trip through a double), so the slow toPrecision is not needed.
  const ore = Math.round(n * 100);
  if (Math.abs(ore) < 1e15 && ore / 100 === n) return new Dec(`${ore}e-2`);
  return new Dec(n.toPrecision(15));
}

/** Format sections are split by ';' outside quotes; we only need the first (positive) one. */
function firstSection(numFmt: string): string {
  return (
    withoutPairs(numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, ''), '[', ']').split(';')[0] ?? ''
  );
}

function readDateFormat(numFmt: string): boolean {
  return /[dmyhs]/i.test(firstSection(numFmt).replace(/general/gi, ''));
}

/**
 * 'dd-mm-yyyy', 'h:mm', '[$-406]d. mmmm yyyy': the number is a date or time serial, not an
 * amount. Asked for every number cell, so it is answered from the format's cached reading.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && readFormat(numFmt).date;
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  return readable(numFmt) && firstSection(numFmt).includes('%');
}

/** A format code to read: longer ones (no spreadsheet writes them) read as General. */
function readable(numFmt: string | undefined): numFmt is string {
  return numFmt !== undefined && numFmt.length <= MAX_FORMAT_CODE;
}

/**
 * The unit an Excel number format writes after the number: '#,##0 "kr."', '[$kr.-406] #,##0',
 * '0.0 "mio. kr."', '0.0%'. Null when it writes none.
 */
export function unitFromFormat(numFmt: string | undefined): Unit | null {
  if (!readable(numFmt)) return null;
  if (isPercentFormat(numFmt)) return 'percent';
  const section = numFmt.split(';')[0] ?? '';
  const literals = [
    ...[...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]!),
    ...bracketCurrencies(section),
  ];
  return literals.length > 0 ? unitFromText(literals.join(' ')) : null;
}

/** Digits an Excel number format shows after the point: '0.0%' → 1, '#,##0' → 0. */
export function formatDecimals(numFmt: string): number | undefined {
  if (!readable(numFmt)) return undefined;
  const section = firstSection(numFmt);
  if (/^\s*general\s*$/i.test(section) || section.trim() === '') return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1]!.length : 0;
}

/** Decimal places of an exact value (0 for integers). */
export function decimalPlaces(d: Dec): number {
  return Math.max(0, d.decimalPlaces());
}

/** What a number format says about the numbers shown in it. */
export interface FormatReading {
  date: boolean;
  percent: boolean;
  decimals: number | undefined;
  unit: Unit | null;
}

const NO_FORMAT: FormatReading = { date: false, percent: false, decimals: undefined, unit: null };

/**
 * A sheet has a handful of formats but 100.000s of cells: each format is read once. Bounded,
 * so a workbook with very many formats cannot grow it without end.
 */
const readings = new Map<string, FormatReading>();
const MAX_READINGS = 1_000;

export function readFormat(numFmt: string | undefined): FormatReading {
  if (!readable(numFmt)) return NO_FORMAT;
  let reading = readings.get(numFmt);
  if (reading === undefined) {
    reading = {
      date: readDateFormat(numFmt),
      percent: isPercentFormat(numFmt),
      decimals: formatDecimals(numFmt),
      unit: unitFromFormat(numFmt),
    };
    if (readings.size >= MAX_READINGS) readings.clear();
    readings.set(numFmt, reading);
  }
  return reading;
}

/** A real number from a cell: exact at Excel's 15 digits, percent by the number format. */
export function amountFromNumber(n: number, context: ParseContext = {}): Amount {
  let value = decFromExcelNumber(n);
  const format = readFormat(context.numFmt);
  if (format.percent) value = value.times(100);
  const fromFormat = format.decimals;
  return {
    value,
    unit: format.unit ?? context.unit ?? null,
    qualifier: null,
    range: null,
    footnote: null,
    decimals: fromFormat ?? decimalPlaces(value),
    source: 'number',
  };
}
