import type { CellValue } from '../../grid';
import { escapeText } from './xml';

const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Excel's longest cell text; a longer one makes Excel repair the file. */
export const MAX_TEXT = 32_767;

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** A date as Excel's serial number in the workbook's date system. */
export function dateSerial(d: Date, date1904: boolean): number {
  return (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY;
}

/** Text as an inline string's `<t>` (spaces kept). */
export function textElement(p: string, text: string): string {
  const t = escapeText(text.slice(0, MAX_TEXT));
  const keep = /^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : '';
  return `<${p}t${keep}>${t}</${p}t>`;
}

/**
 * A `<c>` element for a value: numbers as numbers, text as an inline string (the shared-strings
 * part stays untouched), booleans, errors; an empty value keeps only the style.
 */
export function cellXml(
  p: string,
  ref: string,
  style: number | undefined,
  value: CellValue,
  date1904: boolean,
): string {
  const s = style ? ` s="${style}"` : '';
  const open = `<${p}c r="${ref}"${s}`;
  const v = (x: string) => `<${p}v>${x}</${p}v>`;
  if (value === null || value === '') return `${open}/>`;
  if (value instanceof Date) {
    const serial = dateSerial(value, date1904);
    return Number.isFinite(serial) ? `${open}>${v(String(serial))}</${p}c>` : `${open}/>`;
  }
  switch (typeof value) {
    case 'number':
      // Never NaN or Infinity in a sheet: Excel would refuse the file.
      return Number.isFinite(value)
        ? `${open}>${v(String(value === 0 ? 0 : value))}</${p}c>`
        : `${open}/>`;
    case 'boolean':
      return `${open} t="b">${v(value ? '1' : '0')}</${p}c>`;
    case 'string':
      return `${open} t="inlineStr"><${p}is>${textElement(p, value)}</${p}is></${p}c>`;
    default:
      // Only errors Excel knows may be typed as errors; any other text stays text.
      return ERRORS.has(value.error)
        ? `${open} t="e">${v(escapeText(value.error))}</${p}c>`
        : `${open} t="inlineStr"><${p}is>${textElement(p, value.error)}</${p}is></${p}c>`;
  }
}
