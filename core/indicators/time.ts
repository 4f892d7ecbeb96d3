import { Dec } from '../numbers';
import type { Anchor, Period } from './types';
import { daysInMonth } from './months';

/**
 * Ticks per month: the least common multiple of 28, 29, 30 and 31 (377 580), so every day
 * boundary of every month and every half month is a whole number of ticks and the time axis
 * is exact integers for years, quarters, months and dates alike.
 */
export const TICKS_PER_MONTH = 377580;
export const TICKS_PER_YEAR = 12 * TICKS_PER_MONTH;

/** Length of a period in months; a date is an instant. */
function lengthInMonths(p: Period): number {
  switch (p.kind) {
    case 'year':
      return 12;
    case 'quarter':
      return 3;
    case 'month':
      return 1;
    case 'date':
      return 0;
  }
}

/** Ticks from 1 January of year 0 to the period's start; a day is 1/(days in month) of a month. */
function startTicks(p: Period): Dec {
  const month = (n: number) => new Dec(n).times(TICKS_PER_MONTH);
  const yearStart = month(p.year * 12);
  switch (p.kind) {
    case 'year':
      return yearStart;
    case 'quarter':
      return yearStart.plus(month((p.quarter - 1) * 3));
    case 'month':
      return yearStart.plus(month(p.month - 1));
    case 'date':
      return yearStart
        .plus(month(p.month - 1))
        .plus(((p.day - 1) * TICKS_PER_MONTH) / daysInMonth(p.year, p.month));
  }
}

/** The period's place on the exact time axis, in ticks (an integer). */
export function periodTicks(p: Period, anchor: Anchor = 'mid'): Dec {
  const start = startTicks(p);
  if (anchor === 'start') return start;
  const length = lengthInMonths(p) * TICKS_PER_MONTH;
  return start.plus(anchor === 'end' ? length : length / 2);
}

/**
 * The time axis in months since 1 January of year 0, counted in whole months (a month is 1/12
 * year whatever its days): 2012 at its midpoint is 24150 (1 July 2012), Q3 2009 is 24115.5,
 * February 2011 is 24133.5. A date is a fraction of its month: 15 March is 2 + 14/31 months
 * into the year (shown rounded at the 40th digit; computed on exact ticks).
 */
export function periodMonths(p: Period, anchor: Anchor = 'mid'): Dec {
  return periodTicks(p, anchor).div(TICKS_PER_MONTH);
}

/** Years from period a to period b (negative when b is earlier), between midpoints by default. */
export function yearsBetween(a: Period, b: Period, anchor: Anchor = 'mid'): Dec {
  const d = periodTicks(b, anchor).minus(periodTicks(a, anchor)).div(TICKS_PER_YEAR);
  return d.isZero() ? new Dec(0) : d;
}
