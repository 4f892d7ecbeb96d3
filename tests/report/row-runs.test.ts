import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRowRole, expandRowRuns, type RowRun, type RowStructureRole } from '../../core/report';

type RowRole = { row: number; role: RowStructureRole };

function runsOf(rows: readonly RowRole[]): RowRun[] {
  const runs: RowRun[] = [];
  for (const { row, role } of rows) addRowRole(runs, row, role);
  return runs;
}

const ROLES: RowStructureRole[] = [
  'header',
  'detail',
  'heraf',
  'subtotal',
  'total',
  'derived',
  'note',
];

describe('the structure map as runs of rows (report version 3)', () => {
  it.each<[string, RowRole[], RowRun[]]>([
    ['nothing', [], []],
    ['one row', [{ row: 7, role: 'total' }], [{ from: 7, to: 7, role: 'total' }]],
    [
      'consecutive rows of one role join',
      [
        { row: 3, role: 'header' },
        { row: 4, role: 'detail' },
        { row: 5, role: 'detail' },
        { row: 6, role: 'detail' },
        { row: 7, role: 'total' },
      ],
      [
        { from: 3, to: 3, role: 'header' },
        { from: 4, to: 6, role: 'detail' },
        { from: 7, to: 7, role: 'total' },
      ],
    ],
    [
      'a blank row between ends a run',
      [
        { row: 4, role: 'detail' },
        { row: 5, role: 'detail' },
        { row: 7, role: 'detail' },
      ],
      [
        { from: 4, to: 5, role: 'detail' },
        { from: 7, to: 7, role: 'detail' },
      ],
    ],
    [
      'another role ends a run',
      [
        { row: 4, role: 'detail' },
        { row: 5, role: 'heraf' },
        { row: 6, role: 'detail' },
      ],
      [
        { from: 4, to: 4, role: 'detail' },
        { from: 5, to: 5, role: 'heraf' },
        { from: 6, to: 6, role: 'detail' },
      ],
    ],
    [
      'a row out of order starts its own run',
      [
        { row: 5, role: 'header' },
        { row: 4, role: 'header' },
        { row: 5, role: 'header' },
      ],
      [
        { from: 5, to: 5, role: 'header' },
        { from: 4, to: 5, role: 'header' },
      ],
    ],
  ])('%s', (_name, rows, runs) => {
    expect(runsOf(rows)).toEqual(runs);
    expect(expandRowRuns(runs)).toEqual(rows);
  });

  it('expands back to the per-row list, in fewest runs (property)', () => {
    const row = fc.record({
      row: fc.integer({ min: 1, max: 60 }),
      role: fc.constantFrom(...ROLES),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const runs = runsOf(rows);
        expect(expandRowRuns(runs)).toEqual(rows);
        for (const r of runs) expect(r.to).toBeGreaterThanOrEqual(r.from);
        // No two neighbouring runs could have been one.
        for (let i = 1; i < runs.length; i++) {
          const [a, b] = [runs[i - 1]!, runs[i]!];
          expect(a.role === b.role && a.to + 1 === b.from).toBe(false);
        }
      }),
    );
  });

  it('keeps a million-row table of one role in one run', () => {
    const runs: RowRun[] = [];
    addRowRole(runs, 3, 'header');
    for (let row = 4; row <= 1_000_003; row++) addRowRole(runs, row, 'detail');
    addRowRole(runs, 1_000_004, 'total');
    expect(runs).toEqual([
      { from: 3, to: 3, role: 'header' },
      { from: 4, to: 1_000_003, role: 'detail' },
      { from: 1_000_004, to: 1_000_004, role: 'total' },
    ]);
  });
});
