import { getHeapStatistics } from 'node:v8';

/**
 * Heap a check may need per cell, with room to spare: a check peaks at 150–210 bytes of
 * resident memory a cell at a million lines and more (docs/benchmarks.md).
 */
export const HEAP_BYTES_PER_CELL = 300;
/**
 * At most this many cells by default: 11.936.430 cells were checked in 1,9 GB (29 s) with
 * Node's default heap, and 7.308.020 within a 2 GB heap (1,3 GB).
 */
export const MOST_DEFAULT_CELLS = 12_000_000;
/** At least this many, on however small a heap (a 2.030.005-cell check peaks at 0,6 GB). */
export const LEAST_DEFAULT_CELLS = 1_000_000;

/**
 * The CLI's read limit on cells when --max-cells is not given: what Node's heap holds, in
 * steps of 100.000, so a small machine refuses a workbook with a message instead of running
 * out of memory, and a large one reads twice what it did before the check became leaner.
 */
export function cellLimitFor(heapLimit: number): number {
  const fits = Math.floor(heapLimit / HEAP_BYTES_PER_CELL / 100_000) * 100_000;
  return Math.min(MOST_DEFAULT_CELLS, Math.max(LEAST_DEFAULT_CELLS, fits));
}

/** The limit for this process's heap (Node's default, or --max-old-space-size). */
export function defaultCellLimit(): number {
  return cellLimitFor(getHeapStatistics().heap_size_limit);
}
