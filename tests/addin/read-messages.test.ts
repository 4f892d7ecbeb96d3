import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentIndices, WIDE_ROW, type Cell } from '../../core/grid';
import { packRow, unpackRow } from '../../addin/web/read-messages';

type Row = Array<Cell | undefined>;

function rowWith(cols: readonly number[]): Row {
  const row: Row = [];
  for (const c of cols) row[c] = { value: c };
  return row;
}

/** A row's cells as (column, value) pairs: what the page must get back. */
const cellsOf = (row: Row | undefined) =>
  row ? presentIndices(row, 0, row.length - 1).map((c) => [c, row[c]!.value]) : [];

describe('rows posted by the reading worker', () => {
  it('posts a narrow row as it is', () => {
    const row = rowWith([0, 1, 5]);
    expect(packRow(row)).toBe(row);
    expect(packRow(undefined)).toBeUndefined();
  });

  it('posts a row reaching XFD as its cells and their columns only', () => {
    expect(packRow(rowWith([0, 1, 16_383]))).toEqual({
      cols: [0, 1, 16_383],
      cells: [{ value: 0 }, { value: 1 }, { value: 16_383 }],
    });
  });

  it('gets every row back with its cells at their columns, through structured clone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 16_383 }), { maxLength: 8 }), {
            nil: undefined,
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const sent = rows.map((cols) => (cols ? rowWith(cols) : undefined));
          const got = structuredClone(sent.map(packRow)).map(unpackRow);
          expect(got.map(cellsOf)).toEqual(sent.map(cellsOf));
          // A wide row travels as a list of its cells: never 16.384 slots.
          for (const p of sent.map(packRow))
            if (p && !Array.isArray(p)) expect(p.cols.length).toBeLessThanOrEqual(8);
        },
      ),
    );
  });

  it('keeps a wide row narrow in the message whatever its width', () => {
    const packed = packRow(rowWith([0, WIDE_ROW + 1]));
    expect(JSON.stringify(structuredClone(packed)).length).toBeLessThan(100);
  });
});
