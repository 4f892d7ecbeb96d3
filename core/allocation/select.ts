/**
 * Moves the k first items of `order` (by: larger key, then larger weight, then smaller
 * position) to the front, in no particular order: expected linear time, where a full sort of a
 * million remainders would dominate the whole apportionment. The order is total (positions are
 * unique), so Hoare partitioning with a median-of-three pivot always makes progress.
 */
export function selectTop(
  order: Uint32Array,
  k: number,
  key: Float64Array,
  weight: Float64Array,
): void {
  // a comes before b
  const before = (a: number, b: number): boolean =>
    key[a] !== key[b] ? key[a] > key[b] : weight[a] !== weight[b] ? weight[a] > weight[b] : a < b;
  let lo = 0;
  let hi = order.length - 1;
  if (k <= 0 || k >= order.length) return;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three into order[mid]
    if (before(order[mid], order[lo])) swap(order, mid, lo);
    if (before(order[hi], order[lo])) swap(order, hi, lo);
    if (before(order[hi], order[mid])) swap(order, hi, mid);
    const pivot = order[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(order[i], pivot)) i++;
      while (before(pivot, order[j])) j--;
      if (i <= j) {
        swap(order, i, j);
        i++;
        j--;
      }
    }
    // [lo..j] come before or equal the pivot, [i..hi] after; the k-th sits in one side.
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else return;
  }
}

function swap(a: Uint32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
