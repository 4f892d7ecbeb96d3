/**
 * Report version 3 keeps a table's row roles as runs. The structure map must paint exactly the
 * cells the per-row map of version 2 painted: on every table of examples/ and tests/fixtures
 * (the hostile files of tests/fixtures/bad included, where they read), the old map (one entry
 * per row, painted the old way) against the runs, for the add-in's list of cells and the web
 * page's look-up of a cell.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cellFill,
  structureCells,
  structureColours,
  type StructureCell,
} from '../../addin/host/structure';
import { describeTables, detectTables } from '../../core/detect';
import { forEachRowRole } from '../../core/detect/roles';
import { a1, columnName, parseRange } from '../../core/grid';
import { installInflater } from '../../core/io';
import { nodeInflate, readWorkbookFile } from '../../core/io/node';
import { expandRowRuns, type RowStructureRole, type TableInfo } from '../../core/report';
import { REPO } from '../cli/helpers';

installInflater(nodeInflate);

type PerRow = Array<{ row: number; role: RowStructureRole }>;

/** Cells compared at most per sheet: hostile files hold tables 16.384 columns wide. */
const LIMIT = 100_000;

/** structureCells as it was for version 2 (one `{ row, role }` per row): the oracle. */
function perRowCells(tables: ReadonlyArray<{ info: TableInfo; rows: PerRow }>): StructureCell[] {
  const out: StructureCell[] = [];
  for (const { info: t, rows } of tables) {
    const r = parseRange(t.range);
    if (!r || !t.roles) continue;
    const columns = new Map(t.roles.columns.map((c) => [c.column, c.role]));
    for (const { row, role } of rows) {
      if (row < r.top || row > r.bottom) continue;
      for (let col = r.left; col <= r.right; col++) {
        if (out.length >= LIMIT) return out;
        const columnRole = columns.get(columnName(col));
        out.push({
          sheet: t.sheet,
          cell: a1(row, col),
          row,
          col,
          rowRole: role,
          columnRole,
          fill: cellFill(role, columnRole),
        });
      }
    }
  }
  return out;
}

function workbooks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return workbooks(p);
      return /\.(xlsx|xlsm|ods|csv)$/i.test(e.name) ? [p] : [];
    })
    .sort();
}

const BAD = /^tests\/fixtures\/bad\//;

const files = [
  ...workbooks(path.join(REPO, 'examples')),
  ...workbooks(path.join(REPO, 'tests/fixtures')),
].map((f) => path.relative(REPO, f));

describe('the structure map paints the same cells from runs as from one entry per row', () => {
  it('has real workbooks to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s', async (file) => {
    const book = await readWorkbookFile(path.join(REPO, file));
    if (!book.ok) return expect(file).toMatch(BAD);
    let cells = 0;
    for (const sheet of book.value.sheets) {
      const names = book.value.names.filter((n) => n.sheet === sheet.name);
      const tables = detectTables(sheet, { names });
      const infos = describeTables(tables);
      const old = tables.map((t, i) => {
        const rows: PerRow = [];
        forEachRowRole(t, (row, role) => rows.push({ row, role }));
        expect(expandRowRuns(infos[i]!.roles!.rows)).toEqual(rows);
        return { info: infos[i]!, rows };
      });
      const painted = structureCells(infos, undefined, LIMIT);
      expect(painted).toEqual(perRowCells(old));
      cells += painted.length;
      // The web page's sheet view looks each cell up in the runs: the tint of the first table
      // whose per-row map has the cell's row.
      const columnRoles = old.map(
        ({ info }) => new Map(info.roles!.columns.map((c) => [c.column, c.role])),
      );
      const firstRoles = old.map(({ rows }) => {
        const roles = new Map<number, RowStructureRole>();
        for (const { row, role } of rows) if (!roles.has(row)) roles.set(row, role);
        return roles;
      });
      const oldTint = (row: number, col: number): StructureCell | undefined => {
        for (const [j, { info }] of old.entries()) {
          const r = parseRange(info.range)!;
          const role = firstRoles[j]!.get(row);
          if (row < r.top || row > r.bottom || col < r.left || col > r.right || !role) continue;
          const columnRole = columnRoles[j]!.get(columnName(col));
          const fill = cellFill(role, columnRole);
          return {
            sheet: info.sheet,
            cell: a1(row, col),
            row,
            col,
            rowRole: role,
            columnRole,
            fill,
          };
        }
        return undefined;
      };
      const colours = structureColours(infos, sheet.name);
      expect(colours.empty).toBe(painted.length === 0);
      let looked = 0;
      for (const { info } of old) {
        const r = parseRange(info.range)!;
        for (let row = r.top; row <= r.bottom && looked < LIMIT; row++)
          for (let col = r.left; col <= r.right && looked < LIMIT; col++, looked++)
            expect(colours.cellAt(row, col)).toEqual(oldTint(row, col));
      }
    }
    if (!BAD.test(file)) expect(cells).toBeGreaterThan(0);
  });
});
