import { Dec, type DecimalLike, dec } from './decimal';

const EXACT_PLACES = 10;
const MIN_SIGNIFICANT = 6;

/**
 * The JSON decimal-string contract: '.' separator, no grouping, no exponent, never '-0'.
 * Exact up to 10 decimal places; beyond that rounded half-up to 10 places, or to more when
 * needed to keep 6 significant digits (1.23456789e-12 → '0.00000000000123457').
 */
export function toPlain(value: DecimalLike): string {
  const v = dec(value);
  if (!v.isFinite()) throw new RangeError(`toPlain: not a finite decimal (${v.toString()})`);
  if (v.isZero()) return '0';
  if (v.decimalPlaces() <= EXACT_PLACES) return v.toFixed();
  // v.e is the exponent of the leading digit: 0.00123 has e = -3.
  const places = Math.max(EXACT_PLACES, MIN_SIGNIFICANT - 1 - v.e);
  const rounded = v.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

const PLAIN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Reads a plain decimal string ('-1572000.5'); undefined for anything else ('1e3', '1.572'). */
export function fromPlain(text: string): Dec | undefined {
  if (typeof text !== 'string' || !PLAIN.test(text)) return undefined;
  const v = new Dec(text);
  return v.isZero() ? new Dec(0) : v;
}
