import { Dec, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { clampToBounds } from './bounds';
import { explain } from './explain';
import { fmt } from './show';
import { hamiltonBig, hamiltonSmall, type HamiltonTrace } from './hamilton';
import { rowUnits } from './rows';
import { bigWeights, scaleWeights, toDec, type ScaledWeights } from './scale';
import type { Apportionment, ApportionOptions, RowBasis } from './types';

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

interface Grid {
  total: Dec;
  step: Dec;
  units: bigint;
}

function readGrid(totalIn: DecimalLike, stepIn: DecimalLike): Result<Grid> {
  const total = toDec(totalIn, { da: 'Totalen', en: 'The total' });
  if (!total.ok) return total;
  const step = toDec(stepIn, { da: 'Trinnet', en: 'The step' });
  if (!step.ok) return step;
  if (step.value.lte(0)) {
    return fail(
      'STEP_NOT_POSITIVE',
      `Trinnet skal være større end 0 (fik ${fmt(step.value, 'da')}).`,
      `The step must be greater than 0 (got ${fmt(step.value, 'en')}).`,
    );
  }
  if (total.value.isNegative() && !total.value.isZero()) {
    return fail('NEGATIVE_TOTAL', 'Totalen er negativ.', 'The total is negative.');
  }
  const rest = total.value.mod(step.value);
  if (!rest.isZero()) {
    return fail(
      'TOTAL_NOT_ON_STEP',
      `Totalen ${fmt(total.value, 'da')} er ikke et helt antal trin à ${fmt(step.value, 'da')}.`,
      `The total ${fmt(total.value, 'en')} is not a whole number of steps of ${fmt(step.value, 'en')}.`,
    );
  }
  const units = BigInt(total.value.div(step.value).toFixed(0));
  return ok({ total: total.value.plus(0), step: step.value, units });
}

function checkPercent(s: ScaledWeights): Result<true> {
  const sum = bigWeights(s).reduce((a, b) => a + b, 0n);
  if (sum === 100n * 10n ** BigInt(s.scale)) return ok(true);
  const shown = new Dec(sum.toString()).div(new Dec(10).pow(s.scale));
  return fail(
    'PERCENT_SUM',
    `Procenterne summer til ${fmt(shown, 'da')}, ikke 100.`,
    `The percentages add up to ${fmt(shown, 'en')}, not 100.`,
  );
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

/**
 * Split `total` over the rows in proportion to `weights`, in whole steps, by the largest
 * remainder (Hamilton) method; the result adds up to the total exactly.
 */
export function apportion(
  total: DecimalLike,
  weights: readonly DecimalLike[],
  step: DecimalLike,
  options: ApportionOptions = {},
): Result<Apportionment> {
  const grid = readGrid(total, step);
  if (!grid.ok) return grid;
  const { step: st, units: N } = grid.value;
  const n = weights.length;
  const scaled = scaleWeights(weights);
  if (!scaled.ok) return scaled;
  const s = scaled.value;
  if (options.weightsAre === 'percent') {
    const p = checkPercent(s);
    if (!p.ok) return p;
  }
  const locked = rowUnits(options.locked, 'locked', n, st);
  if (!locked.ok) return locked;
  const lo = rowUnits(options.min, 'min', n, st);
  if (!lo.ok) return lo;
  const hi = rowUnits(options.max, 'max', n, st);
  if (!hi.ok) return hi;
  for (const i of locked.value.keys()) {
    lo.value.delete(i);
    hi.value.delete(i);
  }
  let lockedSum = 0n;
  for (const u of locked.value.values()) lockedSum += u;
  if (lockedSum > N) {
    const shown = st.times(lockedSum.toString());
    return fail(
      'LOCKS_EXCEED_TOTAL',
      `De låste rækker (${fmt(shown, 'da')}) er mere end totalen (${fmt(grid.value.total, 'da')}).`,
      `The locked rows (${fmt(shown, 'en')}) exceed the total (${fmt(grid.value.total, 'en')}).`,
    );
  }
  const freeRows: number[] = [];
  for (let i = 0; i < n; i++) if (!locked.value.has(i)) freeRows.push(i);
  const rest = N - lockedSum;
  const solution =
    lo.value.size + hi.value.size > 0
      ? solveBounded(s, freeRows, rest, lo.value, hi.value, n)
      : spreadOrFail(
          s,
          Uint32Array.from(freeRows),
          rest,
          n,
          locked.value.size > 0,
          !!options.explain,
        );
  if (!solution.ok) return solution;
  const sol = solution.value;
  for (const [i, u] of locked.value) setUnits(sol, i, u, 'locked', n);
  const allocations = toAllocations(sol.units, st);
  const explanation = options.explain
    ? explain(grid.value, s, sol, allocations, options.weightsAre ?? 'numbers')
    : null;
  return ok({ total: grid.value.total, step: st, allocations, explanation });
}

function spreadOrFail(
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

function solveBounded(
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

function setUnits(sol: Solution, i: number, u: bigint, basis: RowBasis, n: number): void {
  if (sol.units instanceof Float64Array) sol.units[i] = Number(u);
  else sol.units[i] = u;
  sol.basis ??= new Array(n).fill('quota');
  sol.basis[i] = basis;
}

/** units × step per row; rows with the same count share one immutable Dec. */
function toAllocations(units: Float64Array | bigint[], step: Dec): Dec[] {
  const cache = new Map<number | bigint, Dec>();
  const out: Dec[] = new Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    let d = cache.get(u);
    if (d === undefined) {
      d = step.times(u.toString());
      cache.set(u, d);
    }
    out[i] = d;
  }
  return out;
}
