import type { ParamKind, RawArg, RawValue } from '../../core/registry';

/** What Excel hands a custom function: a scalar, or a 2-D array for a range. */
export type ExcelArg = unknown;

/** Excel's day 0 in the 1900 date system; serials from 61 on skip the phantom 29 Feb 1900. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** An Excel serial date number as a UTC date (time of day dropped). */
export function dateFromSerial(serial: number): Date | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial) + (serial < 61 ? 1 : 0);
  return new Date(EPOCH + days * DAY);
}

function scalar(v: unknown): RawValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** Row by row, as Excel reads a range. */
function flatten(v: ExcelArg): RawValue[] {
  if (!Array.isArray(v)) return [scalar(v)];
  return v.flatMap((row: unknown) => (Array.isArray(row) ? row.map(scalar) : [scalar(row)]));
}

/** A period cell: a year typed as a number stays a year; other numbers are serial dates. */
function period(v: RawValue): RawValue {
  if (typeof v !== 'number') return v;
  if (Number.isInteger(v) && v >= 1000 && v <= 9999) return String(v);
  return dateFromSerial(v) ?? String(v);
}

/** A number in a date argument is an Excel serial date. */
function serialDate(x: RawValue): RawValue {
  return typeof x === 'number' ? (dateFromSerial(x) ?? String(x)) : x;
}

/** Turns an Excel argument into the registry's raw input for a parameter of this kind. */
export function rawFromExcel(kind: ParamKind, v: ExcelArg): RawArg {
  const values = flatten(v);
  switch (kind) {
    case 'amounts':
    case 'texts':
    case 'shares':
      return values;
    case 'dates':
      return values.map(serialDate);
    case 'periods':
      return values.map(period);
    case 'date':
      return values.map(serialDate);
    default:
      return values.length === 1 ? values[0]! : values;
  }
}
