import { Dec } from '../numbers';
import { fail, ok, type Result, type Text } from '../i18n';
import type { Direction, Observation, Published, TimeOptions } from './types';
import { toPoints, TOO_FEW_POINTS } from './rate';
import { noNegZero } from './clean';

/** Fremgang / Tilbagegang / Uændret, judged by the indicator's direction. */
export type ChangeStatus = 'progress' | 'decline' | 'unchanged';

export const STATUS_LABELS: Record<ChangeStatus, Text> = {
  progress: { da: 'Fremgang', en: 'Progress' },
  decline: { da: 'Tilbagegang', en: 'Decline' },
  unchanged: { da: 'Uændret', en: 'Unchanged' },
};

export interface StatusOptions {
  /** A change of at most this many points (after rounding) counts as unchanged. Default 0. */
  tolerance?: Dec;
}

export interface StatusResult {
  status: ChangeStatus;
  /** The change in points between the values as compared (rounded to `decimals`). */
  change: Dec;
  /** The precision compared at: the coarser of the two published precisions, or null = exact. */
  decimals: number | null;
  label: Text;
}

function comparePrecision(a: Published, b: Published): number | null {
  const ds = [a.decimals, b.decimals].filter((d): d is number => d !== undefined);
  return ds.length === 0 ? null : Math.max(0, Math.min(...ds.map((d) => Math.floor(d))));
}

function atPrecision(v: Dec, decimals: number | null): Dec {
  return decimals === null ? v : v.toDecimalPlaces(decimals);
}

/**
 * The status of a change from one published value to another, as the integration barometer
 * reads it: both values rounded half-up to the precision they were published with (the
 * coarser of the two), then a change within the tolerance is Uændret, otherwise the direction
 * decides between Fremgang and Tilbagegang.
 */
export function statusOfChange(
  from: Published,
  to: Published,
  direction: Direction,
  options: StatusOptions = {},
): StatusResult {
  const decimals = comparePrecision(from, to);
  const change = noNegZero(
    atPrecision(to.value, decimals).minus(atPrecision(from.value, decimals)),
  );
  const tolerance = (options.tolerance ?? new Dec(0)).abs();
  let status: ChangeStatus;
  if (change.abs().lte(tolerance)) status = 'unchanged';
  else status = change.isPositive() === (direction === 'up') ? 'progress' : 'decline';
  return { status, change, decimals, label: STATUS_LABELS[status] };
}

/** The status over a series: its earliest against its latest observation. */
export function statusOfSeries(
  observations: readonly Observation[],
  direction: Direction,
  options: StatusOptions & TimeOptions = {},
): Result<StatusResult> {
  const points = toPoints(observations, options);
  if (points.length < 2 || points[0].t.eq(points[points.length - 1].t)) {
    return fail('TOO_FEW_POINTS', TOO_FEW_POINTS.da, TOO_FEW_POINTS.en);
  }
  return ok(statusOfChange(points[0].obs, points[points.length - 1].obs, direction, options));
}
