import { cellAt, type Sheet } from '../grid';
import type { Dec } from '../numbers';
import type { DetectedTable } from '../detect';
import type { TableValues } from './values';

/** One line of a staffing table (Bemanding: Medarbejder, Fra, Til, Andel). */
export interface StaffLine {
  person: string;
  from: Date | null;
  to: Date | null;
  share: Dec | null;
  row: number;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/;
const DANISH = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** A date cell: a real date, '2024-05-01' or '1.5.2024' / '01-05-2024' (day first). */
export function dateOf(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const t = value.trim();
  const iso = ISO.exec(t);
  const da = DANISH.exec(t);
  if (!iso && !da) return null;
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(da![3]), Number(da![2]), Number(da![1])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
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
      from: from === undefined ? null : dateOf(cellAt(sheet, r.row, from)?.value),
      to: to === undefined ? null : dateOf(cellAt(sheet, r.row, to)?.value),
      share: shareValue,
      row: r.row,
    });
  }
  return lines;
}
