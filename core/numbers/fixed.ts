import { Dec } from './decimal';
import { grouped, scanGrouped } from './grouped-digits';

/**
 * An exact decimal held as a whole count of 10^-scale: 1.572.000,50 → { units: 157200050,
 * scale: 2 }. `units` is always a safe integer, so sums of such values in plain JS numbers are
 * exact while their magnitudes stay below 2^53 (callers check that bound). This is the integer
 * fast path under the budget checks; anything it cannot hold goes the `Dec` way.
 */
export interface Fixed {
  readonly units: number;
  readonly scale: number;
}

/** Below 10^15 a count has at most 15 digits: Excel's precision, and safely below 2^53. */
const MAX_UNITS = 1e15;
/** Scales a double is tried at; values with more decimals take the Dec path. */
const MAX_NUMBER_SCALE = 6;
export const POW10 = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

function fixed(units: number, scale: number): Fixed {
  // Never a negative zero: -0 would print as '-0' once it becomes a Dec.
  return { units: units === 0 ? 0 : units, scale };
}

/**
 * A real number from a cell as `decFromExcelNumber` reads it (Excel's 15 digits), when that
 * reading is a count of at most 15 digits at a scale up to 6. When m / 10^s is the double n,
 * the decimal m·10^-s has at most 15 significant digits and so is n's 15-digit reading exactly.
 */
export function fixedFromNumber(n: number): Fixed | undefined {
  const units = numberScan(n);
  return units === units ? fixed(units, scanned) : undefined;
}

/** `fixedFromNumber`'s count (its scale left in `scanned`), or NaN: no object made. */
function numberScan(n: number): number {
  if (Number.isInteger(n)) {
    scanned = 0;
    return Math.abs(n) < MAX_UNITS ? n : Number.NaN;
  }
  if (!Number.isFinite(n)) return Number.NaN;
  for (let s = 1; s <= MAX_NUMBER_SCALE; s++) {
    const p = POW10[s]!;
    const m = Math.round(n * p);
    if (Math.abs(m) >= MAX_UNITS) return Number.NaN;
    if (m / p === n) {
      scanned = s;
      return m;
    }
  }
  return Number.NaN;
}

/** A `Fixed` to write into: one reused for a whole column instead of an object per cell. */
export interface FixedCount {
  units: number;
  scale: number;
}

/** `fixedFromNumber` written into `into`: true where it gives a value, no object made. */
export function numberInto(n: number, into: FixedCount): boolean {
  const units = numberScan(n);
  if (units !== units) return false;
  into.units = units === 0 ? 0 : units;
  into.scale = scanned;
  return true;
}

/** `fixedFromText` written into `into`: true where it gives a value, no object made. */
export function textInto(text: string, into: FixedCount): boolean {
  const units = scan(text);
  if (units !== units) return false;
  into.units = units === 0 ? 0 : units;
  into.scale = scanned;
  return true;
}

/** The scale `scan` read: kept here, not in an object, so a million cells allocate nothing. */
let scanned = 0;

/** A plain text's count at its own scale (left in `scanned`), or NaN when it is not plain. */
function scan(text: string): number {
  const units = scanGrouped(text);
  if (units !== units) return Number.NaN;
  const { negative, dots, intDigits, scale } = grouped;
  // '1.500' and '12,500' alone may be English thousands: the column decides, so parseAmount does.
  if (scale === 0 ? dots === 1 : dots === 0 && scale === 3) return Number.NaN;
  if (intDigits + scale > 15) return Number.NaN;
  scanned = scale;
  return negative && units !== 0 ? -units : units;
}

/**
 * The plain ways a number is pasted whose reading does not depend on the column: '1572000',
 * '1.572.000', '1.572.000,50', '12,5', '-48.250,5'. Everything else (units, spaces, footnotes,
 * '1.500' and '1,500', which the column's style decides) is undefined and read by `parseAmount`.
 * Where this gives a value, `parseAmount` gives the same in every context (a property test).
 */
export function fixedFromText(text: string): Fixed | undefined {
  const units = scan(text);
  return units === units ? { units, scale: scanned } : undefined;
}

/** Whether `fixedFromText` reads the text, with no object made (asked of every cell). */
export function isPlainText(text: string): boolean {
  const units = scan(text);
  return units === units;
}

/**
 * `fixedFromText` as a count at `scale`, for reading a column into counts: NaN when the text is
 * not plain or has more decimals than `scale` (then `fixedFromText` says how many).
 */
export function textUnits(text: string, scale: number): number {
  const units = scan(text);
  if (units !== units || scanned > scale) return Number.NaN;
  return scanned === scale ? units : units * POW10[scale - scanned]!;
}

/**
 * `fixedFromNumber` as a count at `scale`: NaN when n is not such a count of at most 15 digits
 * (then `fixedFromNumber` decides). The same proof: m / 10^scale is the double n.
 */
export function numberUnits(n: number, scale: number): number {
  const p = POW10[scale]!;
  const m = Math.round(n * p);
  return Math.abs(m) < MAX_UNITS && m / p === n ? m + 0 : Number.NaN;
}

/** The exact `Dec` of a fixed value. */
export function fixedToDec(f: Fixed): Dec {
  return f.scale === 0 ? new Dec(f.units) : new Dec(`${f.units}e-${f.scale}`);
}

/** A `Dec` as a fixed value at its own scale, when it fits. */
export function fixedFromDec(d: Dec): Fixed | undefined {
  if (!d.isFinite()) return undefined;
  const scale = Math.max(0, d.decimalPlaces());
  if (scale >= POW10.length) return undefined;
  const units = d.times(POW10[scale]!);
  return units.abs().lessThan(MAX_UNITS) ? fixed(units.toNumber(), scale) : undefined;
}
