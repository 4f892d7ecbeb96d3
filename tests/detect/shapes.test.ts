import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellInfo, gridOf, isWord } from '../../core/detect/cells';
import { RowCollector } from '../../core/detect/collector';
import { blocksOf, rowShape } from '../../core/detect/layout';
import { RowRuns } from '../../core/detect/shapes';
import type { Cell, RangeRef, Sheet } from '../../core/grid';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 300);

/** Cells of every kind a row summary counts apart, often missing (sparse rows). */
const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 4 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(undefined, 'dd-mm-yyyy', '0.0%'))
      .map(([value, numFmt]) => (numFmt === undefined ? { value } : { value, numFmt })),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom('Konto 7', 'I alt', '1.500', '4,4 mio. kr.', '2,0*', '', ' ', '* Note', '2019')
      .map((value) => ({ value })),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom<Cell>(
      { value: true },
      { value: null },
      { value: { error: '#N/A' } },
    ),
    weight: 1,
  },
);

const sheetArb = fc
  .array(fc.option(fc.array(cellArb, { maxLength: 7 }), { nil: undefined, freq: 4 }), {
    maxLength: 30,
  })
  .map((rows): Sheet => ({
    name: 'Ark',
    rows,
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r?.length ?? 0)),
    merges: [],
  }));

/** What a row's summary must say, read from each cell's info (how rowShape read them). */
function expected(sheet: Sheet, row: number, region: RangeRef) {
  const cols: number[] = [];
  let words = 0;
  let numbers = 0;
  let dates = 0;
  let firstWord = '';
  for (let c = region.left; c <= region.right; c++) {
    const cell = sheet.rows[row - 1]?.[c - 1];
    const info = cellInfo(cell);
    if (!cell || info.kind === 'blank') continue;
    cols.push(c);
    if (info.numeric) numbers++;
    else if (info.kind === 'date') dates++;
    else if (isWord(info)) {
      words++;
      if (firstWord === '') firstWord = info.text;
    }
  }
  return cols.length === 0 ? null : { row, cols, words, numbers, dates, firstWord };
}

const regionArb = (sheet: Sheet) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: Math.max(1, sheet.rowCount) }),
      fc.integer({ min: 1, max: Math.max(1, sheet.rowCount) }),
      fc.integer({ min: 1, max: 7 }),
      fc.integer({ min: 1, max: 7 }),
    )
    .map(([a, b, c, d]) => ({
      top: Math.min(a, b),
      bottom: Math.max(a, b),
      left: Math.min(c, d),
      right: Math.max(c, d),
    }));

