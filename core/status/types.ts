import type { Dec } from '../numbers';
import type { Text } from '../i18n';

export type Quarter = 1 | 2 | 3 | 4;

/**
 * A yearly target: a count (400 forløb, cumulative over the year), a share in percent
 * (90 = 90 %, a level, never scaled) or a range (60-70) of either.
 */
export type QuarterTarget =
  | { kind: 'count'; value: Dec }
  | { kind: 'share'; value: Dec }
  | { kind: 'range'; low: Dec; high: Dec; measure: 'count' | 'share' };

/**
 * The cumulative share of the year's result expected by the end of Q1..Q4, in percent; the
 * last is 100. The run rate is [25, 50, 75, 100].
 */
export type SeasonalProfile = readonly [Dec, Dec, Dec, Dec];

/** Where a value stands against its target; a single-value target is the range [t, t]. */
export type Position = 'below' | 'within' | 'above';

export interface Standing {
  value: Dec;
  /** value ÷ target in percent, for count and share targets; null for a range. */
  attainment: Dec | null;
  /** For a range: value ÷ lower bound and value ÷ upper bound, in percent. */
  attainmentLow: Dec | null;
  attainmentHigh: Dec | null;
  position: Position;
}

export type ForecastMethod = 'run-rate' | 'seasonal' | 'not-scaled';

export interface QuarterStatus {
  quarter: Quarter;
  target: QuarterTarget;
  /** The result so far against the yearly target. */
  now: Standing;
  /** The year-end forecast against the yearly target. */
  forecast: Standing;
  method: ForecastMethod;
  /** The forecast reaches the target (within a range or above it: `forecast.position` says). */
  onTrack: boolean;
  message: Text;
}
