import { Dec } from '../numbers';
import type { Text } from '../i18n';
import type { Direction, Observation, TimeOptions } from './types';
import { PROGRESS_LABELS, type ProgressStatus } from './bands';
import { periodTicks, TICKS_PER_YEAR } from './time';
import { toPoints } from './rate';
import { noNegZero } from './clean';

/**
 * The Open SDG progress measure (sdg-build's progress calculation, as Statistics Canada runs it
 * for the Canadian SDG indicators). With a target:
 *
 *     CAGR(a, b, years) = (a / b)^(1 / years) − 1
 *     R = sign · d · CAGR(current, base, t − t0) / |CAGR(target, base, T − t0)|
 *
 * banded at 0,95 / 0,6 / 0; without a target, the value is sign · d · CAGR(current, base) banded
 * at 0,015 / 0,005 / 0, those thresholds shrunk near a `limit` (a ceiling such as 100 %).
 * d = +1 when higher is better, sign = −1 when the base is negative. A base of 0 and a target
 * of 0 count as 0,001, as published. Computed in 40-digit decimals; the powers are the only
 * rounding.
 */
export interface ProgressComponents {
  baseYear: Dec;
  baseValue: Dec;
  currentYear: Dec;
  currentValue: Dec;
  /** null: a qualitative target (methodology 1). */
  target: Dec | null;
  targetYear: Dec;
  direction: Direction;
  /** Without a target: the natural ceiling or floor (100 % for a share), or null. */
  limit?: Dec | null;
}

/** Why there is no status. */
export type NoProgressReason =
  /** Less than a year between the base and the current value. */
  | 'TOO_FEW_POINTS'
  /** Base and current value (or target) on opposite sides of 0: no growth rate exists. */
  | 'SIGN_CHANGE'
  /** The target equals the base: the required growth is 0 and R has no value. */
  | 'NO_REQUIRED_GROWTH'
  /** The target year is not after the base year: there is no required growth rate. */
  | 'TARGET_YEAR_NOT_AFTER_BASE';

export interface Thresholds {
  high: Dec;
  med: Dec;
  low: Dec;
}

export interface OpenSdgProgress {
  method: 'open-sdg';
  /** null when not available (`reason` says why). */
  status: ProgressStatus | null;
  /** R with a target, the signed growth rate without; null where it has no value. */
  value: Dec | null;
  /** 1 without a target (qualitative), 2 with a number to reach, as sdg-build numbers them. */
  methodology: 1 | 2;
  thresholds: Thresholds;
  sign: 1 | -1;
  reason: NoProgressReason | null;
  label: Text;
}

const NO_PROGRESS_MESSAGES: Record<NoProgressReason, Text> = {
  TOO_FEW_POINTS: {
    da: 'Der skal være mindst et år mellem basisåret og den seneste måling.',
    en: 'There must be at least a year between the base year and the latest observation.',
  },
  SIGN_CHANGE: {
    da: 'Værdierne skifter fortegn, så der er ingen årlig vækstrate.',
    en: 'The values change sign, so there is no annual growth rate.',
  },
  NO_REQUIRED_GROWTH: {
    da: 'Målet er lig basisværdien, så der er intet krævet tempo at måle imod.',
    en: 'The target equals the base value, so there is no required pace to measure against.',
  },
  TARGET_YEAR_NOT_AFTER_BASE: {
    da: 'Målåret ligger ikke efter basisåret, så der er intet krævet tempo.',
    en: 'The target year is not after the base year, so there is no required pace.',
  },
};

const WITH_TARGET: Thresholds = { high: new Dec('0.95'), med: new Dec('0.6'), low: new Dec(0) };
const WITHOUT_TARGET: Thresholds = {
  high: new Dec('0.015'),
  med: new Dec('0.005'),
  low: new Dec(0),
};
/** The exponent of the published threshold reduction near a limit. */
const LIMIT_EXPONENT = new Dec('4.44');
const ZERO_STANDIN = new Dec('0.001');

/** (a / b)^(1 / years) − 1; undefined when a / b is negative (no real root). */
export function compoundGrowth(a: Dec, b: Dec, years: Dec): Dec | undefined {
  const ratio = a.div(b);
  if (ratio.isNegative() && !ratio.isZero()) return undefined;
  return ratio.pow(new Dec(1).div(years)).minus(1);
}

/** Thresholds shrunk near a limit: 1 − (base/limit)^4,44 below it, mirrored above, 1 past 2×. */
function limitCoefficient(base: Dec, limit: Dec): Dec {
  const b = base.abs();
  const l = limit.abs();
  if (b.gte(l.times(2))) return new Dec(1);
  if (b.lte(l)) return new Dec(1).minus(b.div(l).pow(LIMIT_EXPONENT));
  return new Dec(1).minus(l.times(2).minus(b).div(l).pow(LIMIT_EXPONENT));
}

