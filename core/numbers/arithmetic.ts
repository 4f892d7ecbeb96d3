import { Dec, type DecimalLike, dec } from './decimal';

function noNegativeZero(d: Dec): Dec {
  return d.isZero() ? new Dec(0) : d;
}

/** Exact sum (40 significant digits hold any sum of amounts these workbooks keep). */
export function sum(values: readonly DecimalLike[]): Dec {
  let total = new Dec(0);
  for (const v of values) total = total.plus(dec(v));
  return noNegativeZero(total);
}

/** Half-up (away from zero) to a number of decimal places: 2,345 → 2,35; -2,345 → -2,35. */
export function roundHalfUp(value: DecimalLike, decimals: number): Dec {
  return noNegativeZero(dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP));
}

/** Half-up to a multiple of step: person-years to ¼ (step 0.25), kroner to 1.000 (step 1000). */
export function roundToStep(value: DecimalLike, step: DecimalLike): Dec {
  const s = dec(step);
  if (!s.isFinite() || s.lessThanOrEqualTo(0))
    throw new RangeError('roundToStep: step must be > 0');
  return noNegativeZero(dec(value).dividedBy(s).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(s));
}

/**
 * Whether a computed value equals a published one at the precision it was published with:
 * a total written '4,4' (decimals 1) agrees with lines summing to 4,35 or 4,44.
 */
export function agreesAt(computed: DecimalLike, published: DecimalLike, decimals: number): boolean {
  return roundHalfUp(computed, decimals).equals(dec(published));
}

/** part as a percentage of whole (84.8 for 84,8 %); undefined when whole is zero. */
export function percentOf(part: DecimalLike, whole: DecimalLike): Dec | undefined {
  const w = dec(whole);
  if (w.isZero()) return undefined;
  return noNegativeZero(dec(part).times(100).dividedBy(w));
}
