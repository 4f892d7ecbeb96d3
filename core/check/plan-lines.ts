import { convert, type Unit } from '../numbers';
import type { PlanLine } from '../capacity';
import type { DetectedTable } from '../detect';
import { summedColumns } from './budget-table';
import type { TableValues } from './values';

/**
 * A plan table's lines and heraf parts with their values in its first amount column, for a
 * proposal; undefined when a line cannot be read (a proposal from a guess would mislead).
 */
export function planLines(table: DetectedTable, values: TableValues): PlanLine[] | undefined {
  const column = summedColumns(table)[0];
  if (!column) return undefined;
  const unit: Unit | null = column.unit ?? table.unit;
  const lines: PlanLine[] = [];
  for (const r of table.rows) {
    if (r.role !== 'detail' && r.role !== 'heraf') continue;
    if (values.unreadable(r.row, column.col)) return undefined;
    const a = values.at(r.row, column.col);
    if (!a) continue;
    const value = convert(a.value, a.unit ?? unit, unit);
    if (value === undefined || a.range !== null) return undefined;
    const line: PlanLine = { row: r.row, label: r.label, value };
    if (r.role === 'heraf') {
      // A part of a total row (not a line of the plan) is left out of the proposal.
      if (r.parent === undefined || !lines.some((l) => l.row === r.parent)) continue;
      line.parent = r.parent;
    }
    lines.push(line);
  }
  return lines;
}

/** The column a plan's person-years stand in (what a proposal writes to); undefined if none. */
export function planValueColumn(table: DetectedTable): number | undefined {
  return summedColumns(table)[0]?.col;
}
