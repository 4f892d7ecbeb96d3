/** The cell-limit measurement on a tiny workbook: every sheet written, counted and checked. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCellLimit, writeBudgetSheets } from '../../bench/cell-limit';
import { readWorkbookFile } from '../../core/io/node';
import { syntheticBudget } from '../../scripts/gen-synthetic';

const cellsOf = (lines: number, seed: number): number =>
  syntheticBudget(lines, seed).sheet.rows.reduce(
    (n, row) => n + (row?.filter((c) => c !== undefined && c !== null).length ?? 0),
    0,
  );

describe('writeBudgetSheets', () => {
  it('writes one budget sheet per seed and counts their cells', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ramme-cell-limit-test-'));
    try {
      const file = path.join(dir, 'b.xlsx');
      const cells = await writeBudgetSheets(150, 3, file);
      expect(cells).toBe(cellsOf(150, 1) + cellsOf(150, 2) + cellsOf(150, 3));
      const read = await readWorkbookFile(file);
      expect(read.ok && read.value.sheets.map((s) => s.name)).toEqual([
        'Budget 2025',
        'Budget 2026',
        'Budget 2027',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('measureCellLimit', () => {
  it('checks the workbook in a child and gives its peak memory per cell', async () => {
    const f = await measureCellLimit(120, 2);
    expect(f).toMatchObject({ lines: 120, sheets: 2, ok: true });
    expect(f.cells).toBe(cellsOf(120, 1) + cellsOf(120, 2));
    expect(f.peakBytes).toBeGreaterThan(10_000_000);
    expect(Number.isInteger(f.bytesPerCell) && f.bytesPerCell >= 0).toBe(true);
  }, 60_000);
});
