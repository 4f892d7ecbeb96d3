import { a1, columnName, columnNumber, parseRange, type RangeRef } from '../../core/grid';
import {
  addRowRole,
  type ColumnStructureRole,
  type RowRun,
  type RowStructureRole,
  type TableInfo,
} from '../../core/report';

/**
 * The structure map's colours: what each recognised table's rows and columns were taken for.
 * Light tints only, so dark text stays readable on every one (WCAG AA against #242424).
 */
export const ROW_FILL: Record<RowStructureRole, string> = {
  header: '#D9D9D9',
  detail: '#E2EFDA',
  heraf: '#FCE4D6',
  subtotal: '#C6E0B4',
  total: '#A9D08E',
  derived: '#D9D2E9',
  note: '#F2F2F2',
};

export const COLUMN_FILL: Record<ColumnStructureRole, string> = {
  label: '#F2F2F2',
  amount: '#E2EFDA',
  total: '#A9D08E',
  derived: '#D9D2E9',
  date: '#FFF2CC',
  'not-summed': '#E7E6E6',
};

export const ROW_ROLES = Object.keys(ROW_FILL) as RowStructureRole[];
export const COLUMN_ROLES = Object.keys(COLUMN_FILL) as ColumnStructureRole[];

/** Columns never added into a total: their cells show the column's role, not the row's. */
const OUTSIDE_SUMS: ReadonlySet<ColumnStructureRole> = new Set(['derived', 'date', 'not-summed']);

export interface StructureCell {
  sheet: string;
  cell: string;
  row: number;
  col: number;
  rowRole: RowStructureRole;
  columnRole: ColumnStructureRole | undefined;
  fill: string;
}

/** One cell's tint: the column's role where the column is outside every sum, else the row's. */
export function cellFill(
  rowRole: RowStructureRole,
  columnRole: ColumnStructureRole | undefined,
): string {
  return columnRole && rowRole !== 'header' && OUTSIDE_SUMS.has(columnRole)
    ? COLUMN_FILL[columnRole]
    : ROW_FILL[rowRole];
}

/**
 * The cells of the tables' role rows, left to right, top to bottom; blank rows get none. At most
 * `limit` cells: the first ones, made without making the rest.
 */
export function structureCells(
  tables: readonly TableInfo[],
  sheet?: string,
  limit = Infinity,
): StructureCell[] {
  const out: StructureCell[] = [];
  for (const t of tables) {
    if (!t.roles || (sheet !== undefined && t.sheet !== sheet)) continue;
    const r = parseRange(t.range);
    if (!r) continue;
    const columns = new Map(t.roles.columns.map((c) => [c.column, c.role]));
    for (const { from, to, role } of t.roles.rows) {
      // A run may reach past the table's range; only its rows inside are painted.
      for (let row = Math.max(from, r.top); row <= Math.min(to, r.bottom); row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (out.length >= limit) return out;
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
  }
  return out;
}

export interface StructureColours {
  /** The tint of the cell at a row and column (1-based), or undefined where no table tints it. */
  cellAt(row: number, col: number): StructureCell | undefined;
  /** No table on the sheet tints a cell. */
  empty: boolean;
  /** Column number → the role of the first table on the sheet that has the column. */
  columns: Map<number, ColumnStructureRole>;
}

/** A table's runs ordered by row, none overlapping, so a row's run is found by halving. */
function orderedRuns(runs: readonly RowRun[]): readonly RowRun[] {
  if (runs.every((x, i) => x.from <= x.to && (i === 0 || x.from > runs[i - 1]!.to))) return runs;
  // Rows out of order or twice (the core makes neither): a row's first role wins, as in
  // structureCells' order.
  const roles = new Map<number, RowStructureRole>();
  for (const { from, to, role } of runs)
    for (let row = from; row <= to; row++) if (!roles.has(row)) roles.set(row, role);
  const out: RowRun[] = [];
  for (const row of [...roles.keys()].sort((a, b) => a - b)) addRowRole(out, row, roles.get(row)!);
  return out;
}

/** The role of a row in ordered runs, or undefined where no run has it. */
function roleOfRow(runs: readonly RowRun[], row: number): RowStructureRole | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid]!;
    if (row < run.from) hi = mid - 1;
    else if (row > run.to) lo = mid + 1;
    else return run.role;
  }
  return undefined;
}

interface TableTint {
  range: RangeRef;
  runs: readonly RowRun[];
  columns: Map<string, ColumnStructureRole>;
}

/**
 * The structure map of one sheet, for the web page's sheet view: each cell's tint is looked up
 * in the runs when the view draws it, so a million-line table costs its runs, not a map of its
 * cells. The same tints as structureCells (the first table that tints a cell wins).
 */
export function structureColours(tables: readonly TableInfo[], sheet: string): StructureColours {
  const tints: TableTint[] = [];
  const columns = new Map<number, ColumnStructureRole>();
  for (const t of tables) {
    if (t.sheet !== sheet || !t.roles) continue;
    for (const c of t.roles.columns) {
      const col = columnNumber(c.column);
      if (!columns.has(col)) columns.set(col, c.role);
    }
    const range = parseRange(t.range);
    if (!range) continue;
    const roleColumns = new Map(t.roles.columns.map((c) => [c.column, c.role]));
    tints.push({ range, runs: orderedRuns(t.roles.rows), columns: roleColumns });
  }
  const cellAt = (row: number, col: number): StructureCell | undefined => {
    for (const { range, runs, columns: roles } of tints) {
      if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
      const rowRole = roleOfRow(runs, row);
      if (!rowRole) continue;
      const columnRole = roles.get(columnName(col));
      const fill = cellFill(rowRole, columnRole);
      return { sheet, cell: a1(row, col), row, col, rowRole, columnRole, fill };
    }
    return undefined;
  };
  const empty = !tints.some(
    ({ range, runs }) =>
      range.left <= range.right &&
      runs.some((x) => Math.max(x.from, range.top) <= Math.min(x.to, range.bottom)),
  );
  return { cellAt, empty, columns };
}
