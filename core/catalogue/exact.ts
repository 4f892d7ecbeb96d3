import { Dec } from '../numbers';
import type { Rounding } from './types';

/**
 * numerator ÷ denominator rounded to a multiple of step, decided on exact integers: the
 * quotient's integer part and remainder are exact, so a value just below a half never rounds
 * up because of a 40-digit quotient. Half-up is away from zero; 'down' is toward zero.
 */
export function roundRatio(numerator: Dec, denominator: Dec, step: Dec, mode: Rounding): Dec {
  if (denominator.isZero() || step.lte(0)) throw new RangeError('roundRatio: bad divisor or step');
  const unit = denominator.times(step);
  const q = numerator.divToInt(unit);
  const r = numerator.minus(q.times(unit));
  let n = q;
  if (!r.isZero()) {
    const sign = numerator.isNegative() !== unit.isNegative() ? -1 : 1;
    const bump = mode === 'up' || (mode === 'half-up' && r.abs().times(2).gte(unit.abs()));
    if (bump) n = q.plus(sign);
  }
  const out = n.times(step);
  return out.isZero() ? new Dec(0) : out;
}
