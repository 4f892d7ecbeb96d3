import { parseRange, type NamedRange, type RangeRef, type Sheet, type Workbook } from '../grid';
import { unitFromText, type Unit } from '../numbers';
import { sideBySide } from './bands';
import { gridOf, type Grid } from './cells';
import { detectColumns } from './columns';
import { draftTables, isUnitRow, repeatsHeader, type Draft } from './drafts';
import { kindOf } from './kind';
import { blocksOf, isHeaderLike, isSingleWord, rowShape } from './layout';
import { RowRuns } from './shapes';
import { quarterIn, yearIn } from './period';
import { isTotalLabel } from './words';
import { detectRows } from './rows';
import type { DetectedColumn, DetectedTable } from './types';

export interface DetectOptions {
  /** Look only here ('A3:D20'): the range is one table, its first header-like row the header. */
  range?: string;
  /** Excel tables and defined names of the workbook; those on this sheet are used as tables. */
  names?: readonly NamedRange[];
}

/**
 * Finds the tables on a sheet. Without options the layout decides: blank rows separate tables,
 * a row of words above data is the header, one-word rows above it the title; a total, a next
 * group with the same header, or footnotes below a short gap stay with the table above. Excel
 * tables (and defined names where nothing else was found) are taken as given; `range` limits
 * detection to one explicit table.
 */
