import { Dec } from './decimal';
import type { Unit } from './types';

/** Kroner per unit for the money units; the others convert only to themselves. */
const KRONER: Partial<Record<Unit, Dec>> = {
  kr: new Dec(1),
  '1.000 kr.': new Dec(1000),
  'mio. kr.': new Dec(1000000),
};

/** Whether values in the two units can be converted into each other. */
export function compatibleUnits(from: Unit | null, to: Unit | null): boolean {
  if (from === to) return true;
  return from !== null && to !== null && KRONER[from] !== undefined && KRONER[to] !== undefined;
}

/**
 * Exact conversion between kr, 1.000 kr. and mio. kr. (powers of ten never round). Undefined
 * between units that do not measure the same thing (percent and kroner, person-years and counts).
 */
export function convert(value: Dec, from: Unit | null, to: Unit | null): Dec | undefined {
  if (from === to) return value;
  if (!compatibleUnits(from, to)) return undefined;
  const result = value.times(KRONER[from!]!).dividedBy(KRONER[to!]!);
  return result.isZero() ? new Dec(0) : result;
}