function statusOf(value: Dec, t: Thresholds): ProgressStatus {
  if (value.gte(t.high)) return 'substantial_progress';
  if (value.gte(t.med)) return 'moderate_progress';
  if (value.gte(t.low)) return 'limited_progress';
  return 'deterioration';
}

function isAchieved(c: ProgressComponents, target: Dec | null): boolean {
  if (target === null) return false;
  return c.direction === 'up' ? c.currentValue.gte(target) : c.currentValue.lte(target);
}

/** The published progress status from its components (base, current, target, direction). */
export function openSdgProgress(c: ProgressComponents): OpenSdgProgress {
  const target = c.target === null ? null : c.target.isZero() ? ZERO_STANDIN : c.target;
  const sign: 1 | -1 = c.baseValue.isNegative() && !c.baseValue.isZero() ? -1 : 1;
  const base = c.baseValue.isZero() ? ZERO_STANDIN : c.baseValue;
  const d = c.direction === 'up' ? 1 : -1;
  const methodology = target === null ? 1 : 2;
  let thresholds = target === null ? WITHOUT_TARGET : WITH_TARGET;
  if (target === null && c.limit !== undefined && c.limit !== null) {
    const k = limitCoefficient(base, c.limit);
    thresholds = {
      high: thresholds.high.times(k),
      med: thresholds.med.times(k),
      low: thresholds.low.times(k),
    };
  }
  const achieved = isAchieved(c, target);
  const out = (value: Dec | null, reason: NoProgressReason | null): OpenSdgProgress => {
    const status = achieved
      ? 'target_achieved'
      : value === null
        ? null
        : statusOf(value, thresholds);
    const label =
      status !== null ? PROGRESS_LABELS[status] : NO_PROGRESS_MESSAGES[reason ?? 'TOO_FEW_POINTS'];
    return {
      method: 'open-sdg',
      status,
      value,
      methodology,
      thresholds,
      sign,
      reason: status === null ? reason : null,
      label,
    };
  };
  const years = c.currentYear.minus(c.baseYear);
  if (years.lt(1)) return out(null, 'TOO_FEW_POINTS');
  const observed = compoundGrowth(c.currentValue, base, years);
  if (observed === undefined) return out(null, 'SIGN_CHANGE');
  const signed = noNegZero(observed.times(sign * d));
  if (target === null) return out(signed, null);
  const span = c.targetYear.minus(c.baseYear);
  if (!span.isPositive() || span.isZero()) return out(null, 'TARGET_YEAR_NOT_AFTER_BASE');
  const required = compoundGrowth(target, base, span);
  if (required === undefined) return out(null, 'SIGN_CHANGE');
  if (required.isZero()) return out(null, 'NO_REQUIRED_GROWTH');
  return out(noNegZero(signed.div(required.abs())), null);
}

export interface OpenSdgOptions extends TimeOptions {
  /** null for a qualitative target. */
  target: Dec | null;
  targetYear: number;
  direction: Direction;
  limit?: Dec | null;
  /** The first observation at or after this year is the base; default: the first observation. */
  baseYear?: number;
}

/** No observation at or after the base year: nothing to measure. */
function noSeries(target: Dec | null): OpenSdgProgress {
  return {
    method: 'open-sdg',
    status: null,
    value: null,
    methodology: target === null ? 1 : 2,
    thresholds: target === null ? WITHOUT_TARGET : WITH_TARGET,
    sign: 1,
    reason: 'TOO_FEW_POINTS',
    label: NO_PROGRESS_MESSAGES.TOO_FEW_POINTS,
  };
}

function inYears(ticks: Dec): Dec {
  return ticks.div(TICKS_PER_YEAR);
}

/**
 * The published status of a series: the base is the first observation (at or after
 * `baseYear` when given), the current value the latest. Time is in years between the periods'
 * anchors (midpoints by default), so yearly data gives whole years as published.
 */
export function openSdgProgressOf(
  observations: readonly Observation[],
  options: OpenSdgOptions,
): OpenSdgProgress {
  const points = toPoints(observations, options);
  const from =
    options.baseYear === undefined
      ? points
      : points.filter((p) =>
          p.t.gte(periodTicks({ kind: 'year', year: options.baseYear! }, 'start')),
        );
  const base = from[0];
  const current = points[points.length - 1];
  const targetYear = inYears(
    periodTicks({ kind: 'year', year: options.targetYear }, options.anchor),
  );
  if (!base || !current) return noSeries(options.target);
  return openSdgProgress({
    baseYear: inYears(base.t),
    baseValue: base.y,
    currentYear: inYears(current.t),
    currentValue: current.y,
    target: options.target,
    targetYear,
    direction: options.direction,
    limit: options.limit ?? null,
  });
}
