import { fixedFromNumber, fixedFromText, type Fixed } from './fixed';
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
  if (typeof input === 'number') {
    const format = readFormat(numFmt);
    if (format.date || format.percent) return undefined;
    const fixed = fixedFromNumber(input);
    return fixed && { fixed, formatUnit: format.unit, source: 'number' };
  }
  if (typeof input !== 'string') return undefined;
  const fixed = fixedFromText(input);
  return fixed && { fixed, formatUnit: null, source: 'text' };
}
