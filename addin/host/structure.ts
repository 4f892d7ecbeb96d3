import { a1, columnName, columnNumber, parseRange } from '../../core/grid';
import type { ColumnStructureRole, RowStructureRole, TableInfo } from '../../core/report';

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

/** The cells of the tables' role rows, left to right, top to bottom; blank rows get none. */
export function structureCells(tables: readonly TableInfo[], sheet?: string): StructureCell[] {
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
  /** By A1 address on the sheet. */
  cells: Map<string, StructureCell>;
  /** Column number → the role of the first table on the sheet that has the column. */
  columns: Map<number, ColumnStructureRole>;
}

/** The structure map of one sheet, for the web page's sheet view. */
export function structureColours(tables: readonly TableInfo[], sheet: string): StructureColours {
  const cells = new Map<string, StructureCell>();
  for (const c of structureCells(tables, sheet)) if (!cells.has(c.cell)) cells.set(c.cell, c);
  const columns = new Map<number, ColumnStructureRole>();
  for (const t of tables) {
    if (t.sheet !== sheet || !t.roles) continue;
    for (const c of t.roles.columns) {
      const col = columnNumber(c.column);
      if (!columns.has(col)) columns.set(col, c.role);
    }
  }
  return { cells, columns };
}
