import { a1, type CellValue } from '../../grid';
import { cellXml } from './cell-xml';
import type { ScannedCell, ScannedRow, ScannedSheet } from './sheet-scan';
import { removeAttr, setAttr } from './xml';

/** What happens to one cell: a new value, a new style index, or both. */
export interface CellChange {
  value?: { v: CellValue };
  style?: number;
}

export type SheetChanges = Map<number, Map<number, CellChange>>;

interface Ctx {
  xml: string;
  p: string;
  date1904: boolean;
}

/** The cell's element after the change: a restyle edits only its s attribute. */
function changedCell(
  ctx: Ctx,
  row: number,
  col: number,
  old: ScannedCell | undefined,
  ch: CellChange,
): string {
  const ref = a1(row, col);
  if (ch.value) return cellXml(ctx.p, ref, ch.style ?? old?.style, ch.value.v, ctx.date1904);
  if (!old) return cellXml(ctx.p, ref, ch.style, null, ctx.date1904);
  let tag = old.explicit ? old.tag : setAttr(old.tag, 'r', ref);
  if (ch.style !== undefined) tag = setAttr(tag, 's', String(ch.style));
  return tag + ctx.xml.slice(old.span.open, old.span.end);
}

/** A row's cells with the changes merged in, in column order; every cell gets its r. */
function rowContent(
  ctx: Ctx,
  row: number,
  cells: ScannedCell[],
  changes: Map<number, CellChange>,
): string {
  const out: string[] = [];
  const cols = [...changes.keys()].sort((a, b) => a - b);
  let i = 0;
  const writeOld = (c: ScannedCell) => {
    const text = ctx.xml.slice(c.span.start, c.span.end);
    out.push(c.explicit ? text : setAttr(c.tag, 'r', a1(row, c.col)) + text.slice(c.tag.length));
  };
  for (const c of cells) {
    while (i < cols.length && cols[i]! < c.col) {
      out.push(changedCell(ctx, row, cols[i]!, undefined, changes.get(cols[i]!)!));
      i++;
    }
    if (cols[i] === c.col) {
      out.push(changedCell(ctx, row, c.col, c, changes.get(c.col)!));
      i++;
    } else writeOld(c);
  }
  for (; i < cols.length; i++)
    out.push(changedCell(ctx, row, cols[i]!, undefined, changes.get(cols[i]!)!));
  return out.join('');
}

function rowTag(r: ScannedRow): string {
  return r.explicit ? r.tag : setAttr(r.tag, 'r', String(r.row));
}

/** The row element with its changes (the text between cells, such as extLst, stays). */
function changedRow(ctx: Ctx, r: ScannedRow, changes: Map<number, CellChange>): string {
  // spans (the row's first:last column) is a hint that a new cell could contradict.
  const grows = [...changes.keys()].some((c) => !r.cells.some((x) => x.col === c));
  const tag = (grows ? removeAttr(rowTag(r), 'spans') : rowTag(r)).replace(/\s*\/>$/, '>');
  const first = r.cells[0]?.span.start ?? r.span.close;
  const last = r.cells.at(-1)?.span.end ?? r.span.close;
  const close =
    r.span.open === r.span.close ? `</${ctx.p}row>` : ctx.xml.slice(r.span.close, r.span.end);
  return (
    tag +
    ctx.xml.slice(r.span.open, first) +
    rowContent(ctx, r.row, r.cells, changes) +
    ctx.xml.slice(last, r.span.close) +
    close
  );
}

/**
 * The worksheet XML with the changes applied. Everything outside the changed rows is kept as it
 * was; rows and cells a writer left without r get one only when their position could shift.
 */
export function applySheetChanges(
  xml: string,
  sheet: ScannedSheet,
  changes: SheetChanges,
  date1904: boolean,
): string {
  const ctx: Ctx = { xml, p: sheet.p, date1904 };
  const rowsAdded = [...changes.keys()].some((r) => !sheet.byRow.has(r));
  const implicitRows = sheet.rows.some((r) => !r.explicit);
  const pending = [...changes.keys()].filter((r) => !sheet.byRow.has(r)).sort((a, b) => a - b);
  const out: string[] = [xml.slice(0, sheet.sheetData.start)];
  const dataTag = xml.slice(sheet.sheetData.start, sheet.sheetData.open);
  const empty = sheet.sheetData.open === sheet.sheetData.close;
  out.push(empty ? dataTag.replace(/\s*\/>$/, '>') : dataTag);
  let at = sheet.sheetData.open;
  let k = 0;
  const newRow = (row: number) =>
    `<${ctx.p}row r="${row}">${rowContent(ctx, row, [], changes.get(row)!)}</${ctx.p}row>`;
  for (const r of sheet.rows) {
    out.push(xml.slice(at, r.span.start));
    while (k < pending.length && pending[k]! < r.row) out.push(newRow(pending[k++]!));
    const ch = changes.get(r.row);
    if (ch) out.push(changedRow(ctx, r, ch));
    else if (rowsAdded && implicitRows && !r.explicit)
      out.push(rowTag(r) + xml.slice(r.span.start + r.tag.length, r.span.end));
    else out.push(xml.slice(r.span.start, r.span.end));
    at = r.span.end;
  }
  const tail = empty ? '' : xml.slice(at, sheet.sheetData.close);
  out.push(tail);
  while (k < pending.length) out.push(newRow(pending[k++]!));
  out.push(empty ? `</${ctx.p}sheetData>` : xml.slice(sheet.sheetData.close, sheet.sheetData.end));
  out.push(xml.slice(sheet.sheetData.end));
  return out.join('');
}
