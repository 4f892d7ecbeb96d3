import { Dec } from '../numbers';
import type { Anchor, Period } from './types';
import { daysInMonth } from './months';

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

/** Months from 1 January of year 0 to the period's start; a day is a fraction of its month. */
function startInMonths(p: Period): Dec {
  const yearStart = new Dec(p.year).times(12);
  switch (p.kind) {
    case 'year':
      return yearStart;
    case 'quarter':
      return yearStart.plus((p.quarter - 1) * 3);
    case 'month':
      return yearStart.plus(p.month - 1);
    case 'date':
      return yearStart.plus(p.month - 1).plus(new Dec(p.day - 1).div(daysInMonth(p.year, p.month)));
  }
}

/**
 * The time axis: months since 1 January of year 0, counted in whole months (a month is 1/12
 * year whatever its days), so years, quarters and months sit on it exactly: 2012 at its
 * midpoint is 24150 (1 July 2012), Q3 2009 is 24115.5, February 2011 is 24133.5. Only dates
 * fall between (15 March = 2 + 14/31 months into the year, rounded at the 40th digit).
 */
export function periodMonths(p: Period, anchor: Anchor = 'mid'): Dec {
  const start = startInMonths(p);
  const length = lengthInMonths(p);
  if (anchor === 'start') return start;
  return start.plus(anchor === 'end' ? length : length / 2);
}

/** Years from period a to period b (negative when b is earlier), between midpoints by default. */
export function yearsBetween(a: Period, b: Period, anchor: Anchor = 'mid'): Dec {
  const d = periodMonths(b, anchor).minus(periodMonths(a, anchor)).div(12);
  return d.isZero() ? new Dec(0) : d;
}
