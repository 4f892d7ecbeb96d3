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
  const pending = [...changes.keys()].filter((r) => !sheet.byRow.has(r)).sort((a, b) => a - b);
  const implicitRows = pending.length > 0 && sheet.rows.some((r) => !r.explicit);
  const newRow = (row: number) =>
    `<${ctx.p}row r="${row}">${rowContent(ctx, row, [], changes.get(row)!)}</${ctx.p}row>`;
  const { sheetData } = sheet;
  if (sheetData.open === sheetData.close) {
    const open = xml.slice(sheetData.start, sheetData.open).replace(/\s*\/>$/, '>');
    const rows = pending.map(newRow).join('');
    return `${xml.slice(0, sheetData.start)}${open}${rows}</${ctx.p}sheetData>${xml.slice(sheetData.end)}`;
  }
  // Only the changed spans are rebuilt; the text between them is copied in one piece each,
  // so a 100.000-row sheet with one marked cell costs little more than its copy.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let k = 0;
  for (const r of sheet.rows) {
    const before: string[] = [];
    while (k < pending.length && pending[k]! < r.row) before.push(newRow(pending[k++]!));
    if (before.length > 0)
      edits.push({ start: r.span.start, end: r.span.start, text: before.join('') });
    const ch = changes.get(r.row);
    if (ch) edits.push({ start: r.span.start, end: r.span.end, text: changedRow(ctx, r, ch) });
    else if (implicitRows && !r.explicit)
      edits.push({ start: r.span.start, end: r.span.start + r.tag.length, text: rowTag(r) });
  }
  if (k < pending.length)
    edits.push({
      start: sheetData.close,
      end: sheetData.close,
      text: pending.slice(k).map(newRow).join(''),
    });
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}
