import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  COLUMN_FILL,
  ROW_FILL,
  cellFill,
  structureCells,
  structureColours,
  type StructureCell,
  type StructureColours,
} from '../../addin/host/structure';
import { a1 } from '../../core/grid';
import {
  addRowRole,
  type ColumnStructureRole,
  type RowRun,
  type RowStructureRole,
  type TableInfo,
} from '../../core/report';

/** The tinted cells of a map within the first rows and columns, top to bottom, left to right. */
function tinted(map: StructureColours, rows: number, cols: number): StructureCell[] {
  const out: StructureCell[] = [];
  for (let row = 1; row <= rows; row++)
    for (let col = 1; col <= cols; col++) {
      const c = map.cellAt(row, col);
      if (c) out.push(c);
    }
  return out;
}

const byPlace = (a: StructureCell, b: StructureCell) => a.row - b.row || a.col - b.col;

function runsOf(rows: ReadonlyArray<{ row: number; role: RowStructureRole }>): RowRun[] {
  const runs: RowRun[] = [];
  for (const { row, role } of rows) addRowRole(runs, row, role);
  return runs;
}

const budget: TableInfo = {
  sheet: 'Budget',
  range: 'A4:C8',
  kind: 'budget',
  unit: 'kr',
  roles: {
    rows: [
      { from: 4, to: 4, role: 'header' },
      { from: 5, to: 5, role: 'detail' },
      { from: 6, to: 6, role: 'heraf' },
      { from: 8, to: 8, role: 'total' },
    ],
    columns: [
      { column: 'A', role: 'label' },
      { column: 'B', role: 'amount' },
      { column: 'C', role: 'derived' },
    ],
  },
};

