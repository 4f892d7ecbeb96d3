import { Dec, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { explain } from './explain';
import { fmt } from './show';
import { solveBounded, spreadOrFail, type Solution } from './solve';
import { rowUnits } from './rows';
import { bigWeights, scaleWeights, toDec, type ScaledWeights } from './scale';
import type { Apportionment, ApportionOptions, RowBasis } from './types';

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
