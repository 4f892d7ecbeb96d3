/** The bench's floor for holding a grid: as many cells as asked, in the grid's own shape. */
import { describe, expect, it } from 'vitest';
import { heldCells } from '../../bench/held-cells';
import { forEachCell, type Sheet } from '../../core/grid';

function sheetOf(rows: Sheet['rows']): Sheet {
  return { name: 'held', rows, rowCount: rows.length, colCount: 2, merges: [] };
}

describe('heldCells', () => {
  it.each([
    [0, 0],
    [1, 1],
    [5, 3],
    [20_305, 10_153],
  ])('%i cells in %i rows of at most two', (count, rowCount) => {
    const rows = heldCells(count);
    expect(rows).toHaveLength(rowCount);
    const values = new Set<unknown>();
    let seen = 0;
    forEachCell(sheetOf(rows), (cell, _r, c) => {
      seen++;
      expect(c).toBeLessThan(2);
      expect(cell.numFmt).toBe('#,##0');
      expect(Number.isInteger(cell.value)).toBe(false);
      values.add(cell.value);
    });
    expect(seen).toBe(count);
    // Each a number of its own, as amounts read from a sheet are.
    expect(values.size).toBe(count);
  });
});
