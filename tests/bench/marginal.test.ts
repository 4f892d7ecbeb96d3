/** The bench's cost of a cell added: peak growth between two sizes over the cells between them. */
import { describe, expect, it } from 'vitest';
import { marginalRow, medianGrowth } from '../../bench/cli';

describe('marginalRow', () => {
  it.each([
    // small check/scan growth, big check/scan growth → bytes a cell added (check, scan)
    [75_000_000, 52_000_000, 451_000_000, 630_000_000, 209, 321],
    [20_000_000, 10_000_000, 20_000_000, 10_000_000, 0, 0],
  ])('%i/%i → %i/%i: %i and %i bytes a cell', (c1, s1, c2, s2, check, scan) => {
    const row = marginalRow(
      { size: 100_000, cells: 200_000, check: c1, scan: s1 },
      { size: 1_000_000, cells: 2_000_000, check: c2, scan: s2 },
    );
    expect(row.rammeMs).toBe(check);
    expect(row.baselineMs).toBe(scan);
    expect(row.size).toBe(1_000_000);
    expect(row.note).toContain('1,800,000 cells added');
  });
});

describe('medianGrowth', () => {
  const run = (grown: number) => ({ grown, peak: grown + 50_000_000, ms: grown / 1e6 });
  it.each([
    // growths of the child runs → the median's growth, the least, the most
    [[19_000_000, 11_700_000, 23_100_000], 19_000_000, 11_700_000, 23_100_000],
    [[72_000_000], 72_000_000, 72_000_000, 72_000_000],
    [[5, 3, 9, 7], 5, 3, 9],
  ])('%j → %i (%i–%i)', (growths, median, least, most) => {
    const m = medianGrowth(growths.map(run));
    expect([m.grown, m.least, m.most]).toEqual([median, least, most]);
    // The median run is one of the runs, its peak and time with it.
    expect(m.peak).toBe(median + 50_000_000);
  });
});
