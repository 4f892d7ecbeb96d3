import type { Amount } from '../numbers';
import type { TargetGroup } from './types';

/** A target group from a parsed cell ('min. 350', '150-200') and the unit column ('borgere'). */
export function targetGroupFrom(amount: Amount, unit: string | null): TargetGroup {
  return {
    low: amount.range?.low ?? amount.value,
    high: amount.range?.high ?? amount.value,
    qualifier: amount.qualifier,
    unit: unit && unit.trim() !== '' ? unit.trim() : null,
  };
}
