import { Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import type { Position, QuarterTarget, Standing } from './types';

/** A target as a plain value or range: { value: 400, high: null } or { value: 60, high: 70 }. */
export interface TargetBounds {
  value: Dec;
  high?: Dec | null;
}

function percent(part: Dec, whole: Dec): Dec {
  const p = part.times(100).div(whole);
  return p.isZero() ? p.abs() : p;
}

function bounds(target: QuarterTarget): { low: Dec; high: Dec } {
  return target.kind === 'range'
    ? { low: target.low, high: target.high }
    : { low: target.value, high: target.value };
}

/** A target must be positive and a range must not run backwards. */
export function checkTarget(target: QuarterTarget): Result<QuarterTarget> {
  const { low, high } = bounds(target);
  if (!low.isPositive() || low.isZero()) {
    return fail(
      'TARGET_NOT_POSITIVE',
      'Målet skal være større end 0 for at kunne beregne målopfyldelse.',
      'The target must be greater than 0 to compute attainment.',
    );
  }
  if (high.lt(low)) {
    return fail(
      'RANGE_REVERSED',
      `Intervallets øvre grænse (${high.toString()}) er mindre end den nedre (${low.toString()}).`,
      `The range's upper bound (${high.toString()}) is below its lower bound (${low.toString()}).`,
    );
  }
  return ok(target);
}

export function positionOf(value: Dec, target: QuarterTarget): Position {
  const { low, high } = bounds(target);
  if (value.lt(low)) return 'below';
  return value.gt(high) ? 'above' : 'within';
}

/** Where a value stands against a checked target: attainment in percent and position. */
export function standing(value: Dec, target: QuarterTarget): Standing {
  const ranged = target.kind === 'range';
  const { low, high } = bounds(target);
  return {
    value,
    attainment: ranged ? null : percent(value, low),
    attainmentLow: ranged ? percent(value, low) : null,
    attainmentHigh: ranged ? percent(value, high) : null,
    position: positionOf(value, target),
  };
}

function fromBounds(t: TargetBounds): QuarterTarget {
  return t.high
    ? { kind: 'range', low: t.value, high: t.high, measure: 'count' }
    : { kind: 'count', value: t.value };
}

/**
 * Attainment (målopfyldelse) = result ÷ target, in percent: 160 of 350 is 45,71… %. For a
 * range, against its lower bound, where the target is met (100 %).
 */
export function attainment(result: Dec, target: TargetBounds | QuarterTarget): Result<Dec> {
  const t = 'kind' in target ? target : fromBounds(target);
  const checked = checkTarget(t);
  if (!checked.ok) return checked;
  return ok(percent(result, bounds(t).low));
}
