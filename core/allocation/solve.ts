import { fail, ok, type Result } from '../i18n';
import { clampToBounds } from './bounds';
import { hamiltonBig, hamiltonSmall, type HamiltonTrace } from './hamilton';
import { bigWeights, type ScaledWeights } from './scale';
import type { RowBasis } from './types';

/** What the integer stage hands to the edges: units per row and how they came about. */
export interface Solution {
  units: Float64Array | bigint[];
  basis: RowBasis[] | null;
  /** Rows spread by weight, the units they share and their weight sum. */
  free: Uint32Array;
  rest: bigint;
  weightSum: bigint;
  trace: HamiltonTrace;
}

/** Spread the rest over unbounded free rows: safe integers when provably exact, else BigInt. */
function spread(
  s: ScaledWeights,
  free: Uint32Array,
  rest: bigint,
  n: number,
  ranked: boolean,
): Solution | null {
  let W = 0n;
  let maxS = 0;
  if (s.small) {
    let w = 0;
    for (let j = 0; j < free.length; j++) {
      const v = s.small[free[j]];
      w += v;
      if (v > maxS) maxS = v;
    }
    W = BigInt(w);
  } else {
    for (let j = 0; j < free.length; j++) W += s.big![free[j]];
  }
  if (W === 0n) return rest === 0n ? zeroSolution(n, free) : null;
  const R = Number(rest);
  if (s.small && BigInt(R) === rest && R * maxS + Number(W) <= Number.MAX_SAFE_INTEGER) {
    const units = new Float64Array(n);
    const trace = hamiltonSmall(s.small, free, R, Number(W), units, ranked);
    return { units, basis: null, free, rest, weightSum: W, trace };
  }
  const units: bigint[] = new Array(n).fill(0n);
  const trace = hamiltonBig(bigWeights(s), free, rest, W, units);
  return { units, basis: null, free, rest, weightSum: W, trace };
}

function zeroSolution(n: number, free: Uint32Array): Solution {
  return {
    units: new Float64Array(n),
    basis: null,
    free,
    rest: 0n,
    weightSum: 0n,
    trace: { leftover: 0, order: new Uint32Array(0), ranked: true },
  };
}

export function spreadOrFail(
  s: ScaledWeights,
  free: Uint32Array,
  rest: bigint,
  n: number,
  anyLocked: boolean,
  ranked: boolean,
): Result<Solution> {
  const sol = spread(s, free, rest, n, ranked);
  if (sol) return ok(sol);
  if (n === 0) {
    return fail(
      'NO_ROWS',
      'Der er ingen rækker at fordele totalen på.',
      'There are no rows to split the total over.',
    );
  }
  if (free.length === 0) {
    return fail(
      'LOCKS_LEAVE_REST',
      'Alle rækker er låst, men de summer ikke til totalen.',
      'Every row is locked, but they do not add up to the total.',
    );
  }
  return zeroWeights(anyLocked);
}

function zeroWeights(anyLocked: boolean): Result<never> {
  return fail(
    'ALL_ZERO_WEIGHTS',
    anyLocked
      ? 'Alle ikke-låste rækker har vægt 0, så resten kan ikke fordeles.'
      : 'Alle vægte er 0, så totalen kan ikke fordeles.',
    anyLocked
      ? 'Every unlocked row has weight 0, so the rest cannot be spread.'
      : 'Every weight is 0, so the total cannot be spread.',
  );
}

function infeasible(): Result<never> {
  return fail(
    'BOUNDS_INFEASIBLE',
    'Minimum og maksimum kan ikke overholdes samtidig med totalen.',
    'The minimums and maximums cannot be met together with the total.',
  );
}

export function solveBounded(
  s: ScaledWeights,
  freeRows: number[],
  rest: bigint,
  lo: Map<number, bigint>,
  hi: Map<number, bigint>,
  n: number,
): Result<Solution> {
  const big = bigWeights(s);
  let minSum = 0n;
  let maxSum = 0n;
  let unbounded = false;
  for (const i of freeRows) {
    const l = lo.get(i) ?? 0n;
    const h = hi.get(i);
    if (h !== undefined && h < l) return infeasible();
    minSum += l;
    if (big[i] === 0n) maxSum += l;
    else if (h === undefined) unbounded = true;
    else maxSum += h;
  }
  if (freeRows.every((i) => big[i] === 0n) && rest > minSum) {
    return zeroWeights(freeRows.length < n);
  }
  if (rest < minSum || (!unbounded && rest > maxSum)) return infeasible();
  const bounded = clampToBounds(big, freeRows, rest, lo, hi);
  if (!bounded) return infeasible();
  const free = Uint32Array.from(bounded.free);
  let W = 0n;
  for (const i of bounded.free) W += big[i];
  const units: bigint[] = new Array(n).fill(0n);
  const trace =
    W === 0n
      ? { leftover: 0, order: new Uint32Array(0), ranked: true }
      : hamiltonBig(big, free, bounded.rest, W, units);
  const basis: RowBasis[] = new Array(n).fill('quota');
  for (const [i, f] of bounded.fixed) {
    units[i] = f.units;
    basis[i] = f.basis;
  }
  return ok({ units, basis, free, rest: bounded.rest, weightSum: W, trace });
}