describe('row summaries kept in typed arrays', () => {
  it('give for each non-blank row exactly what its cells say, blocks split at blank rows', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((sheet) => fc.tuple(fc.constant(sheet), regionArb(sheet))),
        ([sheet, region]) => {
          const { shapes, bounds } = blocksOf(gridOf(sheet), region);
          const want: Array<NonNullable<ReturnType<typeof expected>>> = [];
          const blocks: number[][] = [];
          let block: number[] = [];
          for (let r = region.top; r <= region.bottom; r++) {
            const e = expected(sheet, r, region);
            if (e) {
              want.push(e);
              block.push(r);
            } else if (block.length > 0) {
              blocks.push(block);
              block = [];
            }
          }
          if (block.length > 0) blocks.push(block);
          expect(shapes.length).toBe(want.length);
          want.forEach((e, i) => {
            expect(shapes.shape(i)).toEqual(e);
            expect([...shapes.colsOf(i)]).toEqual(e.cols);
            expect(shapes.colCount(i)).toBe(e.cols.length);
            expect(shapes.firstWord(i)).toBe(e.firstWord);
          });
          const got: number[][] = [];
          for (let b = 0; b < bounds.length; b += 2) {
            got.push([...shapes.row.subarray(bounds[b], bounds[b + 1])]);
          }
          expect(got).toEqual(blocks);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rowShape, for one row at a time, says the same', () => {
    fc.assert(
      fc.property(
        sheetArb.chain((sheet) => fc.tuple(fc.constant(sheet), regionArb(sheet))),
        ([sheet, region]) => {
          const grid = gridOf(sheet);
          for (let r = region.top; r <= region.bottom; r++) {
            expect(rowShape(grid, r, region)).toEqual(expected(sheet, r, region));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('consecutive rows over the same columns share one column list', () => {
    const row = (): Cell[] => [{ value: 'Konto' }, { value: 5 }];
    const sheet: Sheet = {
      name: 'Ark',
      rows: [row(), row(), [{ value: 'x' }], row()],
      rowCount: 4,
      colCount: 2,
      merges: [],
    };
    const { shapes } = blocksOf(gridOf(sheet), { top: 1, bottom: 4, left: 1, right: 2 });
    expect(shapes.colsOf(1)).toBe(shapes.colsOf(0));
    expect(shapes.colsOf(2)).toEqual([1]);
    expect(shapes.colsOf(3)).not.toBe(shapes.colsOf(0));
    expect(shapes.colsOf(3)).toEqual([1, 2]);
  });
});

describe('row summaries of a region wider than 65.535 columns (a CSV)', () => {
  it('keep columns and counts past what 16 bits hold', () => {
    const row: Array<Cell | undefined> = [];
    row[0] = { value: 5 };
    row[69_999] = { value: 'Note' };
    const sheet: Sheet = { name: 'Ark', rows: [row], rowCount: 1, colCount: 70_000, merges: [] };
    const region = { top: 1, bottom: 1, left: 1, right: 70_000 };
    const { shapes } = blocksOf(gridOf(sheet), region);
    expect(shapes.shape(0)).toEqual({
      row: 1,
      cols: [1, 70_000],
      words: 1,
      numbers: 1,
      dates: 0,
      firstWord: 'Note',
    });
    expect(shapes.firstCol[0]).toBe(70_000);
  });
});

describe('RowRuns', () => {
  it.each([
    { adds: [[0, 3]], bounds: [0, 3], length: 3, indices: [0, 1, 2] },
    {
      adds: [
        [2, 4],
        [4, 6],
      ],
      bounds: [2, 6],
      length: 4,
      indices: [2, 3, 4, 5],
    },
    {
      adds: [
        [1, 2],
        [5, 7],
      ],
      bounds: [1, 2, 5, 7],
      length: 3,
      indices: [1, 5, 6],
    },
    {
      adds: [
        [3, 3],
        [4, 5],
      ],
      bounds: [4, 5],
      length: 1,
      indices: [4],
    },
  ])('adds $adds as runs $bounds', ({ adds, bounds, length, indices }) => {
    const runs = new RowRuns();
    for (const [a, b] of adds) runs.add(a!, b!);
    expect(runs.bounds).toEqual(bounds);
    expect(runs.length).toBe(length);
    expect(runs.first()).toBe(indices[0]);
    expect(runs.last()).toBe(indices[indices.length - 1]);
    expect([...runs.indices()]).toEqual(indices);
    expect([...runs.indices([9, 11])]).toEqual([...indices, 9, 11]);
    expect(runs.some((i) => i === indices[indices.length - 1])).toBe(true);
    expect(runs.some((i) => i === 8)).toBe(false);
    const visited: number[] = [];
    runs.forEach((i) => visited.push(i));
    expect(visited).toEqual(indices);
  });

  it('a constructor range is its first run; an empty one none', () => {
    expect(new RowRuns(2, 5).bounds).toEqual([2, 5]);
    expect(new RowRuns().length).toBe(0);
    expect([...new RowRuns(4, 4).indices()]).toEqual([]);
  });
});

describe('RowCollector', () => {
  type Op = { op: 'push'; row: number } | { op: 'move' } | { op: 'takeGroup' } | { op: 'takeOut' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.integer({ min: 1, max: 1000 }).map((row) => ({ op: 'push' as const, row })),
    fc.constant({ op: 'move' as const }),
    fc.constant({ op: 'takeGroup' as const }),
    fc.constant({ op: 'takeOut' as const }),
  );

  it('hands over what plain arrays would hold, as arrays of their own', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const group = new RowCollector();
        const outside = new RowCollector();
        let g: number[] = [];
        let o: number[] = [];
        const taken: Array<{ array: number[]; held: number[] }> = [];
        for (const op of ops) {
          if (op.op === 'push') {
            group.push(op.row);
            g.push(op.row);
          } else if (op.op === 'move') {
            group.moveTo(outside);
            o = o.concat(g);
            g = [];
          } else if (op.op === 'takeGroup') {
            const t = group.take();
            expect(t).toEqual(g);
            taken.push({ array: t, held: [...t] });
            g = [];
          } else {
            const t = outside.take();
            expect(t).toEqual(o);
            taken.push({ array: t, held: [...t] });
            o = [];
          }
          expect(group.length).toBe(g.length);
          expect(outside.length).toBe(o.length);
        }
        // Arrays handed over are not changed by what the collectors do later.
        for (const t of taken) expect(t.array).toEqual(t.held);
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves a taken array alone when it collects again', () => {
    const c = new RowCollector();
    c.push(3);
    c.push(4);
    const first = c.take();
    c.push(9);
    expect(first).toEqual([3, 4]);
    expect(c.take()).toEqual([9]);
    expect(c.take()).toEqual([]);
  });
});
