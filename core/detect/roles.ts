import { columnName } from '../grid';
import type { ColumnStructureRole, RowStructureRole, TableRoles } from '../report';
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

/** The structure map of a table: each row's and column's role, for the report and the UI. */
export function tableRoles(t: DetectedTable): TableRoles {
  const grand = t.rows.some((r) => r.role === 'grandTotal');
  const rows: TableRoles['rows'] =
    t.headerRow >= t.range.top ? [{ row: t.headerRow, role: 'header' }] : [];
  for (const r of t.rows)
    if (r.row !== t.headerRow) rows.push({ row: r.row, role: rowRole(r, grand) });
  return {
    rows,
    columns: t.columns.map((c) => ({ column: columnName(c.col), role: columnRole(c) })),
  };
}
