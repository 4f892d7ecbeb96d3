import { Dec } from '../numbers';
import type { Observation, TimeOptions, YearsToTarget } from './types';
import { periodKey } from './period';
import { leastSquares, perYear, toPoints } from './rate';
import { yearsToTarget } from './target';
import { noNegZero } from './clean';

/**
 * The gap a − b in points at every period both groups have (matched by period, so a year
 * with one group missing is left out). Published precision: the coarser of the two.
 */
export function gapSeries(a: readonly Observation[], b: readonly Observation[]): Observation[] {
  const byKey = new Map(b.map((o) => [periodKey(o.period), o] as const));
  const out: Observation[] = [];
  for (const oa of a) {
    const ob = byKey.get(periodKey(oa.period));
    if (!ob) continue;
    const ds = [oa.decimals, ob.decimals].filter((d): d is number => d !== undefined);
    const gap: Observation = { period: oa.period, value: noNegZero(oa.value.minus(ob.value)) };
    if (ds.length > 0) gap.decimals = Math.min(...ds);
    out.push(gap);
  }
  return out;
}

export interface GapClosing {
  /** The gap series a − b. */
  gaps: Observation[];
  /** The latest gap a − b; null without a common period. */
  gap: Dec | null;
  /** How fast a − b changes, points per year (least squares); null with fewer than two times. */
  rate: Dec | null;
  /**
   * How fast the gap closes, points per year: positive = closing, negative = widening.
   * −rate when a is above b, +rate when below; −|rate| when there is no gap (any move opens one).
   */
  closingRate: Dec | null;
  /** Years to parity (a gap of 0) at the current pace, or null with a reason. */
  parity: YearsToTarget;
}

/** The gap between two groups, the yearly rate at which it closes, and the years to parity. */
export function gapClosing(
  a: readonly Observation[],
  b: readonly Observation[],
  options: TimeOptions = {},
): GapClosing {
  const gaps = gapSeries(a, b);
  const points = toPoints(gaps, options);
  const gap = points.length > 0 ? points[points.length - 1].y : null;
  const slope = leastSquares(points);
  const rate = slope ? perYear(slope) : null;
  let closingRate: Dec | null = null;
  if (rate && gap) {
    if (gap.isZero()) closingRate = noNegZero(rate.abs().negated());
    else closingRate = noNegZero(gap.isPositive() ? rate.negated() : rate);
  }
  return { gaps, gap, rate, closingRate, parity: yearsToTarget(gaps, new Dec(0), options) };
}
