import { selectTop } from './select';

/**
 * The largest-remainder (Hamilton) method on integers. Every row i of `rows` gets
 * floor(R·s_i / W) units; the R − Σfloor leftover units go to the largest remainders
 * R·s_i mod W (ties: larger weight, then earlier row). Remainders share the denominator W, so
 * comparing them as integers is exact.
 */
export interface HamiltonTrace {
  /** Units handed out by remainder. */
  leftover: number;
  /**
   * Ranked: every row with a non-zero remainder, largest remainder first. Unranked (the fast
   * path without an explanation): just the rows that got a leftover unit, in no order.
   */
  order: Uint32Array;
  ranked: boolean;
}

/**
 * Safe-integer version. The caller guarantees R·max(s) + W ≤ 2^53, so every product, `%` and
 * the exact division (a − r) / W stay integers a double holds exactly.
 */
export function hamiltonSmall(
  s: Float64Array,
  rows: Uint32Array,
  R: number,
  W: number,
  out: Float64Array,
  ranked: boolean,
): HamiltonTrace {
  const n = rows.length;
  const rem = new Float64Array(n);
  let given = 0;
  let withRem = 0;
  for (let j = 0; j < n; j++) {
    const a = R * s[rows[j]];
    const r = a % W;
    const q = (a - r) / W;
    out[rows[j]] = q;
    given += q;
    rem[j] = r;
    if (r > 0) withRem++;
  }
  const order = new Uint32Array(withRem);
  for (let j = 0, p = 0; j < n; j++) if (rem[j] > 0) order[p++] = j;
  const leftover = R - given;
  if (ranked) {
    order.sort((x, y) => rem[y] - rem[x] || s[rows[y]] - s[rows[x]] || x - y);
  } else {
    const weight = new Float64Array(n);
    for (let j = 0; j < n; j++) weight[j] = s[rows[j]];
    selectTop(order, leftover, rem, weight);
  }
  for (let t = 0; t < leftover; t++) out[rows[order[t]]] += 1;
  const kept = ranked ? order : order.subarray(0, leftover);
  for (let t = 0; t < kept.length; t++) kept[t] = rows[kept[t]];
  return { leftover, order: kept, ranked };
}

/** BigInt version for weights or totals beyond the safe-integer range. */
export function hamiltonBig(
  s: readonly bigint[],
  rows: Uint32Array,
  R: bigint,
  W: bigint,
  out: bigint[],
): HamiltonTrace {
  const n = rows.length;
  const rem: bigint[] = new Array(n);
  let given = 0n;
  const withRem: number[] = [];
  for (let j = 0; j < n; j++) {
    const a = R * s[rows[j]];
    const q = a / W;
    out[rows[j]] = q;
    given += q;
    rem[j] = a - q * W;
    if (rem[j] > 0n) withRem.push(j);
  }
  const cmp = (a: bigint, b: bigint): number => (a > b ? 1 : a < b ? -1 : 0);
  withRem.sort((x, y) => cmp(rem[y], rem[x]) || cmp(s[rows[y]], s[rows[x]]) || x - y);
  const leftover = Number(R - given);
  for (let t = 0; t < leftover; t++) out[rows[withRem[t]]] += 1n;
  return { leftover, order: Uint32Array.from(withRem, (j) => rows[j]), ranked: true };
}
