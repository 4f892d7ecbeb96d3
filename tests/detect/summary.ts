import { formatRange } from '../../core/grid';
import type { DetectedTable } from '../../core/detect';
import { readWorkbookFile } from '../../core/io/node';
import { detectWorkbookTables } from '../../core/detect';

/** A table in one line per aspect, so tests can state exactly what was found. */
export interface Summary {
  sheet: string;
  range: string;
  kind: string;
  unit: string | null;
  headerRow: number;
  title: string | null;
  year: number | null;
  quarter: number | null;
  columns: string;
  rows: string;
}

export function summarize(t: DetectedTable): Summary {
  return {
    sheet: t.sheet,
    range: formatRange(t.range),
    kind: t.kind,
    unit: t.unit,
    headerRow: t.headerRow,
    title: t.title,
    year: t.year,
    quarter: t.quarter,
    columns: t.columns
      .map(
        (c) =>
          `${c.col}:${c.role}` +
          (c.unit ? `(${c.unit})` : '') +
          (c.period ? `[${c.period}]` : '') +
          (c.covers ? `{${c.covers.join(',')}}` : ''),
      )
      .join(' '),
    rows: t.rows
      .map(
        (r) =>
          `${r.row}:${r.role}` +
          (r.parent !== undefined ? `^${r.parent}` : '') +
          (r.covers ? `{${r.covers.join(',')}}` : ''),
      )
      .join(' '),
  };
}

export async function tablesOf(path: string): Promise<Summary[]> {
  const res = await readWorkbookFile(path);
  if (!res.ok) throw new Error(res.error.message.en);
  return detectWorkbookTables(res.value).map(summarize);
}
