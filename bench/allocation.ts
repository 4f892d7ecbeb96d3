import { apportion } from '../core/allocation';
import { measure, runsFor } from './measure';
import type { BenchRow, BenchSuite } from './types';

/** The same largest-remainder method in plain floats: the baseline, not exact. */
export function floatApportion(total: number, weights: readonly number[], step: number): number[] {
  const n = weights.length;
  const steps = Math.round(total / step);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i];
  const units = new Float64Array(n);
  const rem = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const q = (steps * weights[i]) / sum;
    units[i] = Math.floor(q);
    rem[i] = q - units[i];
    given += units[i];
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => rem[b] - rem[a] || weights[b] - weights[a] || a - b);
  for (let t = 0; t < steps - given; t++) units[order[t]] += 1;
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = units[i] * step;
  return out;
}

/** Deterministic weights with one decimal (0,1 … 100,0), like shares typed into a sheet. */
function makeWeights(n: number): number[] {
  let x = 123456789;
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = ((x % 1000) + 1) / 10;
  }
  return out;
}

async function row(n: number): Promise<BenchRow> {
  const weights = makeWeights(n);
  const total = n * 2.5;
  const step = 0.5;
  const ramme = await measure(() => apportion(total, weights, step), runsFor(n));
  const floats = await measure(() => floatApportion(total, weights, step), runsFor(n));
  // Checked outside the timed runs: the Dec sum costs more than the floats' whole method.
  const r = ramme.result;
  const exact = r.ok && r.value.allocations.reduce((a, b) => a.plus(b)).eq(total);
  const floatExact = floats.result.reduce((a, b) => a + b, 0) === total;
  return {
    name: 'apportion, largest remainder, steps of 0,5',
    size: n,
    rammeMs: ramme.ms,
    baseline: 'plain floats, same method',
    baselineMs: floats.ms,
    ratio: ramme.ms / floats.ms,
    aim: '≤ 3×',
    note:
      `sum exact: ramme ${exact ? 'yes' : 'no'}, floats ${floatExact ? 'yes' : 'no'}; ` +
      'ramme picks the leftover rows by linear-time selection, the floats sort',
  };
}

/** With the explanation every remainder is ranked by a full sort, as the floats do. */
async function explainedRow(n: number): Promise<BenchRow> {
  const weights = makeWeights(n);
  const total = n * 2.5;
  const ramme = await measure(() => apportion(total, weights, 0.5, { explain: true }), runsFor(n));
  const floats = await measure(() => floatApportion(total, weights, 0.5), runsFor(n));
  return {
    name: 'apportion with explanation (every remainder ranked)',
    size: n,
    rammeMs: ramme.ms,
    baseline: 'plain floats, same method',
    baselineMs: floats.ms,
    ratio: ramme.ms / floats.ms,
    note: 'explanation texts are built when read',
  };
}

const suite: BenchSuite = {
  name: 'allocation',
  async run({ quick }) {
    const rows: BenchRow[] = [];
    for (const n of quick ? [1_000, 100_000] : [10_000, 1_000_000]) rows.push(await row(n));
    rows.push(await explainedRow(quick ? 10_000 : 100_000));
    return rows;
  },
};

export default suite;