export function detectTables(sheet: Sheet, options: DetectOptions = {}): DetectedTable[] {
  const grid = gridOf(sheet);
  if (options.range !== undefined) {
    const region = clip(parseRange(options.range), sheet);
    const table = region ? explicitTable(grid, region) : null;
    return table ? [table] : [];
  }
  const mine = (options.names ?? []).filter((n) => n.sheet === sheet.name);
  const explicit = mine
    .filter((n) => n.kind === 'table')
    .map((n) => explicitTable(grid, withTotalBelow(grid, clip(parseRange(n.range), sheet))))
    .filter((t): t is DetectedTable => t !== null);
  const whole = clip({ top: 1, left: 1, bottom: sheet.rowCount, right: sheet.colCount }, sheet);
  const inRegion = (r: RangeRef) => finish(grid, draftTables(grid, r));
  const found = whole ? (sideBySide(grid, whole, inRegion) ?? inRegion(whole)) : [];
  const tables = [
    ...explicit,
    ...found.filter((t) => !explicit.some((e) => overlaps(e.range, t.range))),
  ];
  for (const n of mine.filter((m) => m.kind === 'name')) {
    const r = clip(parseRange(n.range), sheet);
    if (!r || r.bottom - r.top < 1 || r.right - r.left < 1) continue;
    if (tables.some((t) => overlaps(t.range, r))) continue;
    const t = explicitTable(grid, r);
    if (t) tables.push(t);
  }
  return tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/** Every sheet's tables, with the workbook's Excel tables and names. */
export function detectWorkbookTables(workbook: Workbook): DetectedTable[] {
  return workbook.sheets.flatMap((s) => detectTables(s, { names: workbook.names }));
}

function clip(r: RangeRef | undefined, sheet: Sheet): RangeRef | null {
  if (!r) return null;
  const out = {
    top: r.top,
    left: r.left,
    bottom: Math.min(r.bottom, sheet.rowCount),
    right: Math.min(r.right, sheet.colCount),
  };
  return out.bottom >= out.top && out.right >= out.left ? out : null;
}

/**
 * An Excel table (ListObject) with an 'I alt' row typed directly below it: that row is the
 * table's total, and is checked with it.
 */
function withTotalBelow(grid: Grid, r: RangeRef | null): RangeRef | null {
  if (!r || r.bottom >= grid.sheet.rowCount) return r;
  const below = rowShape(grid, r.bottom + 1, { ...r, top: r.bottom + 1, bottom: r.bottom + 1 });
  if (!below || below.numbers === 0 || !isTotalLabel(below.firstWord)) return r;
  return { ...r, bottom: r.bottom + 1 };
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** A range the user or the workbook names as one table: its first header-like row heads it. */
function explicitTable(grid: Grid, region: RangeRef | null): DetectedTable | null {
  if (!region) return null;
  const { shapes } = blocksOf(grid, region);
  const n = shapes.length;
  if (n < 2) return null;
  let h = 0;
  while (h < n && !isHeaderLike(grid, shapes, h)) h++;
  if (h === n || h === n - 1) h = 0;
  const header = shapes.shape(h);
  const titleRows: number[] = [];
  for (let i = 0; i < h; i++) if (isSingleWord(shapes, i)) titleRows.push(shapes.row[i]!);
  const draft: Draft = {
    shapes,
    header,
    headerRow: header.row,
    titleRows,
    rows: new RowRuns(h + 1, n),
    repeatedHeaders: new Set(),
    footnotes: [],
    left: region.left,
    right: region.right,
  };
  for (let i = h + 1; i < n; i++) {
    if (isHeaderLike(grid, shapes, i) && repeatsHeader(grid, draft, shapes.shape(i)))
      draft.repeatedHeaders.add(shapes.row[i]!);
  }
  if (draft.rows.length > 1 && isUnitRow(grid, shapes.row[h + 1]!, shapes.colsOf(h + 1))) {
    draft.unitRow = shapes.row[h + 1];
    draft.rows = new RowRuns(h + 2, n);
  }
  if (draft.titleRows.length === 0) draft.titleRows = titleAbove(grid, region);
  return finish(grid, [draft])[0] ?? null;
}

/** An Excel table's title sits just above it: the nearest non-blank row, if it is one word. */
function titleAbove(grid: Grid, region: RangeRef): number[] {
  for (let r = region.top - 1; r >= Math.max(1, region.top - 2); r--) {
    const s = rowShape(grid, r, { ...region, top: r, bottom: r });
    if (s) return s.cols.length === 1 && s.words === 1 ? [r] : [];
  }
  return [];
}

function titleOf(grid: Grid, draft: Draft): string | null {
  const parts = draft.titleRows.map(
    (r) =>
      rowShape(grid, r, { top: r, bottom: r, left: 1, right: grid.sheet.colCount })?.firstWord ??
      '',
  );
  const title = parts.filter((p) => p !== '').join(' – ');
  return title === '' ? null : title;
}

function mainUnit(columns: DetectedColumn[], titleUnit: Unit | null): Unit | null {
  const of = (role: DetectedColumn['role']) => columns.find((c) => c.role === role && c.unit)?.unit;
  return of('value') ?? of('year') ?? of('adopted') ?? of('actual') ?? titleUnit ?? null;
}

function finish(grid: Grid, drafts: Draft[]): DetectedTable[] {
  const tables = drafts.map((draft) => toTable(grid, draft));
  // A table without a title of its own (the financing below the spending) shares the year and
  // quarter of the titled table above it.
  tables.forEach((t, i) => {
    const above = tables[i - 1];
    if (t.title !== null || !above) return;
    t.year ??= above.year;
    t.quarter ??= above.quarter;
  });
  // Footnotes found below a gap widen their table only when no other table lies in between.
  tables.forEach((t, i) => {
    const { footnotes, shapes } = drafts[i]!;
    const last = footnotes.reduce((m, f) => Math.max(m, shapes.row[f]!), t.range.bottom);
    const span = { ...t.range, bottom: last, left: t.range.left, right: t.range.right };
    if (!tables.some((o, j) => j !== i && overlaps(o.range, span))) t.range.bottom = last;
  });
  return tables;
}

function toTable(grid: Grid, draft: Draft): DetectedTable {
  const sheet = grid.sheet;
  const title = titleOf(grid, draft);
  const titleUnit = title ? unitFromText(title) : null;
  const columns = detectColumns(grid, draft, titleUnit);
  const rows = detectRows(grid, draft, columns);
  const unit = mainUnit(columns, titleUnit);
  const { kind, reason } = kindOf({ columns, title, sheetName: sheet.name, unit });
  const headers = columns.filter((c) => c.role !== 'year').map((c) => c.header);
  // Rows run top to bottom, below the header: the last is the lowest.
  const bottom = Math.max(draft.shapes.row[draft.rows.last()]!, draft.headerRow);
  return {
    sheet: sheet.name,
    kind,
    range: {
      top: draft.headerless ? draft.shapes.row[draft.rows.first()]! : draft.headerRow,
      left: draft.left,
      bottom,
      right: draft.right,
    },
    title,
    headerRow: draft.headerRow,
    columns,
    rows,
    unit,
    year: yearIn(title) ?? yearIn(sheet.name) ?? firstOf(headers, yearIn),
    quarter: quarterIn(title) ?? quarterIn(sheet.name) ?? firstOf(headers, quarterIn),
    reason,
  };
}

function firstOf(texts: string[], read: (t: string) => number | null): number | null {
  for (const t of texts) {
    const v = read(t);
    if (v !== null) return v;
  }
  return null;
}
