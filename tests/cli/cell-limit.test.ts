import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { cellLimitFor, defaultCellLimit } from '../../core/cli/cell-limit';

const GB = 1024 ** 3;

describe('the CLI default cell limit follows the heap', () => {
  it.each([
    // Node's default heap on a machine of 16 GB or more (about 4,1 GB): the most.
    [4.1 * GB, 12_000_000],
    [16 * GB, 12_000_000],
    // An 8 GB laptop's default heap (about 2 GB): 7,3 million cells were checked in one.
    [2 * GB, 7_100_000],
    [1 * GB, 3_500_000],
    // However small the heap, a million cells.
    [256 * 1024 ** 2, 1_000_000],
    [0, 1_000_000],
  ])('heap %d bytes → %d cells', (heap, cells) => {
    expect(cellLimitFor(heap)).toBe(cells);
  });

  it('is a whole number of 100.000 cells, and never falls as the heap grows', () => {
    let last = 0;
    for (let heap = 0; heap <= 8 * GB; heap += 97 * 1024 ** 2) {
      const cells = cellLimitFor(heap);
      expect(cells % 100_000).toBe(0);
      expect(cells).toBeGreaterThanOrEqual(last);
      last = cells;
    }
  });

  it("is this process's heap's", () => {
    expect(defaultCellLimit()).toBe(cellLimitFor(getHeapStatistics().heap_size_limit));
  });
});
