import { Dec, type DecimalLike } from '../numbers';
import type { Text } from '../i18n';
import type { Solution } from './apportion';
import { bigWeights, type ScaledWeights } from './scale';
import { show } from './show';
import type { Explanation, RowExplanation, WeightKind } from './types';

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
  _weights: readonly DecimalLike[],
  s: ScaledWeights,
  sol: Solution,
  allocations: Dec[],
  kind: WeightKind,
): Explanation {
  const big = bigWeights(s);
  const unscale = new Dec(10).pow(s.scale);
  const rank = new Map<number, number>();
  sol.trace.order.forEach((row, k) => rank.set(row, k + 1));
  const { step } = grid;
  const rows: RowExplanation[] = allocations.map((allocation, i) => {
    const weight = new Dec(big[i].toString()).div(unscale);
    const basis = sol.basis?.[i] ?? 'quota';
    if (basis !== 'quota') {
      return {
        row: i,
        weight,
        basis,
        quota: allocation,
        floor: allocation,
        extraStep: false,
        rank: null,
        allocation,
        text: fixedText(i, basis, allocation),
      };
    }
    const num = sol.rest * big[i];
    const W = sol.weightSum;
    const quota = W === 0n ? new Dec(0) : step.times(num.toString()).div(W.toString());
    const floor = W === 0n ? new Dec(0) : step.times((num / W).toString());
    const r = rank.get(i) ?? null;
    const extraStep = r !== null && r <= sol.trace.leftover;
    const text = both((l) => {
      const head = `${l === 'da' ? 'Række' : 'Row'} ${i + 1}: ${KIND[kind][l]} ${show(weight, l)}, ${
        l === 'da' ? 'kvote' : 'quota'
      } ${show(quota, l)}`;
      if (r === null) return `${head} → ${show(allocation, l)}`;
      const place = l === 'da' ? `rest nr. ${r}` : `remainder rank ${r}`;
      const how = extraStep
        ? l === 'da'
          ? `${show(floor, l)} + ét trin (${place})`
          : `${show(floor, l)} + one step (${place})`
        : l === 'da'
          ? `rundet ned (${place})`
          : `rounded down (${place})`;
      return `${head} → ${show(allocation, l)}: ${how}`;
    });
    return { row: i, weight, basis, quota, floor, extraStep, rank: r, allocation, text };
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
