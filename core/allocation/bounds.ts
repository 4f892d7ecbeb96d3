import type { RowBasis } from './types';

export interface Bounded {
  /** Rows still spread by weight after clamping. */
  free: number[];
  /** Units left for the free rows. */
  rest: bigint;
  /** Rows held at their minimum or maximum, with their units. */
  fixed: Map<number, { units: bigint; basis: RowBasis }>;
}

/**
 * Exact clamp-and-re-spread (Bitran–Hax variable fixing): the quotas are clamp(λ·s_i, lo, hi)
 * with λ set so they add up to R. Each round compares how far the quotas fall below their
 * minimums (dLo) with how far they rise above their maximums (dHi): if dLo ≥ dHi the clamped sum
 * is too large, λ can only fall, so the rows below minimum stay there and are fixed; otherwise
 * the rows above maximum are. All comparisons are on integers over the common denominator W.
 * The caller has checked Σlo ≤ R ≤ reachable maximum; returns null if the rest cannot be placed.
 */
export function clampToBounds(
  s: readonly bigint[],
  rows: readonly number[],
  R: bigint,
  lo: ReadonlyMap<number, bigint>,
  hi: ReadonlyMap<number, bigint>,
): Bounded | null {
  let free = rows.slice();
  let rest = R;
  const fixed = new Map<number, { units: bigint; basis: RowBasis }>();
  for (;;) {
    let W = 0n;
    for (const i of free) W += s[i];
    if (W === 0n) {
      // No weight left: every free row's quota is 0, which only works if nothing is left.
      for (const i of free) {
        const l = lo.get(i) ?? 0n;
        if (l > 0n) {
          fixed.set(i, { units: l, basis: 'min' });
          rest -= l;
        }
      }
      free = free.filter((i) => !fixed.has(i));
      return rest === 0n ? { free, rest, fixed } : null;
    }
    const below: number[] = [];
    const above: number[] = [];
    let dLo = 0n;
    let dHi = 0n;
    for (const i of free) {
      const num = rest * s[i];
      const l = lo.get(i);
      const h = hi.get(i);
      if (l !== undefined && num < l * W) {
        below.push(i);
        dLo += l * W - num;
      } else if (h !== undefined && num > h * W) {
        above.push(i);
        dHi += num - h * W;
      }
    }
    if (below.length === 0 && above.length === 0) return { free, rest, fixed };
    const fixBelow = dLo >= dHi && below.length > 0;
    for (const i of fixBelow ? below : above) {
      const units = (fixBelow ? lo.get(i) : hi.get(i))!;
      fixed.set(i, { units, basis: fixBelow ? 'min' : 'max' });
      rest -= units;
    }
    free = free.filter((i) => !fixed.has(i));
  }
}
