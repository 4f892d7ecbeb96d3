import { Dec } from '../numbers';
import type { Text } from '../i18n';
import type { Direction, NoYearsReason, Observation, TimeOptions, YearsToTarget } from './types';
import { leastSquares, perYear, toPoints, TOO_FEW_POINTS } from './rate';
import { noNegZero } from './clean';
import { TICKS_PER_YEAR } from './time';
import { say } from './format';

export const NO_YEARS_MESSAGES: Record<NoYearsReason, Text> = {
  NO_CHANGE: {
    da: 'Indikatoren står stille, så målet nås ikke i det nuværende tempo.',
    en: 'The indicator is not moving, so the target is not reached at the current pace.',
  },
  MOVING_AWAY: {
    da: 'Indikatoren bevæger sig væk fra målet, så målet nås ikke i det nuværende tempo.',
    en: 'The indicator is moving away from the target, so it is not reached at the current pace.',
  },
  TARGET_REACHED: { da: 'Målet er allerede nået.', en: 'The target has already been reached.' },
  TOO_FEW_POINTS,
};

function none(reason: NoYearsReason, rate: Dec | null, distance: Dec | null): YearsToTarget {
  return { years: null, year: null, rate, distance, reason, message: NO_YEARS_MESSAGES[reason] };
}

function reached(latest: Dec, target: Dec, direction: Direction | undefined): boolean {
  if (direction === 'up') return latest.gte(target);
  if (direction === 'down') return latest.lte(target);
  return latest.eq(target);
}

export interface TargetOptions extends TimeOptions {
  /** With a direction, a value beyond the target on the good side counts as reached. */
  direction?: Direction;
}

/**
 * Years until `target` at the current pace (least-squares rate over all observations),
 * counted from the latest observation's anchor (midpoint by default): (target − latest) / rate.
 * The calendar year is the one by whose end the target is reached: ceil(moment) − 1 on a
 * time axis where a year runs from Y,0 to Y+1,0. 93,1 in 2012 (moment 2012,5) at 0,2 a year
 * reaches 100 after 34,5 years, at 2047,0 = the end of 2046, so 2046.
 * No number when the pace is zero, away from the target, the target is reached, or the
 * observations cannot give a pace: `years: null` and a reason.
 */
export function yearsToTarget(
  observations: readonly Observation[],
  target: Dec,
  options: TargetOptions = {},
): YearsToTarget {
  const points = toPoints(observations, options);
  if (points.length === 0) return none('TOO_FEW_POINTS', null, null);
  const latest = points[points.length - 1];
  const distance = noNegZero(target.minus(latest.y));
  if (reached(latest.y, target, options.direction)) return none('TARGET_REACHED', null, distance);
  const slope = leastSquares(points);
  if (!slope) return none('TOO_FEW_POINTS', null, distance);
  const rate = perYear(slope);
  if (slope.num.isZero()) return none('NO_CHANGE', rate, distance);
  if (slope.num.isPositive() !== distance.isPositive()) return none('MOVING_AWAY', rate, distance);
  // One division each, from the exact fraction: years = distance·den / (ticks a year · num).
  const years = distance.times(slope.den).div(slope.num.times(TICKS_PER_YEAR));
  const moment = latest.t
    .times(slope.num)
    .plus(distance.times(slope.den))
    .div(slope.num.times(TICKS_PER_YEAR));
  const year = moment.ceil().minus(1).toNumber();
  const y = say(years, 1);
  return {
    years,
    year,
    rate,
    distance,
    reason: null,
    message: {
      da: `${y.da} år i det nuværende tempo (nås i ${year}).`,
      en: `${y.en} years at the current pace (reached in ${year}).`,
    },
  };
}
