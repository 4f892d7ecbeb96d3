/** Wall-clock timing for the benchmarks: warm-up first, then the median of several runs. */
import { performance } from 'node:perf_hooks';

export interface Timing<T> {
  /** Median of the measured runs, in milliseconds. */
  ms: number;
  /** The last run's result, so callers can check what was computed. */
  result: T;
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function measure<T>(
  fn: () => T | Promise<T>,
  options: { runs: number; warmup: number },
): Promise<Timing<T>> {
  if (options.runs < 1) throw new Error('measure needs at least one run');
  for (let i = 0; i < options.warmup; i++) await fn();
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < options.runs; i++) {
    const start = performance.now();
    result = await fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

/** Fewer runs for big sizes, so the whole bench stays within minutes on a shared machine. */
export function runsFor(size: number): { runs: number; warmup: number } {
  if (size >= 1_000_000) return { runs: 3, warmup: 1 };
  if (size >= 100_000) return { runs: 5, warmup: 1 };
  // Small sizes take a millisecond: enough runs for the JIT to reach its steady state on both
  // sides, as it does in a session that checks many tables.
  if (size >= 10_000) return { runs: 31, warmup: 30 };
  return { runs: 101, warmup: 200 };
}

/** Rounded for printing: 3 significant digits below 100, whole numbers above. */
export function roundMs(ms: number): number {
  return ms >= 100 ? Math.round(ms) : Number(ms.toPrecision(3));
}
