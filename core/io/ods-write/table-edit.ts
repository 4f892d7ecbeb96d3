import { getAttr, removeAttr, setAttr } from '../write/xml';
import { childElements, nextTag, replaceSpans, type Tag } from './tag-scan';

/** What to do to one cell: its text and its style in effect (its own, else its column's or row's). */
export type CellEdit = (cell: string, style: string | undefined) => string;

const ROW_GROUPS = new Set([
  'table:table-header-rows',
  'table:table-rows',
  'table:table-row-group',
]);
const COLUMN_GROUPS = new Set([
  'table:table-columns',
  'table:table-header-columns',
  'table:table-column-group',
]);
const CELLS = new Set(['table:table-cell', 'table:covered-table-cell']);
const ROWS_REPEATED = 'table:number-rows-repeated';
const COLUMNS_REPEATED = 'table:number-columns-repeated';
/** ODF allows any count; a spreadsheet has at most this many rows or columns to reach. */
const MAX_REPEAT = 1 << 24;

function repeatOf(tag: string, attr: string): number {
  const v = getAttr(tag, attr);
  const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : 1;
  return Math.min(Math.max(n, 1), MAX_REPEAT);
}

/** An element's text with its first tag's repeat count set to `n` (none when 1). */
function repeated(element: string, attr: string, n: number): string {
  const end = nextTag(element, 0)!.end;
  const head = element.slice(0, end);
  return (n === 1 ? removeAttr(head, attr) : setAttr(head, attr, String(n))) + element.slice(end);
}

interface Span {
  tag: Tag;
  end: number;
}

/** Children of `parent`, with those of the group elements named in `groups` spliced in place. */
function flatChildren(xml: string, parent: Span, groups: Set<string>): Span[] {
  return childElements(xml, parent.tag, parent.end).flatMap((c) =>
    groups.has(c.tag.name) ? flatChildren(xml, c, groups) : [c],
  );
}

/** Each column's default cell style, as [first, last, style] runs (1-based). */
function columnStyles(xml: string, children: Span[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let col = 1;
  for (const c of children) {
    if (c.tag.name !== 'table:table-column') continue;
    const tag = xml.slice(c.tag.start, c.tag.end);
    const n = repeatOf(tag, COLUMNS_REPEATED);
    const style = getAttr(tag, 'table:default-cell-style-name');
    if (style !== undefined) out.push([col, col + n - 1, style]);
    col += n;
  }
  return out;
}

/** The keys of a sorted list within [from, to]: a binary search, as a sheet may hold thousands. */
function within(sorted: number[], from: number, to: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i]! <= to; i++) out.push(sorted[i]!);
  return out;
}

const sortedKeys = (m: Map<number, unknown>) => [...m.keys()].sort((a, b) => a - b);

/** How one kind of run (rows of a table, cells of a row) is split and added to. */
interface RunKind {
  attr: string;
  /** `n` empty elements, to fill a gap before an added one. */
  blank(n: number): string;
  /** An empty element to edit where there was none. */
  fresh: string;
}

const ROW_RUNS: RunKind = {
  attr: ROWS_REPEATED,
  blank: (n) =>
    `<table:table-row${n > 1 ? ` ${ROWS_REPEATED}="${n}"` : ''}><table:table-cell/></table:table-row>`,
  fresh: '<table:table-row></table:table-row>',
};

const CELL_RUNS: RunKind = {
  attr: COLUMNS_REPEATED,
  blank: (n) => `<table:table-cell${n > 1 ? ` ${COLUMNS_REPEATED}="${n}"` : ''}/>`,
  fresh: '<table:table-cell/>',
};

/**
 * `text` with its runs of repeated elements split so that each target index (1-based) has an
 * element of its own, edited by `edit`; targets past the last run get new elements after it
 * (at `end` when there are none). Every other byte stays.
 */
function editRuns(
  text: string,
  runs: Span[],
  kind: RunKind,
  targets: number[],
  end: number,
  edit: (one: string, index: number) => string,
): string {
  const swaps: Array<[number, number, string]> = [];
  let index = 1;
  for (const r of runs) {
    const element = text.slice(r.tag.start, r.end);
    const n = repeatOf(text.slice(r.tag.start, r.tag.end), kind.attr);
    const hits = within(targets, index, index + n - 1);
    if (hits.length > 0) {
      let out = '';
      let at = index;
      for (const h of hits) {
        if (h > at) out += repeated(element, kind.attr, h - at);
        out += edit(repeated(element, kind.attr, 1), h);
        at = h + 1;
      }
      if (at <= index + n - 1) out += repeated(element, kind.attr, index + n - at);
      swaps.push([r.tag.start, r.end, out]);
    }
    index += n;
  }
  const beyond = within(targets, index, Number.MAX_SAFE_INTEGER);
  if (beyond.length > 0) {
    const at = runs.length > 0 ? runs[runs.length - 1]!.end : end;
    let out = '';
    for (const h of beyond) {
      if (h > index) out += kind.blank(h - index);
      out += edit(kind.fresh, h);
      index = h + 1;
    }
    swaps.push([at, at, out]);
  }
  return replaceSpans(text, swaps);
}

/**
 * The table element `xml` (a table:table, whole) with the cells of `edits` (row → column →
 * edit, 1-based) edited. A repeated row or cell that holds one is split so that only that cell
 * changes; a cell past the table's rows or a row's cells is added. Every other byte stays.
 */
export function editTable(xml: string, edits: Map<number, Map<number, CellEdit>>): string {
  const table = { tag: nextTag(xml, 0)!, end: xml.length };
  const cols = columnStyles(xml, flatChildren(xml, table, COLUMN_GROUPS));
  const columnStyle = (c: number) => cols.find(([a, b]) => c >= a && c <= b)?.[2];
  const rows = flatChildren(xml, table, ROW_GROUPS).filter((c) => c.tag.name === 'table:table-row');
  return editRuns(xml, rows, ROW_RUNS, sortedKeys(edits), xml.lastIndexOf('</'), (one, r) =>
    editRow(one, edits.get(r)!, columnStyle),
  );
}

/** One row (not repeated) with the cells of `edits` edited, split out of repeats or added. */
function editRow(
  row: string,
  edits: Map<number, CellEdit>,
  columnStyle: (col: number) => string | undefined,
): string {
  let open = nextTag(row, 0)!;
  if (open.kind === 'empty') {
    row = `${row.slice(0, open.end - 2).replace(/\s+$/, '')}></table:table-row>`;
    open = nextTag(row, 0)!;
  }
  const rowStyle = getAttr(row.slice(0, open.end), 'table:default-cell-style-name');
  // A cell's style in effect: its own, else its column's default, else its row's.
  const styleAt = (cell: string, col: number) =>
    getAttr(cell.slice(0, nextTag(cell, 0)!.end), 'table:style-name') ??
    columnStyle(col) ??
    rowStyle;
  const cells = childElements(row, open, row.length).filter((c) => CELLS.has(c.tag.name));
  return editRuns(row, cells, CELL_RUNS, sortedKeys(edits), row.lastIndexOf('</'), (one, c) =>
    edits.get(c)!(one, styleAt(one, c)),
  );
}
