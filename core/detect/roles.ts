import { columnName } from '../grid';
import {
  addRowRole,
  type ColumnStructureRole,
  type RowRun,
  type RowStructureRole,
  type TableRoles,
} from '../report';
import { AMOUNT_ROLES, isRowTotalHeader, TEXT_ROLES } from './columns';
import { measureOf, NOT_PARTS } from './meaning';
import type { DetectedColumn, DetectedRow, DetectedTable } from './types';

function columnRole(c: DetectedColumn): ColumnStructureRole {
  if (c.role === 'date' || c.role === 'from' || c.role === 'to') return 'date';
  if (TEXT_ROLES.has(c.role)) return c.role === 'id' ? 'not-summed' : 'label';
  if (c.derived) return 'derived';
  if ((c.covers && c.covers.length > 0) || isRowTotalHeader(c.header)) return 'total';
  if (!AMOUNT_ROLES.has(c.role) || c.unit === 'percent') return 'not-summed';
  const measure = measureOf(c.header);
  return measure !== null && NOT_PARTS.has(measure) ? 'not-summed' : 'amount';
}

function rowRole(r: DetectedRow, grand: boolean): RowStructureRole {
  switch (r.role) {
    case 'group':
      return 'header';
    case 'heraf':
      return 'heraf';
    case 'footnote':
      return 'note';
    case 'derived':
      return 'derived';
    case 'grandTotal':
      return 'total';
    case 'total':
      // Under a grand total a group's total is a subtotal; alone it closes the table.
      return grand ? 'subtotal' : 'total';
    default:
      return 'detail';
  }
}

/** Each row's role in the table's order, the header first, without an object per row. */
export function forEachRowRole(
  t: DetectedTable,
  visit: (row: number, role: RowStructureRole) => void,
): void {
  const grand = t.rows.some((r) => r.role === 'grandTotal');
  if (t.headerRow >= t.range.top) visit(t.headerRow, 'header');
  for (const r of t.rows) if (r.row !== t.headerRow) visit(r.row, rowRole(r, grand));
}

/** The structure map of a table: its rows' roles as runs and each column's role. */
export function tableRoles(t: DetectedTable): TableRoles {
  const rows: RowRun[] = [];
  forEachRowRole(t, (row, role) => addRowRole(rows, row, role));
  return {
    rows,
    columns: t.columns.map((c) => ({ column: columnName(c.col), role: columnRole(c) })),
  };
}
