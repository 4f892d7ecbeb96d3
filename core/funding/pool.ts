import { apportion, type ApportionOptions, type Explanation } from '../allocation';
import { convert, dec, Dec, type DecimalLike } from '../numbers';
import { ok, type Result } from '../i18n';
import type { MoneyUnit } from '../budget';
import type { Initiative } from '../catalogue';

/** One claim on a pool: an initiative (or any line) and its weight. */
export interface PoolShare {
  label: string;
  row?: number;
  weight: DecimalLike;
}

export interface PoolAllocation {
  pool: Dec;
  step: Dec;
  unit: MoneyUnit;
  lines: Array<{ label: string; row?: number; amount: Dec }>;
  explanation: Explanation | null;
}

/**
 * A pool split over its shares in proportion to their weights, in whole steps the user picks
 * (0,1 mio. kr.), by the largest remainder: the amounts add up to the pool exactly.
 * Locks, minimums and maximums are by share index (core/allocation `apportion`).
 */
export function allocatePool(
  pool: DecimalLike,
  shares: PoolShare[],
  step: DecimalLike,
  unit: MoneyUnit,
  options: ApportionOptions = {},
): Result<PoolAllocation> {
  const r = apportion(
    pool,
    shares.map((s) => s.weight),
    step,
    options,
  );
  if (!r.ok) return r;
  return ok({
    pool: r.value.total,
    step: r.value.step,
    unit,
    lines: shares.map((s, i) => ({ label: s.label, row: s.row, amount: r.value.allocations[i] })),
    explanation: r.value.explanation,
  });
}

/** A pool over initiatives in proportion to their financing need (each in its own unit). */
export function allocatePoolByNeed(
  pool: DecimalLike,
  initiatives: Initiative[],
  step: DecimalLike,
  unit: MoneyUnit,
  options: ApportionOptions = {},
): Result<PoolAllocation> {
  const shares = initiatives.map((i) => ({
    label: i.label,
    row: i.row,
    weight: convert(i.need, i.unit, unit) as Dec,
  }));
  return allocatePool(dec(pool), shares, step, unit, options);
}
