import { apportion } from '../../core/allocation';
import type { DetectedTable } from '../../core/detect';
import { a1, cellAt, type Workbook } from '../../core/grid';
import { fail, ok, type Result, type Text } from '../../core/i18n';
import { parseAmount, type Dec } from '../../core/numbers';
import type { CellWrite } from '../host/types';
import { amountAt } from './engine';

/** A table the Fordel view can re-spread: its labelled detail rows and numeric columns. */
export interface AllocTable {
  id: string;
  name: string;
  sheet: string;
  /** `sums`: a total column ('I alt' right of year columns), never a part of a row's spread. */
  columns: Array<{ col: number; header: string; sums?: boolean }>;
  rows: Array<{ row: number; label: string }>;
  /** The row of its total ("I alt"), when it has one. */
  totalRow: number | null;
}

const NUMERIC = new Set(['value', 'year', 'adopted', 'corrected', 'actual', 'supplements']);

export function allocTables(tables: readonly DetectedTable[]): AllocTable[] {
  return tables.flatMap((t, i) => {
    const columns = t.columns
      .filter((c) => NUMERIC.has(c.role))
      .map((c) => ({ col: c.col, header: c.header, ...(c.covers ? { sums: true } : {}) }));
    const rows = t.rows
      .filter((r) => r.role === 'detail')
      .map((r) => ({ row: r.row, label: r.label }));
    if (columns.length === 0 || rows.length === 0) return [];
    const total =
      t.rows.find((r) => r.role === 'grandTotal') ?? t.rows.find((r) => r.role === 'total');
    const range = `${a1(t.range.top, t.range.left)}:${a1(t.range.bottom, t.range.right)}`;
    return [
      {
        id: `${i}`,
        name: `${t.sheet}!${range}${t.title ? ` – ${t.title}` : ''}`,
        sheet: t.sheet,
        columns,
        rows,
        totalRow: total?.row ?? null,
      },
    ];
  });
}

export interface PreviewRow {
  /** The sheet row; for a spread along a row (over year columns), the sheet column. */
  row: number;
  label: string;
  cell: string;
  old: Dec | null;
  next: Dec;
  locked: boolean;
  why: Text;
}

export interface Preview {
  rows: PreviewRow[];
  total: Dec;
  step: Dec;
  summary: Text;
}

/** A typed number ('4,83', '½'), read the way the pane's language writes numbers. */
export function readTyped(text: string, style: 'da' | 'en' = 'da'): Dec | null {
  const r = parseAmount(text.trim(), { style });
  return r.ok && !r.amount.range ? r.amount.value : null;
}

/**
 * The allocation of `total` over the table's rows by the chosen column's current values, in
 * steps, with locked rows kept: what Fordel shows before anything is written.
 */
export function previewAllocation(
  workbook: Workbook,
  table: AllocTable,
  col: number,
  total: Dec,
  step: Dec,
  locked: ReadonlySet<number>,
): Result<Preview> {
  const olds = table.rows.map((r) => amountAt(workbook, table.sheet, r.row, col));
  const lockedValues = new Map<number, Dec>();
  table.rows.forEach((r, i) => {
    if (locked.has(r.row)) lockedValues.set(i, olds[i] ?? total.minus(total));
  });
  const weights = olds.map((o) => (o === null ? '0' : o));
  const result = apportion(total, weights, step, {
    locked: lockedValues,
    weightsAre: 'current',
    explain: true,
  });
  if (!result.ok) return result;
  const a = result.value;
  const explained = new Map((a.explanation?.rows ?? []).map((e) => [e.row, e.text]));
  return ok({
    total: a.total,
    step: a.step,
    summary: a.explanation?.summary ?? { da: '', en: '' },
    rows: table.rows.map((r, i) => ({
      row: r.row,
      label: r.label,
      cell: a1(r.row, col),
      old: olds[i] ?? null,
      next: a.allocations[i]!,
      locked: locked.has(r.row),
      why: explained.get(i) ?? { da: '', en: '' },
    })),
  });
}

/** A JS number for Excel from an exact decimal with few digits (Excel keeps 15). */
export function excelNumber(d: Dec): number {
  const n = Number(d.toString());
  return n === 0 ? 0 : n;
}

export function formatFor(
  workbook: Workbook,
  sheet: string,
  row: number,
  col: number,
  step: Dec,
): string {
  const s = workbook.sheets.find((x) => x.name === sheet);
  const existing = s ? cellAt(s, row, col)?.numFmt : undefined;
  if (existing && !existing.includes('%')) return existing;
  const places = Math.max(0, step.decimalPlaces());
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/** The cells to write: every row's new value, and the total when it is a typed number. */
export function allocationWrites(
  workbook: Workbook,
  table: AllocTable,
  col: number,
  p: Preview,
): Result<CellWrite[]> {
  if (p.rows.length === 0) return fail('NOTHING', 'Intet at skrive.', 'Nothing to write.');
  const writes: CellWrite[] = p.rows.map((r) => ({
    sheet: table.sheet,
    cell: r.cell,
    value: excelNumber(r.next),
    numFmt: formatFor(workbook, table.sheet, r.row, col, p.step),
  }));
  const s = workbook.sheets.find((x) => x.name === table.sheet);
  const totalCell = table.totalRow && s ? cellAt(s, table.totalRow, col) : undefined;
  if (table.totalRow && totalCell && !totalCell.formula) {
    writes.push({
      sheet: table.sheet,
      cell: a1(table.totalRow, col),
      value: excelNumber(p.total),
      numFmt: formatFor(workbook, table.sheet, table.totalRow, col, p.step),
    });
  }
  return ok(writes);
}
