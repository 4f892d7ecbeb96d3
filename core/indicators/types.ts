import type { Dec } from '../numbers';
import type { Text } from '../i18n';

/** Which way is better: 'up' = higher is better, 'down' = lower is better. */
export type Direction = 'up' | 'down';

/**
 * A period an indicator value belongs to. Months and quarters are 1-based. A date is one day,
 * treated as an instant (its start, midpoint and end coincide).
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'date'; year: number; month: number; day: number };

/** Where in a period time is measured from: default 'mid' (a year's midpoint is 1 July). */
export type Anchor = 'start' | 'mid' | 'end';

/** A value with the number of decimals it was published with (84,8 % → 1). */
export interface Published {
  value: Dec;
  /** Digits after the decimal separator as published; absent = compare exactly. */
  decimals?: number;
}

/** One data point of an indicator: percent values in percent (84.8 = 84,8 %). */
export interface Observation extends Published {
  period: Period;
}

export interface TimeOptions {
  /** Measure between period starts, midpoints (default) or ends. */
  anchor?: Anchor;
}

/** Why there is no number of years: never NaN, Infinity or a negative count. */
export type NoYearsReason = 'NO_CHANGE' | 'MOVING_AWAY' | 'TARGET_REACHED' | 'TOO_FEW_POINTS';

export type YearsToTarget =
  | {
      /** Years from the latest observation (at the anchor) until the target, exact decimal. */
      years: Dec;
      /** The calendar year by whose end the target is reached: ceil(moment) − 1. */
      year: number;
      /** The pace in units (points) per year, least squares over all observations. */
      rate: Dec;
      /** Target − latest value. */
      distance: Dec;
      reason: null;
      message: Text;
    }
  | {
      years: null;
      year: null;
      rate: Dec | null;
      distance: Dec | null;
      reason: NoYearsReason;
      message: Text;
    };
