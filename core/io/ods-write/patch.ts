import { parseA1, type CellValue } from '../../grid';
import { beforeClose, Package } from '../write/package';
import { findElement, getAttr, setAttr } from '../write/xml';
import { PackageError } from '../write/zip-read';
import { findOpen, OdsStyles } from './cell-styles';
import { newTableXml, type NewCell } from './new-table';
import { withNote } from './notes';
import { childElements, nextTag, replaceSpans } from './tag-scan';
import { editTable, type CellEdit } from './table-edit';
import { withValue } from './values';

/** A finding's cell: filled (ARGB, as the .xlsx copy's 'FFFFC7CE') with a note. */
export interface OdsMark {
  sheet: string;
  cell: string;
  fill: string;
  note: string;
}

/** A cell of a sheet Ramme adds: its value, number format and whether bold. */
export interface OdsNewCell {
  v: CellValue;
  numFmt?: string;
  bold?: boolean;
}

/** A sheet to add: its cells as rows from A1, column widths as [column, characters]. */
export interface OdsNewSheet {
  name: string;
  rows: Array<Array<OdsNewCell | undefined>>;
  widths?: Array<[number, number]>;
}

export interface OdsPatch {
  marks?: OdsMark[];
  /**
   * New values of cells on the document's own sheets (a formula there goes with its value),
   * each with the number format to show it in (its style cloned with the format).
   */
  values?: Array<{ sheet: string; cell: string; v: CellValue; numFmt?: string }>;
  /** Sheets to add after the last; one named as an existing sheet replaces it in its place. */
  newSheets?: OdsNewSheet[];
}

const NS: Record<string, string> = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  style: 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  fo: 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  number: 'urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** The spreadsheet's tables, in order: name and span in content.xml. */
function tablesOf(content: string): Array<{ name: string; start: number; end: number }> {
  const sheet = findOpen(content, 'office:spreadsheet');
  if (!sheet) throw new PackageError('no office:spreadsheet');
  return childElements(content, sheet.tag, sheet.end)
    .filter((c) => c.tag.name === 'table:table')
    .map((c) => ({
      name: getAttr(content.slice(c.tag.start, c.tag.end), 'table:name') ?? '',
      start: c.tag.start,
      end: c.end,
    }));
}

/** The names of an .ods file's sheets, as the copy sees them. */
export function odsSheetNames(bytes: Uint8Array): string[] {
  const content = new Package(bytes).text('content.xml');
  return content === undefined ? [] : tablesOf(content).map((t) => t.name);
}

type Swap = [number, number, string];

/** The root start tag with the prefixes the copy writes bound (added where missing). */
function namespaceSwap(content: string, prefixes: string[]): Swap {
  const root = nextTag(content, 0);
  if (!root || root.name !== 'office:document-content')
    throw new PackageError('no document-content');
  let tag = content.slice(root.start, root.end);
  for (const prefix of prefixes) {
    const uri = NS[prefix]!;
    const bound = getAttr(tag, `xmlns:${prefix}`);
    if (bound === undefined) tag = setAttr(tag, `xmlns:${prefix}`, uri);
    else if (bound !== uri) throw new PackageError(`prefix ${prefix} bound elsewhere`);
  }
  return [root.start, root.end, tag];
}

/** `styles` placed in office:automatic-styles (made before office:body where there is none). */
function stylesSwap(content: string, styles: string): Swap | undefined {
  if (styles === '') return undefined;
  if (findElement(content, 'office:automatic-styles')) {
    return beforeClose(content, 'office:automatic-styles', styles);
  }
  const body = content.indexOf('<office:body');
  if (body < 0) throw new PackageError('no office:body');
  return [body, body, `<office:automatic-styles>${styles}</office:automatic-styles>`];
}

/**
 * The user's .ods with findings marked and a sheet added: only content.xml changes (the marked
 * cells, split out of repeats where needed, new automatic styles, the new table); every other
 * entry, `mimetype` first and stored, is copied byte for byte.
 */
