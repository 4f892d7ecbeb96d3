import { Dec } from '../numbers';
import type { Text } from '../i18n';
import type { Direction, Observation, TimeOptions } from './types';
import { leastSquares, perYear, toPoints, TOO_FEW_POINTS } from './rate';
import { periodTicks, TICKS_PER_YEAR } from './time';
import { noNegZero } from './clean';

import { PROGRESS_LABELS, type ProgressStatus } from './bands';

/** The linear method bands into the published method's five statuses. */
export type ProgressBand = ProgressStatus;

export type NoBandReason = 'TOO_FEW_POINTS' | 'TARGET_YEAR_NOT_AFTER_BASE';

export const BAND_LABELS: Record<ProgressBand, Text> = PROGRESS_LABELS;

const NO_BAND_MESSAGES: Record<NoBandReason, Text> = {
  TOO_FEW_POINTS,
  TARGET_YEAR_NOT_AFTER_BASE: {
    da: 'Målåret ligger ikke efter den første måling, så der er intet krævet tempo.',
    en: 'The target year is not after the first observation, so there is no required pace.',
  },
};

/** The thresholds of the ratio R (observed ÷ required pace): ≥ 0,95, ≥ 0,60, ≥ 0. */
export const BAND_THRESHOLDS = {
  onTrack: new Dec('0.95'),
  accelerationNeeded: new Dec('0.6'),
  limitedProgress: new Dec(0),
};

export interface ProgressOptions extends TimeOptions {
  target: Dec;
  /** The year the target is to be reached in, placed on the time axis like any year period. */
  targetYear: number;
  direction: Direction;
}

export type ProgressResult =
  | {
      method: 'linear-pace';
      band: ProgressBand;
      /** R = d·observed / |required|; null when achieved or when the required pace is 0. */
      ratio: Dec | null;
      /** Observed pace, points per year (least squares over all observations). */
      observed: Dec | null;
      /** Pace needed from the first observation to the target by the target year. */
      required: Dec | null;
      reason: null;
      label: Text;
    }
  | {
      method: 'linear-pace';
      band: null;
      ratio: null;
      observed: Dec | null;
      required: Dec | null;
      reason: NoBandReason;
      label: Text;
    };

function bandOf(ratio: Dec): ProgressBand {
  if (ratio.gte(BAND_THRESHOLDS.onTrack)) return 'substantial_progress';
  if (ratio.gte(BAND_THRESHOLDS.accelerationNeeded)) return 'moderate_progress';
  if (ratio.gte(BAND_THRESHOLDS.limitedProgress)) return 'limited_progress';
  return 'deterioration';
}

function banded(
  band: ProgressBand,
  ratio: Dec | null,
  observed: Dec | null,
  required: Dec | null,
): ProgressResult {
  return {
    method: 'linear-pace',
    band,
    ratio,
    observed,
    required,
    reason: null,
    label: BAND_LABELS[band],
  };
}

function noBand(reason: NoBandReason, observed: Dec | null, required: Dec | null): ProgressResult {
  return {
    method: 'linear-pace',
    band: null,
    ratio: null,
    observed,
    required,
    reason,
    label: NO_BAND_MESSAGES[reason],
  };
}

/**
 * Ramme's linear-pace variant, NOT the published method (that is `openSdgProgressOf`): the
 * Open SDG thresholds applied to a linear pace (points per year, least squares over all
 * observations) instead of compound growth from the base year: R = d·observed / |required|
 * where required = (target − first value) / (target year − first period) and d is +1 for
 * 'up', −1 for 'down'. Target achieved when the latest value has reached the target.
 */
export function linearPaceProgress(
  observations: readonly Observation[],
  options: ProgressOptions,
): ProgressResult {
  const points = toPoints(observations, options);
  if (points.length === 0) return noBand('TOO_FEW_POINTS', null, null);
  const first = points[0];
  const latest = points[points.length - 1];
  const { target, direction } = options;
  const achieved = direction === 'up' ? latest.y.gte(target) : latest.y.lte(target);
  const slope = leastSquares(points);
  const observed = slope ? perYear(slope) : null;
  const span = periodTicks({ kind: 'year', year: options.targetYear }, options.anchor).minus(
    first.t,
  );
  const required = span.gt(0)
    ? noNegZero(target.minus(first.y).times(TICKS_PER_YEAR).div(span))
    : null;
  if (achieved) return banded('target_achieved', null, observed, required);
  if (!slope || !observed) return noBand('TOO_FEW_POINTS', null, required);
  if (!required) return noBand('TARGET_YEAR_NOT_AFTER_BASE', observed, null);
  // d·num: the observed pace signed so that positive is the good direction.
  const toward = direction === 'up' ? slope.num : slope.num.negated();
  if (required.isZero()) {
    if (toward.isZero()) return banded('limited_progress', null, observed, required);
    const band = toward.isPositive() ? 'substantial_progress' : 'deterioration';
    return banded(band, null, observed, required);
  }
  // From the exact fractions, one division: R = d·(num/den) / (|target − y0| / span).
  const ratio = noNegZero(toward.times(span).div(slope.den.times(target.minus(first.y).abs())));
  return banded(bandOf(ratio), ratio, observed, required);
}
