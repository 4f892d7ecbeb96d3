import { a1 } from '../grid';
import { convert, type Dec, ZERO, type Unit } from '../numbers';
import type { DetectedTable } from '../detect';
import { summedColumns } from './budget-table';
import type { TableValues } from './values';

/** What a table adds up to in its first amount column, as Ramme computes it from its lines. */
export interface TableTotal {
  value: Dec;
  unit: Unit | null;
  /** The stated total's cell (the last total row), else the last line's; A1 without sheet. */
  cell: string;
  /** What that total cell says, when there is a total row. */
  stated: Dec | null;
}

/**
 * The sum of the table's detail lines (heraf parts and footnotes are parts, never added), in the
 * column's unit. Undefined when there is no amount column or a line cannot be read or converted.
 */
export function tableTotal(table: DetectedTable, values: TableValues): TableTotal | undefined {
  const column = summedColumns(table)[0];
  if (!column) return undefined;
  const unit = column.unit ?? table.unit;
  let sum = ZERO;
  let last: number | undefined;
  for (const r of table.rows) {
    if (r.role !== 'detail') continue;
    if (values.unreadable(r.row, column.col)) return undefined;
    const a = values.at(r.row, column.col);
    if (!a) continue;
    const v = convert(a.value, a.unit ?? unit, unit);
    if (v === undefined) return undefined;
    sum = sum.plus(v);
    last = r.row;
  }
  const totals = table.rows.filter((r) => r.role === 'grandTotal' || r.role === 'total');
  const closing = totals.filter((r) => r.role === 'grandTotal').pop() ?? totals.pop();
  const row = closing?.row ?? last;
  if (row === undefined) return undefined;
  const stated = closing ? values.at(closing.row, column.col) : null;
  return {
    value: sum.isZero() ? ZERO : sum,
    unit,
    cell: a1(row, column.col),
    stated: stated ? (convert(stated.value, stated.unit ?? unit, unit) ?? null) : null,
  };
}