export function patchOds(bytes: Uint8Array, patch: OdsPatch): Uint8Array {
  const pkg = new Package(bytes);
  const original = pkg.text('content.xml');
  if (original === undefined) throw new PackageError('no content.xml');
  const styles = new OdsStyles(original, pkg.text('styles.xml'));
  const tables = tablesOf(original);
  const replaced = new Map((patch.newSheets ?? []).map((s) => [s.name, s]));
  const bySheet = new Map<string, Map<number, Map<number, CellEdit>>>();
  let noted = false;
  const edit = (sheet: string, cell: string, e: CellEdit) => {
    const at = parseA1(cell);
    if (!at || replaced.has(sheet) || !tables.some((t) => t.name === sheet)) return;
    const rows = bySheet.get(sheet) ?? new Map<number, Map<number, CellEdit>>();
    bySheet.set(sheet, rows);
    const cols = rows.get(at.row) ?? new Map<number, CellEdit>();
    rows.set(at.row, cols);
    const before = cols.get(at.col);
    cols.set(at.col, before ? (c, style) => e(before(c, style), style) : e);
  };
  for (const v of patch.values ?? []) {
    edit(v.sheet, v.cell, (cell, style) => {
      const format = styles.withFormat(style, v.numFmt);
      if (format === style || format === undefined) return withValue(cell, v.v);
      const open = nextTag(cell, 0)!;
      const head = setAttr(cell.slice(0, open.end), 'table:style-name', format);
      return withValue(head + cell.slice(open.end), v.v);
    });
  }
  for (const m of patch.marks ?? []) {
    const rgb = `#${m.fill.slice(-6).toLowerCase()}`;
    edit(m.sheet, m.cell, (cell, style) => {
      noted = true;
      const open = nextTag(cell, 0)!;
      const fill = styles.withFill(style, rgb);
      const head = setAttr(cell.slice(0, open.end), 'table:style-name', fill);
      return withNote(head + cell.slice(open.end), m.note);
    });
  }
  const sheetXml = (s: OdsNewSheet) => {
    const columns = new Map(
      (s.widths ?? []).map(([c, chars]) => [c, styles.column(`${(chars * 0.19).toFixed(2)}cm`)]),
    );
    const rows = s.rows.map((r) =>
      Array.from(r, (c): NewCell | undefined =>
        c === undefined
          ? undefined
          : { v: c.v, style: styles.cellStyle(c.numFmt, c.bold === true) },
      ),
    );
    return newTableXml({ name: s.name, rows, columns });
  };
  // Every change is a span of the original replaced, made in one pass: content.xml is written
  // out once, not once per change (a 100.000-line sheet's is 39 MB, twice that as text).
  const swaps: Swap[] = [];
  for (const t of tables) {
    const again = replaced.get(t.name);
    if (again) {
      swaps.push([t.start, t.end, sheetXml(again)]);
      replaced.delete(t.name);
      continue;
    }
    const edits = bySheet.get(t.name);
    if (edits) swaps.push([t.start, t.end, editTable(original.slice(t.start, t.end), edits)]);
  }
  if (replaced.size > 0) {
    const at = tables.length > 0 ? tables[tables.length - 1]!.end : undefined;
    if (at === undefined) throw new PackageError('no table');
    swaps.push([at, at, [...replaced.values()].map(sheetXml).join('')]);
  }
  // dc only for a note's creator, number only for a data style: bound when written.
  const added = styles.xml();
  const prefixes = Object.keys(NS).filter(
    (p) => (p !== 'dc' || noted) && (p !== 'number' || added.includes('<number:')),
  );
  swaps.push(namespaceSwap(original, prefixes));
  const styled = stylesSwap(original, added);
  if (styled) swaps.push(styled);
  pkg.setText('content.xml', replaceSpans(original, swaps));
  return pkg.save();
}
