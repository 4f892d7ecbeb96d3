/** The bench's floors: the bare scan read whole and read in pieces count the same cells. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bareScan, bareScanStreamed } from '../../bench/bare-scan';
import { syntheticBudget, writeSyntheticXlsx } from '../../scripts/gen-synthetic';

const dir = mkdtempSync(path.join(tmpdir(), 'ramme-bare-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bareScanStreamed', () => {
  // 20.000 lines: the sheet's XML spans several 256 KB pieces, cut inside rows and texts.
  it.each([
    [3, 14],
    [20_000, 40_605],
  ])('%i lines: %i cells, as bareScan counts them, the same sum', async (lines, cells) => {
    const file = path.join(dir, `budget-${lines}.xlsx`);
    const budget = syntheticBudget(lines);
    await writeSyntheticXlsx(budget, file);
    expect(budget.sheet.rows.flat().filter((c) => c !== undefined && c !== null)).toHaveLength(
      cells,
    );
    const [whole, streamed] = [await bareScan(file), await bareScanStreamed(file)];
    expect(whole.cells).toBe(cells);
    expect(streamed.cells).toBe(cells);
    // The pieces add up in another order: the sums agree to the float's own precision.
    expect(streamed.sum / whole.sum).toBeCloseTo(1, 12);
  });
});
