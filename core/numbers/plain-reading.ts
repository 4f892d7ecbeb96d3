import { numberInto, textInto, type Fixed, type FixedCount } from './fixed';
import { readFormat } from './from-number';
import type { Unit } from './types';

/** A cell read by the integer fast path: the value, and the unit its number format names. */
export interface PlainReading {
  fixed: Fixed;
  /** The unit of a number's format ('#,##0 "kr."'); null for text and unit-less formats. */
  formatUnit: Unit | null;
  source: 'number' | 'text';
}

/**
 * A cell's value when it is a plain number (not shown as a date or a percentage) or plain
 * Danish text: what `parseAmount` reads from it in any column, without a decimal. Undefined
 * for everything else, which `parseAmount` reads.
 */
export function readPlain(input: unknown, numFmt: string | undefined): PlainReading | undefined {
  const fixed: FixedCount = { units: 0, scale: 0 };
  if (!readPlainInto(input, numFmt, fixed)) return undefined;
  return typeof input === 'number'
    ? { fixed, formatUnit: readFormat(numFmt).unit, source: 'number' }
    : { fixed, formatUnit: null, source: 'text' };
}

/**
 * `readPlain`'s count written into `into` (true), with no object made; false where `readPlain`
 * is undefined. Its source is the input's type (a number, else text).
 */
export function readPlainInto(
  input: unknown,
  numFmt: string | undefined,
  into: FixedCount,
): boolean {
  if (typeof input === 'number') {
    const format = readFormat(numFmt);
    return !format.date && !format.percent && numberInto(input, into);
  }
  return typeof input === 'string' && textInto(input, into);
}
