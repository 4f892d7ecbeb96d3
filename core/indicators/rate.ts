import { Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import type { Observation, TimeOptions } from './types';
import { periodTicks, TICKS_PER_YEAR } from './time';
import { noNegZero } from './clean';

/** A point on the time axis: t in ticks (see periodTicks), y in the indicator's unit. */
export interface Point {
  t: Dec;
  y: Dec;
  obs: Observation;
}

/** The least-squares slope per tick as an exact fraction num/den (den > 0). */
export interface Slope {
  num: Dec;
  den: Dec;
}

/** Observations on the time axis, earliest first (stable for equal times). */
export function toPoints(observations: readonly Observation[], options: TimeOptions = {}): Point[] {
  return observations
    .map((obs) => ({ t: periodTicks(obs.period, options.anchor), y: obs.value, obs }))
    .sort((a, b) => a.t.comparedTo(b.t));
}

/**
 * slope = (nΣty − ΣtΣy) / (nΣt² − (Σt)²): sums and products of exact decimals are exact, so
 * the only rounding is the one division a caller makes at the end. Times are shifted to the
 * first point so the products stay small. Undefined unless two points differ in time.
 */
export function leastSquares(points: readonly Point[]): Slope | undefined {
  if (points.length < 2) return undefined;
  const t0 = points[0].t;
  let st = new Dec(0);
  let sy = new Dec(0);
  let stt = new Dec(0);
  let sty = new Dec(0);
  for (const p of points) {
    const t = p.t.minus(t0);
    st = st.plus(t);
    sy = sy.plus(p.y);
    stt = stt.plus(t.times(t));
    sty = sty.plus(t.times(p.y));
  }
  const n = points.length;
  const den = stt.times(n).minus(st.times(st));
  if (den.isZero()) return undefined;
  return { num: sty.times(n).minus(st.times(sy)), den };
}

export const TOO_FEW_POINTS = {
  da: 'Der skal mindst to målinger på forskellige tidspunkter til for at beregne en udvikling.',
  en: 'At least two observations at different times are needed to compute a trend.',
};

/** Slope per tick → per year, one division. */
export function perYear(s: Slope): Dec {
  return noNegZero(s.num.times(TICKS_PER_YEAR).div(s.den));
}

/**
 * The yearly rate of change (points per year for percentages), least squares over all
 * observations, time between period midpoints unless `anchor` says otherwise. Two points give
 * the plain slope: 92,7 (2010) → 93,1 (2012) is 0,2 points a year.
 */
export function ratePerYear(
  observations: readonly Observation[],
  options: TimeOptions = {},
): Result<Dec> {
  const slope = leastSquares(toPoints(observations, options));
  if (!slope) return fail('TOO_FEW_POINTS', TOO_FEW_POINTS.da, TOO_FEW_POINTS.en);
  return ok(perYear(slope));
}
