import type { Cell, CellValue } from '../../core/grid';

/** The shapes ExcelJS gives a cell's value (see exceljs CellValue). */
type RichText = { richText: ReadonlyArray<{ text: string }> };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function flattenRichText(v: RichText): string {
  return v.richText.map((r) => r.text).join('');
}

/** A plain value (or a formula's result) in the grid's terms; undefined for an empty cell. */
export function plainValue(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? 0 : v) : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (!isObject(v)) return undefined;
  if (typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return flattenRichText(v as RichText);
  if ('hyperlink' in v) {
    const text = v.text;
    if (isObject(text) && Array.isArray(text.richText)) return flattenRichText(text as RichText);
    return typeof text === 'string' ? text : String(v.hyperlink ?? '');
  }
  return undefined;
}

/** What the reader needs from an ExcelJS cell: its raw value, formula and number format. */
export interface ExcelCellLike {
  value: unknown;
  numFmt?: string;
  formula?: string;
}

/** The formula text; ExcelJS translates a shared formula from its master, which may be missing. */
function formulaOf(c: ExcelCellLike, raw: Record<string, unknown>): string | undefined {
  try {
    if (typeof c.formula === 'string') return c.formula;
  } catch {
    // A shared formula whose master cell is gone: keep what the cell itself says.
  }
  return typeof raw.formula === 'string' ? raw.formula : undefined;
}

/**
 * Converts one ExcelJS cell. A formula keeps its cached result as the value (null when the file
 * has none) and the formula text; rich text and hyperlinks become their text.
 */
export function cellFromExcel(c: ExcelCellLike): Cell | undefined {
  const raw = c.value;
  let value: CellValue | undefined;
  let formula: string | undefined;
  if (isObject(raw) && ('formula' in raw || 'sharedFormula' in raw)) {
    formula = formulaOf(c, raw);
    value = plainValue(raw.result) ?? null;
  } else {
    value = plainValue(raw);
    if (value === undefined) return undefined;
  }
  const cell: Cell = { value };
  if (typeof value === 'string') cell.text = value;
  const fmt = c.numFmt;
  if (fmt && fmt !== 'General') cell.numFmt = fmt;
  if (formula) cell.formula = formula.replace(/^=/, '');
  return cell;
}
