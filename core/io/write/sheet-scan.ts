import { columnNumber } from '../../grid';
import { findElement, getAttr, type Span } from './xml';
import { PackageError } from './zip-read';

/** One `<c>` element of a sheet: where it is and what the patcher needs to know of it. */
export interface ScannedCell {
  col: number;
  span: Span;
  /** Its start tag. */
  tag: string;
  /** Whether it carried its own r attribute (a writer may leave it out). */
  explicit: boolean;
  style: number | undefined;
  /** Its `<f>` start tag when it holds a formula. */
  formula: string | undefined;
}

export interface ScannedRow {
  row: number;
  span: Span;
  tag: string;
  explicit: boolean;
  /** The row's own style for empty cells (customFormat="1"). */
  style: number | undefined;
  readonly cells: ScannedCell[];
}

export interface ScannedSheet {
  /** The namespace prefix of the sheet's elements ('' or e.g. 'x:'). */
  p: string;
  sheetData: Span;
  rows: ScannedRow[];
  byRow: Map<number, ScannedRow>;
  /** Column styles from `<cols>`: [min, max, style]. */
  cols: Array<[number, number, number]>;
}

const num = (v: string | undefined): number | undefined =>
  v === undefined || v === '' || !/^\d+$/.test(v) ? undefined : Number(v);

function scanCells(xml: string, p: string, row: Span): ScannedCell[] {
  const cells: ScannedCell[] = [];
  let col = 0;
  for (let at = row.open; at < row.close;) {
    const s = findElement(xml, `${p}c`, at);
    if (!s || s.start >= row.close) break;
    const tag = xml.slice(s.start, s.open);
    const ref = getAttr(tag, 'r');
    const letters = ref ? /^\$?([A-Za-z]{1,3})/.exec(ref)?.[1] : undefined;
    col = letters ? columnNumber(letters) : col + 1;
    // Looked for inside the cell only: a search on through the part would make a sheet
    // without formulas cost its size once per cell.
    const inner = s.open < s.close ? xml.slice(s.open, s.close) : '';
    const f = inner ? findElement(inner, `${p}f`) : undefined;
    const formula = f ? inner.slice(f.start, f.open) : undefined;
    cells.push({
      col,
      span: s,
      tag,
      explicit: ref !== undefined,
      style: num(getAttr(tag, 's')),
      formula,
    });
    at = s.end;
  }
  return cells;
}

function scanCols(xml: string, p: string, before: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let at = 0; ;) {
    const s = findElement(xml, `${p}col`, at);
    if (!s || s.start > before) return out;
    const tag = xml.slice(s.start, s.open);
    const style = num(getAttr(tag, 'style'));
    const min = num(getAttr(tag, 'min'));
    const max = num(getAttr(tag, 'max'));
    if (style !== undefined && min !== undefined && max !== undefined) out.push([min, max, style]);
    at = s.end;
  }
}

/**
 * One row as the scan keeps it: numbers only. Its tag, span and cells are made when a patch
 * asks, for the rows it touches: a scan of a 1.000.000-row sheet kept an object, a span, a
 * tag and a getter for every row, some 700 bytes a row.
 */
class RowAt implements ScannedRow {
  private scanned: ScannedCell[] | undefined;
  constructor(
    private readonly xml: string,
    private readonly p: string,
    readonly row: number,
    readonly explicit: boolean,
    readonly style: number | undefined,
    private readonly start: number,
    private readonly open: number,
    private readonly close: number,
    private readonly end: number,
  ) {}

  get span(): Span {
    return { start: this.start, open: this.open, end: this.end, close: this.close };
  }

  get tag(): string {
    return this.xml.slice(this.start, this.open);
  }

  get cells(): ScannedCell[] {
    return (this.scanned ??= this.open < this.close ? scanCells(this.xml, this.p, this.span) : []);
  }
}

/** The rows and cells of a worksheet part, with the offsets of every element. */
export function scanSheet(xml: string): ScannedSheet {
  const p = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(xml)?.[1] ?? '';
  const sheetData = findElement(xml, `${p}sheetData`);
  if (!sheetData) throw new PackageError('worksheet without sheetData');
  const rows: ScannedRow[] = [];
  let r = 0;
  for (let at = sheetData.open; at < sheetData.close;) {
    const s = findElement(xml, `${p}row`, at);
    if (!s || s.start >= sheetData.close) break;
    const tag = xml.slice(s.start, s.open);
    const given = num(getAttr(tag, 'r'));
    r = given ?? r + 1;
    const custom = getAttr(tag, 'customFormat');
    const style = custom === '1' || custom === 'true' ? num(getAttr(tag, 's')) : undefined;
    // Cells are scanned only in the rows a patch touches: a 100.000-row sheet stays cheap.
    rows.push(new RowAt(xml, p, r, given !== undefined, style, s.start, s.open, s.close, s.end));
    at = s.end;
  }
  const byRow = new Map(rows.map((x) => [x.row, x]));
  return { p, sheetData, rows, byRow, cols: scanCols(xml, p, sheetData.start) };
}

/** The style a cell shows: its own, else its row's, else its column's, else 0. */
export function effectiveStyle(sheet: ScannedSheet, row: number, col: number): number {
  const r = sheet.byRow.get(row);
  const c = r?.cells.find((x) => x.col === col);
  if (c) return c.style ?? 0;
  if (r?.style !== undefined) return r.style;
  return sheet.cols.find(([min, max]) => col >= min && col <= max)?.[2] ?? 0;
}