/** WCAG relative luminance and contrast, to prove the tints keep dark text readable. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('structure map colours', () => {
  it.each<[RowStructureRole, ColumnStructureRole | undefined, string]>([
    ['detail', 'amount', '#E2EFDA'],
    ['detail', 'label', '#E2EFDA'],
    ['total', 'amount', '#A9D08E'],
    ['subtotal', 'total', '#C6E0B4'],
    ['heraf', undefined, '#FCE4D6'],
    ['detail', 'derived', '#D9D2E9'],
    ['total', 'date', '#FFF2CC'],
    ['detail', 'not-summed', '#E7E6E6'],
    ['header', 'not-summed', '#D9D9D9'],
    ['header', 'date', '#D9D9D9'],
    ['note', 'amount', '#F2F2F2'],
  ])('row %s, column %s → %s', (row, column, fill) => {
    expect(cellFill(row, column)).toBe(fill);
  });

  it('gives every role its own colour within rows and within columns', () => {
    expect(new Set(Object.values(ROW_FILL)).size).toBe(7);
    expect(new Set(Object.values(COLUMN_FILL)).size).toBe(6);
  });

  it('keeps dark text (#242424) at WCAG AA contrast on every tint', () => {
    for (const fill of [...Object.values(ROW_FILL), ...Object.values(COLUMN_FILL)]) {
      expect(contrast(fill, '#242424'), fill).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('lists the role rows of a table cell by cell, skipping rows without a role', () => {
    const cells = structureCells([budget]);
    expect(cells.map((c) => `${c.cell}:${c.rowRole}:${c.columnRole}:${c.fill}`)).toEqual([
      'A4:header:label:#D9D9D9',
      'B4:header:amount:#D9D9D9',
      'C4:header:derived:#D9D9D9',
      'A5:detail:label:#E2EFDA',
      'B5:detail:amount:#E2EFDA',
      'C5:detail:derived:#D9D2E9',
      'A6:heraf:label:#FCE4D6',
      'B6:heraf:amount:#FCE4D6',
      'C6:heraf:derived:#D9D2E9',
      'A8:total:label:#A9D08E',
      'B8:total:amount:#A9D08E',
      'C8:total:derived:#D9D2E9',
    ]);
  });

  it('paints every row of a run, and only the rows of a run inside the range', () => {
    const runs: TableInfo = {
      ...budget,
      range: 'A3:B7',
      roles: {
        rows: [
          { from: 1, to: 3, role: 'header' },
          { from: 4, to: 6, role: 'detail' },
          { from: 7, to: 9, role: 'total' },
        ],
        columns: [],
      },
    };
    expect(structureCells([runs]).map((c) => `${c.cell}:${c.rowRole}`)).toEqual([
      'A3:header',
      'B3:header',
      'A4:detail',
      'B4:detail',
      'A5:detail',
      'B5:detail',
      'A6:detail',
      'B6:detail',
      'A7:total',
      'B7:total',
    ]);
  });

  it('keeps to one sheet, ignores tables without roles and rows outside the range', () => {
    const other: TableInfo = { ...budget, sheet: 'Andet' };
    const bare: TableInfo = { sheet: 'Budget', range: 'E1:F3', kind: 'unknown', unit: null };
    const stray: TableInfo = {
      ...budget,
      range: 'A10:B11',
      roles: { rows: [{ from: 2, to: 2, role: 'total' }], columns: [] },
    };
    const map = structureColours([budget, other, bare, stray], 'Budget');
    expect(tinted(map, 20, 10)).toHaveLength(12);
    expect(map.empty).toBe(false);
    expect(map.cellAt(8, 2)?.rowRole).toBe('total');
    expect(map.cellAt(8, 2)?.cell).toBe('B8');
    expect(map.cellAt(7, 2)).toBeUndefined();
    expect([...map.columns.entries()]).toEqual([
      [1, 'label'],
      [2, 'amount'],
      [3, 'derived'],
    ]);
    expect(structureColours([budget], 'Andet').empty).toBe(true);
    expect(structureColours([stray], 'Budget').empty).toBe(true);
  });

  it('gives the first cells only, when asked for at most so many', () => {
    expect(structureCells([budget], undefined, 4)).toEqual(structureCells([budget]).slice(0, 4));
    expect(structureCells([budget, budget], undefined, 100)).toHaveLength(24);
    expect(structureCells([budget], undefined, 0)).toEqual([]);
  });

  it('maps a whole-sheet table without making its cells (a hostile file has A1:XFD20002)', () => {
    const whole: TableInfo = {
      sheet: 'Budget',
      range: 'A1:XFD1048576',
      kind: 'budget',
      unit: null,
      roles: {
        rows: [
          { from: 1, to: 1, role: 'header' },
          { from: 2, to: 1_048_575, role: 'detail' },
          { from: 1_048_576, to: 1_048_576, role: 'total' },
        ],
        columns: [{ column: 'XFD', role: 'amount' }],
      },
    };
    const map = structureColours([whole], 'Budget');
    expect(map.empty).toBe(false);
    expect(map.cellAt(1_048_576, 16_384)).toMatchObject({ cell: 'XFD1048576', rowRole: 'total' });
    expect(map.cellAt(500_000, 3)?.rowRole).toBe('detail');
    const first = structureCells([whole], undefined, 20_000);
    expect(first).toHaveLength(20_000);
    // Row 1's 16.384 cells, then row 2 up to its 3.616th column.
    expect(first.at(-1)?.cell).toBe('EIB2');
  });

  it('looks up the same tint per cell as the list of cells gives, first table first (property)', () => {
    const role = fc.constantFrom<RowStructureRole>(
      ...(Object.keys(ROW_FILL) as RowStructureRole[]),
    );
    const column = fc.record({
      column: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      role: fc.constantFrom<ColumnStructureRole>(
        ...(Object.keys(COLUMN_FILL) as ColumnStructureRole[]),
      ),
    });
    // Runs as the core makes them (from a per-row list, in any order) and as another tool might
    // write them (overlapping, backwards).
    const runs = fc.oneof(
      fc
        .array(fc.record({ row: fc.integer({ min: 1, max: 14 }), role }), { maxLength: 16 })
        .map(runsOf),
      fc.array(
        fc.record({
          from: fc.integer({ min: 1, max: 14 }),
          to: fc.integer({ min: 1, max: 14 }),
          role,
        }),
        { maxLength: 6 },
      ),
    );
    const table = fc.record({
      sheet: fc.constantFrom('S', 'T'),
      top: fc.integer({ min: 1, max: 8 }),
      height: fc.integer({ min: 0, max: 6 }),
      left: fc.integer({ min: 1, max: 4 }),
      width: fc.integer({ min: 0, max: 2 }),
      rows: runs,
      columns: fc.array(column, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(table, { maxLength: 4 }), fc.nat(60), (specs, limit) => {
        const tables: TableInfo[] = specs.map((t) => ({
          sheet: t.sheet,
          range: `${a1(t.top, t.left)}:${a1(t.top + t.height, t.left + t.width)}`,
          kind: 'budget',
          unit: null,
          roles: { rows: t.rows, columns: t.columns },
        }));
        const all = structureCells(tables, 'S');
        expect(structureCells(tables, 'S', limit)).toEqual(all.slice(0, limit));
        const first = new Map<string, StructureCell>();
        for (const c of all) if (!first.has(c.cell)) first.set(c.cell, c);
        const map = structureColours(tables, 'S');
        expect(map.empty).toBe(first.size === 0);
        expect(tinted(map, 16, 8)).toEqual([...first.values()].sort(byPlace));
      }),
    );
  });

  it('tints exactly the role rows × range columns, each cell once (property)', () => {
    const rows = fc.constantFrom<RowStructureRole>(
      ...(Object.keys(ROW_FILL) as RowStructureRole[]),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 40 }), role: rows }), {
          selector: (r) => r.row,
        }),
        (height, width, roleRows) => {
          const table: TableInfo = {
            sheet: 'S',
            range: `A1:${String.fromCharCode(64 + width)}${height}`,
            kind: 'budget',
            unit: null,
            roles: { rows: runsOf(roleRows), columns: [] },
          };
          const inside = roleRows.filter((r) => r.row <= height).length;
          const cells = structureCells([table]);
          expect(cells.length).toBe(inside * width);
          expect(new Set(cells.map((c) => c.cell)).size).toBe(cells.length);
          for (const c of cells) expect(c.fill).toBe(ROW_FILL[c.rowRole]);
        },
      ),
    );
  });
});
