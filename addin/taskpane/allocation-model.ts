import { apportion } from '../../core/allocation';
import type { DetectedTable } from '../../core/detect';
import { a1, cellAt, type Workbook } from '../../core/grid';
import { fail, ok, type Result, type Text } from '../../core/i18n';
import { convert, formatAmount, parseAmount, type Dec, type Unit } from '../../core/numbers';
import type { CellWrite } from '../host/types';

/** A table the Fordel view can re-spread: its labelled detail rows and numeric columns. */
export interface AllocTable {
  id: string;
  name: string;
  sheet: string;
  /**
   * Each numeric column with its unit (the column's, else the table's); `sums`: a total column
   * ('I alt' right of year columns), never a part of a row's spread.
   */
  columns: Array<{ col: number; header: string; unit: Unit | null; sums?: boolean }>;
  rows: Array<{ row: number; label: string }>;
  /** The row of its total ("I alt"), when it has one. */
  totalRow: number | null;
}

const NUMERIC = new Set(['value', 'year', 'adopted', 'corrected', 'actual', 'supplements']);

export function allocTables(tables: readonly DetectedTable[]): AllocTable[] {
  return tables.flatMap((t, i) => {
    const columns = t.columns
      .filter((c) => NUMERIC.has(c.role))
      .map((c) => ({
        col: c.col,
        header: c.header,
        unit: c.unit ?? t.unit,
        ...(c.covers ? { sums: true } : {}),
      }));
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
  /** Cells written in another unit ('550.000 kr.' in a mio. kr. column): read converted, never written. */
  otherUnit: string[];
}

/** A cell's exact amount in the column's unit: '550.000 kr.' in a mio. kr. column is 0,55. */
type Read = { ok: true; value: Dec | null; converted: boolean } | { ok: false; error: Text };

function readInUnit(
  workbook: Workbook,
  sheet: string,
  row: number,
  col: number,
  unit: Unit | null,
): Read {
  const s = workbook.sheets.find((x) => x.name === sheet);
  const cell = s ? cellAt(s, row, col) : undefined;
  if (!cell) return { ok: true, value: null, converted: false };
  const parsed = parseAmount(cell.value, { numFmt: cell.numFmt, style: 'da' });
  if (!parsed.ok) return { ok: true, value: null, converted: false };
  const own = parsed.amount.unit;
  if (own === null || unit === null || own === unit)
    return { ok: true, value: parsed.amount.value, converted: false };
  const value = convert(parsed.amount.value, own, unit);
  if (value !== undefined) return { ok: true, value, converted: true };
  const was = {
    da: formatAmount(parsed.amount.value, own),
    en: formatAmount(parsed.amount.value, own, { lang: 'en' }),
  };
  return {
    ok: false,
    error: {
      da: `${a1(row, col)} er ${was.da}, som ikke kan regnes om til kolonnens enhed; Ramme fordeler ikke på tværs af enheder.`,
      en: `${a1(row, col)} is ${was.en}, which cannot be converted to the column's unit; Ramme does not allocate across units.`,
    },
  };
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
  const unit = table.columns.find((c) => c.col === col)?.unit ?? null;
  const reads = table.rows.map((r) => readInUnit(workbook, table.sheet, r.row, col, unit));
  const bad = reads.find((r) => !r.ok);
  if (bad && !bad.ok) return fail('MIXED_UNITS', bad.error.da, bad.error.en);
  const olds = reads.map((r) => (r.ok ? r.value : null));
  const otherUnit = table.rows
    .filter((_, i) => reads[i]!.ok && (reads[i] as { converted: boolean }).converted)
    .map((r) => a1(r.row, col));
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
    otherUnit,
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

/**
 * Why a proposal over cells in mixed units is not written: the new value of a '550.000 kr.' cell
 * is in the column's unit, and a number written there would change what the cell means.
 */
export function mixedUnitsRefusal(p: Preview): Text | null {
  if (p.otherUnit.length === 0) return null;
  const cells = p.otherUnit.join(', ');
  return {
    da: `${cells} står i en anden enhed end kolonnen. Forslaget er regnet om, men Ramme skriver det ikke i arket: ret først ${p.otherUnit.length === 1 ? 'cellen' : 'cellerne'} til kolonnens enhed.`,
    en: `${cells} ${p.otherUnit.length === 1 ? 'is' : 'are'} in another unit than the column. The proposal is converted, but Ramme does not write it to the sheet: change ${p.otherUnit.length === 1 ? 'the cell' : 'the cells'} to the column's unit first.`,
  };
}

/** The cells to write: every row's new value, and the total when it is a typed number. */
export function allocationWrites(
  workbook: Workbook,
  table: AllocTable,
  col: number,
  p: Preview,
): Result<CellWrite[]> {
  if (p.rows.length === 0) return fail('NOTHING', 'Intet at skrive.', 'Nothing to write.');
  const refused = mixedUnitsRefusal(p);
  if (refused) return fail('MIXED_UNITS', refused.da, refused.en);
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
