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

/**
 * For the in-memory total checks, which take 0,1 ms to 0,2 s: many runs after a long warm-up,
 * so both the float floor and Ramme are timed at the JIT's steady state (as in a session that
 * checks table after table), and the big sizes get enough runs for a median on a noisy machine.
 */
export function checkRunsFor(size: number): { runs: number; warmup: number } {
  if (size >= 1_000_000) return { runs: 7, warmup: 2 };
  if (size >= 100_000) return { runs: 11, warmup: 3 };
  if (size >= 10_000) return { runs: 101, warmup: 300 };
  return { runs: 501, warmup: 3000 };
}

/**
 * Two ways of doing the same work timed in turn, run by run (warm-up too): each sees the same
 * machine load, garbage and caches as the other, which a block of one and then a block of the
 * other do not on a shared machine. The medians of each.
 */
export async function measurePair<A, B>(
  a: () => A | Promise<A>,
  b: () => B | Promise<B>,
  options: { runs: number; warmup: number },
): Promise<[Timing<A>, Timing<B>]> {
  if (options.runs < 1) throw new Error('measurePair needs at least one run');
  for (let i = 0; i < options.warmup; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  let resultA!: A;
  let resultB!: B;
  for (let i = 0; i < options.runs; i++) {
    let start = performance.now();
    resultA = await a();
    times[0].push(performance.now() - start);
    start = performance.now();
    resultB = await b();
    times[1].push(performance.now() - start);
  }
  return [
    { ms: median(times[0]), result: resultA },
    { ms: median(times[1]), result: resultB },
  ];
}
