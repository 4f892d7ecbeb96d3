/** Table detection on random grids: never a throw, every table inside its sheet. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTables } from '../../core/detect';
import { leaks, RUNS, sheet, TIMEOUT } from './arbitraries';

describe('detectTables under fuzzing', () => {
  it(
    'never throws and describes only cells that are in the sheet',
    () => {
      fc.assert(
        fc.property(sheet, (s) => {
          const tables = detectTables(s);
          for (const t of tables) {
            expect(t.sheet).toBe(s.name);
            expect(t.range.top).toBeGreaterThanOrEqual(1);
            expect(t.range.left).toBeGreaterThanOrEqual(1);
            expect(t.range.bottom).toBeLessThanOrEqual(Math.max(s.rowCount, 1));
            expect(t.range.right).toBeLessThanOrEqual(Math.max(s.colCount, 1));
            expect(t.range.top).toBeLessThanOrEqual(t.range.bottom);
            for (const r of t.rows) {
              expect(r.row).toBeGreaterThanOrEqual(t.range.top);
              expect(r.row).toBeLessThanOrEqual(t.range.bottom);
            }
            for (const c of t.columns) {
              expect(c.col).toBeGreaterThanOrEqual(t.range.left);
              expect(c.col).toBeLessThanOrEqual(t.range.right);
            }
          }
          expect(leaks(JSON.stringify(tables))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
