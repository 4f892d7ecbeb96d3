import { a1, cellAt, type Sheet } from '../grid';
import type { Dec } from '../numbers';
import type { DetectedTable } from '../detect';
import type { TableValues } from './values';

/** One line of a staffing table (Bemanding: Medarbejder, Fra, Til, Andel). */
export interface StaffLine {
  person: string;
  from: Date | string | null;
  to: Date | string | null;
  share: Dec | null;
  row: number;
  sheet: string;
  /** The row's first cell, where a problem with it is reported. */
  cell: string;
}

/** A date cell as core/capacity reads it: a real date or its text; blank is open-ended. */
function dateCell(value: unknown): Date | string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text =
    typeof value === 'object' ? String((value as { error?: string }).error ?? '') : String(value);
  return text.trim() === '' ? null : text.trim();
}

/** The staff of a staffing table; a share written as a percentage ('50 %') is read as 0,5. */
export function staffLines(sheet: Sheet, table: DetectedTable, values: TableValues): StaffLine[] {
  const col = (role: string): number | undefined => table.columns.find((c) => c.role === role)?.col;
  const [person, from, to, share] = [
    col('person') ?? col('label'),
    col('from'),
    col('to'),
    col('share'),
  ];
  const lines: StaffLine[] = [];
  for (const r of table.rows) {
    if (r.role !== 'detail') continue;
    const a = share === undefined ? null : values.at(r.row, share);
    const shareValue = a === null ? null : a.unit === 'percent' ? a.value.div(100) : a.value;
    lines.push({
      person:
        person === undefined ? r.label : String(cellAt(sheet, r.row, person)?.value ?? r.label),
      from: from === undefined ? null : dateCell(cellAt(sheet, r.row, from)?.value),
      to: to === undefined ? null : dateCell(cellAt(sheet, r.row, to)?.value),
      share: shareValue,
      row: r.row,
      sheet: table.sheet,
      cell: a1(r.row, person ?? table.range.left),
    });
  }
  return lines;
}
