import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  forEachCell,
  presentIndices,
  sheetFromValues,
  WIDE_ROW,
  wideColumns,
  type Sheet,
} from '../../core/grid';

/** A row with cells at the given 0-based columns, built as the readers build one. */
function rowWith(cols: readonly number[]): Array<string | undefined> {
  const row: Array<string | undefined> = [];
  for (const c of cols) row[c] = `c${c}`;
  return row;
}

/** What a walk of every index finds: the reference the fast paths must match. */
function everyIndex(row: ReadonlyArray<string | undefined>, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(lo, 0); i <= Math.min(hi, row.length - 1); i++)
    if (row[i] !== undefined) out.push(i);
  return out;
}

describe('presentIndices', () => {
  it.each<[string, number[], number, number, number[]]>([
    ['A and XFD', [0, 16383], 0, 16383, [0, 16383]],
    ['A and XFD, from B', [0, 16383], 1, 16383, [16383]],
    ['A and XFD, up to Y', [0, 16383], 0, 24, [0]],
    ['three near cells', [0, 1, 3], 0, 10, [0, 1, 3]],
    ['nothing in range', [0, 5000], 1, 4999, []],
    ['range past the row', [2], 0, 99_999, [2]],
    ['empty row', [], 0, 16383, []],
    ['out of order as written', [16383, 5, 700], 0, 16383, [5, 700, 16383]],
  ])('%s', (_name, cols, lo, hi, expected) => {
    expect(presentIndices(rowWith(cols), lo, hi)).toEqual(expected);
  });

  it('finds what a walk of every index finds, however far apart the cells', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 16383 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 16383 }),
        fc.integer({ min: 0, max: 16383 }),
        (cols, a, b) => {
          const row = rowWith(cols);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(presentIndices(row, lo, hi)).toEqual(everyIndex(row, lo, hi));
        },
      ),
    );
  });
});

describe('wideColumns', () => {
  it('leaves a row up to WIDE_ROW columns to an index walk', () => {
    expect(wideColumns(rowWith([0, WIDE_ROW - 1]), 0, WIDE_ROW - 1)).toBeUndefined();
  });

  it('lists the cells of a wider row', () => {
    expect(wideColumns(rowWith([0, WIDE_ROW]), 0, WIDE_ROW)).toEqual([0, WIDE_ROW]);
    expect(wideColumns(rowWith([3, 16383]), 0, 16383)).toEqual([3, 16383]);
  });

  it('on any row, gives every cell an index walk would visit, or leaves the walk to the caller', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 16383 }), { maxLength: 30 }), (cols) => {
        const row = rowWith(cols);
        const wide = wideColumns(row, 0, row.length - 1);
        if (row.length <= WIDE_ROW) expect(wide).toBeUndefined();
        else expect(wide).toEqual(everyIndex(row, 0, row.length - 1));
      }),
    );
  });
});

describe('forEachCell', () => {
  /** A sheet whose rows hold cells at the given columns, as the readers build one. */
  function sheetWith(rows: ReadonlyArray<readonly number[] | undefined>): Sheet {
    const sheet = sheetFromValues('Ark1', []);
    rows.forEach((cols, r) => {
      if (!cols) return;
      const row: Sheet['rows'][number] = [];
      for (const c of cols) row[c] = { value: `${r}:${c}` };
      sheet.rows[r] = row;
    });
    return sheet;
  }

  it('visits every cell top to bottom, left to right, also past XFD-wide gaps', () => {
    const seen: string[] = [];
    forEachCell(sheetWith([[1, 0], undefined, [16_383, 0, 700]]), (cell, r, c) => {
      expect(cell.value).toBe(`${r}:${c}`);
      seen.push(`${r}:${c}`);
    });
    expect(seen).toEqual(['0:0', '0:1', '2:0', '2:700', '2:16383']);
  });

  it('stops at the end of the row where the visit says so', () => {
    const seen: string[] = [];
    forEachCell(sheetWith([[0, 1], [0, 1, 2], [0]]), (_cell, r, c) => {
      seen.push(`${r}:${c}`);
      return r === 1 && c === 0;
    });
    expect(seen).toEqual(['0:0', '0:1', '1:0', '1:1', '1:2']);
  });

  it('visits what an index walk of every row visits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 16_383 }), { maxLength: 6 }), {
            nil: undefined,
          }),
          { maxLength: 12 },
        ),
        (rows) => {
          const sheet = sheetWith(rows);
          const seen: string[] = [];
          forEachCell(sheet, (_cell, r, c) => void seen.push(`${r}:${c}`));
          const walked: string[] = [];
          sheet.rows.forEach((row, r) => {
            if (row)
              for (const c of everyIndex(row as never, 0, row.length - 1)) walked.push(`${r}:${c}`);
          });
          expect(seen).toEqual(walked);
        },
      ),
    );
  });
});
