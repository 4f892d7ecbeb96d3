import { Dec } from '../numbers';
import type { Text } from '../i18n';
import type { Solution } from './solve';
import { bigWeights, type ScaledWeights } from './scale';
import { show } from './show';
import type { Explanation, RowBasis, RowExplanation, WeightKind } from './types';

interface GridInfo {
  total: Dec;
  step: Dec;
  units: bigint;
}

function both(f: (lang: 'da' | 'en') => string): Text {
  return { da: f('da'), en: f('en') };
}

const KIND: Record<WeightKind, Text> = {
  numbers: { da: 'vægt', en: 'weight' },
  percent: { da: 'procent', en: 'percent' },
  current: { da: 'nu', en: 'now' },
};

/** Where each step went: exact quota, floor, leftover step and its rank, as data and text. */
export function explain(
  grid: GridInfo,
  s: ScaledWeights,
  sol: Solution,
  allocations: Dec[],
  kind: WeightKind,
): Explanation {
  const big = bigWeights(s);
  const unscale = new Dec(10).pow(s.scale);
  const rank = new Int32Array(allocations.length);
  sol.trace.order.forEach((row, k) => (rank[row] = k + 1));
  const { step } = grid;
  const W = sol.weightSum;
  // Rows with the same weight share weight, quota and floor: compute each once.
  const perWeight = new Map<bigint, { weight: Dec; quota: Dec; floor: Dec }>();
  const numbers = (w: bigint): { weight: Dec; quota: Dec; floor: Dec } => {
    let v = perWeight.get(w);
    if (!v) {
      const num = sol.rest * w;
      v = {
        weight: new Dec(w.toString()).div(unscale),
        quota: W === 0n ? new Dec(0) : step.times(num.toString()).div(W.toString()),
        floor: W === 0n ? new Dec(0) : step.times((num / W).toString()),
      };
      perWeight.set(w, v);
    }
    return v;
  };
  const rows: RowExplanation[] = allocations.map((allocation, i) => {
    const basis = sol.basis?.[i] ?? 'quota';
    if (basis !== 'quota') {
      const weight = new Dec(big[i].toString()).div(unscale);
      const v = { weight, quota: allocation, floor: allocation, allocation };
      return new Row(i, basis, v, null, false, kind);
    }
    const { weight, quota, floor } = numbers(big[i]);
    const r = rank[i] > 0 ? rank[i] : null;
    const extraStep = r !== null && r <= sol.trace.leftover;
    return new Row(i, basis, { weight, quota, floor, allocation }, r, extraStep, kind);
  });
  const leftover = sol.trace.leftover;
  const summary = both((l) => {
    const head =
      l === 'da'
        ? `${show(grid.total, l)} fordelt i trin à ${show(step, l)} efter største brøkdel`
        : `${show(grid.total, l)} split in steps of ${show(step, l)} by largest remainder`;
    if (leftover === 0) {
      return l === 'da'
        ? `${head}: delene går op uden rest.`
        : `${head}: the shares come out whole, nothing left over.`;
    }
    return l === 'da'
      ? `${head}: ${leftover} trin tilbage efter nedrunding gik til rækkerne med de største rester.`
      : `${head}: ${leftover} steps left after rounding down went to the rows with the largest remainders.`;
  });
  return { leftoverSteps: leftover, rows, summary };
}

function fixedText(i: number, basis: 'locked' | 'min' | 'max', value: Dec): Text {
  return both((l) => {
    const row = `${l === 'da' ? 'Række' : 'Row'} ${i + 1}`;
    const v = show(value, l);
    if (basis === 'locked') return l === 'da' ? `${row}: låst på ${v}` : `${row}: locked at ${v}`;
    if (basis === 'min')
      return l === 'da' ? `${row}: hævet til minimum ${v}` : `${row}: raised to its minimum ${v}`;
    return l === 'da' ? `${row}: holdt på maksimum ${v}` : `${row}: held at its maximum ${v}`;
  });
}

function quotaText(
  i: number,
  kind: WeightKind,
  v: { weight: Dec; quota: Dec; floor: Dec; allocation: Dec },
  r: number | null,
  extraStep: boolean,
): Text {
  return both((l) => {
    const head = `${l === 'da' ? 'Række' : 'Row'} ${i + 1}: ${KIND[kind][l]} ${show(v.weight, l)}, ${
      l === 'da' ? 'kvote' : 'quota'
    } ${show(v.quota, l)}`;
    if (r === null) return `${head} → ${show(v.allocation, l)}`;
    const place = l === 'da' ? `rest nr. ${r}` : `remainder rank ${r}`;
    const how = extraStep
      ? l === 'da'
        ? `${show(v.floor, l)} + ét trin (${place})`
        : `${show(v.floor, l)} + one step (${place})`
      : l === 'da'
        ? `rundet ned (${place})`
        : `rounded down (${place})`;
    return `${head} → ${show(v.allocation, l)}: ${how}`;
  });
}

/** One row's explanation; the text is built when read (a million rows rarely all get shown). */
class Row implements RowExplanation {
  readonly weight: Dec;
  readonly quota: Dec;
  readonly floor: Dec;
  readonly allocation: Dec;

  constructor(
    readonly row: number,
    readonly basis: RowBasis,
    v: { weight: Dec; quota: Dec; floor: Dec; allocation: Dec },
    readonly rank: number | null,
    readonly extraStep: boolean,
    private readonly kind: WeightKind,
  ) {
    this.weight = v.weight;
    this.quota = v.quota;
    this.floor = v.floor;
    this.allocation = v.allocation;
  }

  get text(): Text {
    return this.basis === 'quota'
      ? quotaText(this.row, this.kind, this, this.rank, this.extraStep)
      : fixedText(this.row, this.basis, this.allocation);
  }

  toJSON(): RowExplanation {
    const { row, weight, basis, quota, floor, extraStep, rank, allocation, text } = this;
    return { row, weight, basis, quota, floor, extraStep, rank, allocation, text };
  }
}
