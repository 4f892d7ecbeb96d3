import type { RangeRef } from '../grid';
import type { Grid } from './cells';
import {
  blocksOf,
  hasData,
  isFootnoteRow,
  isHeaderLike,
  isSingleWord,
  type RowShape,
} from './layout';
import { RowRuns, type RowShapes } from './shapes';
import { unitFromText } from '../numbers';
import { cellAt } from '../grid';
import { formulaShape, MAX_FORMULA_TEXT } from './formula';
import { footnoteMark, FINANCING } from './words';

/**
 * A table before its columns and rows are named: where its header, title and rows are. Its
 * rows and footnotes are rows of `shapes`, the summaries of the region it was found in.
 */
export interface Draft {
  shapes: RowShapes;
  header: RowShape;
  headerRow: number;
  titleRows: number[];
  /** Data rows below the header, blank rows left out. */
  rows: RowRuns;
  /** Rows that repeat the header further down ('Forventede udgifter | Beløb i kr.'). */
  repeatedHeaders: Set<number>;
  /** Footnote rows found after a blank row, attached to the table their mark points into. */
  footnotes: number[];
  /** No header row: a block of numbers closed by a SUM row; the header is the blank row above. */
  headerless?: boolean;
  /** A second header row that only names units ('(mio. kr.)' under 'Budget 2024'). */
  unitRow?: number;
  left: number;
  right: number;
}

/** Blank rows a table's continuation (its total, its next group) may sit below it. */
const MAX_GAP = 3;

interface Header {
  /** The header's store index. */
  index: number;
  /** The sheet rows of its titles. */
  titles: number[];
}

/** The sheet rows of the one-word rows among store rows [start, end). */
function singleWordRows(s: RowShapes, start: number, end: number): number[] {
  const rows: number[] = [];
  for (let i = start; i < end; i++) if (isSingleWord(s, i)) rows.push(s.row[i]!);
  return rows;
}

/**
 * Where a block's header is: the first row of words (or years) with data below it; else, in a
 * block without one, the last one-word row above the first data row ('Afholdte udgifter').
 */
function findHeader(grid: Grid, s: RowShapes, start: number, end: number): Header | null {
  for (let i = start; i < end - 1; i++) {
    if (isHeaderLike(grid, s, i) && anyData(s, i + 1, end)) {
      return { index: i, titles: singleWordRows(s, start, i) };
    }
    if (!isSingleWord(s, i)) break;
  }
  let firstData = -1;
  for (let i = start; i < end && firstData < 0; i++) if (hasData(s, i)) firstData = i;
  if (firstData >= start + 1 && isSingleWord(s, firstData - 1)) {
    const index = firstData - 1;
    return { index, titles: singleWordRows(s, start, index) };
  }
  return null;
}

/** A row of unit words only ('(mio. kr.)', 'kr.', '%', 'årsværk'): the header's second line. */
export function isUnitRow(grid: Grid, row: number, cols: readonly number[]): boolean {
  return cols.every((c) => {
    const info = grid.at(row, c);
    // '(1.000 kr.)' reads as a number in parentheses; here it is a unit.
    const text = info.text.replace(/1[.,]?000/, '');
    return (
      info.kind === 'text' &&
      text.length <= 16 &&
      !/\d/.test(text) &&
      unitFromText(info.text) !== null &&
      !/\p{L}{9,}/u.test(text)
    );
  });
}

function anyData(s: RowShapes, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (hasData(s, i)) return true;
  return false;
}

function headerTexts(grid: Grid, s: RowShape): string[] {
  return s.cols.slice(1).map((c) => grid.at(s.row, c).text.toLowerCase());
}

/** The same value headers in the same columns: a new group of the same table. */
export function repeatsHeader(grid: Grid, draft: Draft, s: RowShape): boolean {
  const first = draft.header;
  if (first.cols.join() !== s.cols.join()) {
    if (!repeatsWithoutTextColumns(grid, draft, s)) return false;
  } else if (headerTexts(grid, first).join('|') !== headerTexts(grid, s).join('|')) return false;
  // A financing table below spending is a table of its own, whatever its headers say.
  return FINANCING.test(first.firstWord) === FINANCING.test(s.firstWord);
}

/**
 * The same header less some columns that hold only text above ('Status': Ja/Nej beside the
 * amounts): the next group of the same table, not a table of its own.
 */
function repeatsWithoutTextColumns(grid: Grid, draft: Draft, s: RowShape): boolean {
  const first = draft.header;
  if (s.cols.length < 2 || s.cols[0] !== first.cols[0]) return false;
  if (!s.cols.every((c) => first.cols.includes(c))) return false;
  for (const c of s.cols.slice(1)) {
    if (grid.at(first.row, c).text.toLowerCase() !== grid.at(s.row, c).text.toLowerCase())
      return false;
  }
  const extra = first.cols.filter((c) => !s.cols.includes(c));
  const rows = draft.shapes.row;
  return extra.every((c) => !draft.rows.some((i) => grid.at(rows[i]!, c).numeric));
}

interface Span {
  left: number;
  right: number;
}

/** The leftmost and rightmost used column of store rows [start, end), widening `span`. */
function widen(span: Span, s: RowShapes, start: number, end: number): Span {
  let { left, right } = span;
  for (let i = start; i < end; i++) {
    const cols = s.colsOf(i);
    left = Math.min(left, cols[0]!);
    right = Math.max(right, cols[cols.length - 1]!);
  }
  return { left, right };
}

function newDraft(
  grid: Grid,
  s: RowShapes,
  header: RowShape,
  titleRows: number[],
  start: number,
  end: number,
): Draft {
  const span = widen(
    { left: header.cols[0]!, right: header.cols[header.cols.length - 1]! },
    s,
    start,
    end,
  );
  const unitRow =
    end - start > 1 && isUnitRow(grid, s.row[start]!, s.colsOf(start)) ? s.row[start] : undefined;
  return {
    ...(unitRow !== undefined ? { unitRow } : {}),
    shapes: s,
    header,
    headerRow: header.row,
    titleRows,
    rows: new RowRuns(unitRow !== undefined ? start + 1 : start, end),
    repeatedHeaders: new Set(),
    footnotes: [],
    left: span.left,
    right: span.right,
  };
}

function extend(draft: Draft, start: number, end: number): void {
  draft.rows.add(start, end);
  const span = widen({ left: Infinity, right: 0 }, draft.shapes, start, end);
  draft.left = Math.min(draft.left, span.left);
  draft.right = Math.max(draft.right, span.right);
}

/** Rows below a gap that still belong to the table above: its total, or more of its lines. */
function continues(draft: Draft, s: RowShapes, start: number, end: number, gap: number): boolean {
  if (gap > MAX_GAP) return false;
  for (let i = start; i < end; i++) {
    // Columns run left to right: the first and the last say whether all are inside.
    const cols = s.colsOf(i);
    if (cols[0]! < draft.left || cols[cols.length - 1]! > draft.right) return false;
  }
  return anyData(s, start, end);
}

/** The table whose cells carry a footnote's mark ('2,0*' for '* inkl. evaluering'). */
function ownerOfFootnote(grid: Grid, drafts: Draft[], s: RowShapes, f: number): Draft | undefined {
  const mark = footnoteMark(s.firstWord(f));
  if (mark) {
    const carries = (i: number): boolean => {
      const row = s.row[i]!;
      return s.colsOf(i).some((c) => grid.at(row, c).footnote === mark);
    };
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k]!;
      if (d.rows.some(carries)) return d;
    }
  }
  return drafts[drafts.length - 1];
}

/** A row of the block holds a sum (`=SUM(I1:I12)`) of at least two of the block's rows above it. */
function closedBySum(
  grid: Grid,
  s: RowShapes,
  start: number,
  end: number,
  budget: { left: number },
): boolean {
  if (end - start < 3) return false;
  const first = s.row[start]!;
  for (let i = start; i < end; i++) {
    const row = s.row[i]!;
    for (const c of s.colsOf(i)) {
      const formula = cellAt(grid.sheet, row, c)?.formula;
      if (formula === undefined) continue;
      if ((budget.left -= formula.length) < 0) return false;
      const shape = formulaShape(formula);
      if (shape.kind !== 'sum') continue;
      const inside = shape.refs.every(
        (r) => r.sheet === undefined && r.left === r.right && r.top >= first && r.bottom < row,
      );
      const rows = shape.refs.reduce((n, r) => n + r.bottom - r.top + 1, 0);
      if (inside && rows >= 2) return true;
    }
  }
  return false;
}

/** A table without a header row: its columns are named by what they hold. */
function headerless(s: RowShapes, start: number, end: number, titleRows: number[]): Draft {
  const top = s.row[start]!;
  const header: RowShape = {
    row: top - 1,
    cols: [],
    words: 0,
    numbers: 0,
    dates: 0,
    firstWord: '',
  };
  const span = widen({ left: Infinity, right: 0 }, s, start, end);
  return {
    shapes: s,
    header,
    headerRow: top - 1,
    headerless: true,
    titleRows,
    rows: new RowRuns(start, end),
    repeatedHeaders: new Set(),
    footnotes: [],
    left: span.left,
    right: span.right,
  };
}

function every(s: RowShapes, start: number, end: number, test: typeof isSingleWord): boolean {
  for (let i = start; i < end; i++) if (!test(s, i)) return false;
  return true;
}

/** Splits a region into table drafts, from blank-row gaps, headers, titles and totals. */
export function draftTables(grid: Grid, region: RangeRef): Draft[] {
  const drafts: Draft[] = [];
  let pendingTitles: number[] = [];
  let lastRow = region.top - 1;
  // Past the formula budget no block is taken as closed by a sum, so no table is made of it
  // (400.000 cells sharing a formula of 591 characters took 14 s here).
  const formulas = { left: MAX_FORMULA_TEXT };
  const { shapes: s, bounds } = blocksOf(grid, region);
  for (let b = 0; b < bounds.length; b += 2) {
    const start = bounds[b]!;
    const end = bounds[b + 1]!;
    const gap = s.row[start]! - lastRow - 1;
    lastRow = s.row[end - 1]!;
    const last = drafts[drafts.length - 1];
    if (every(s, start, end, isFootnoteRow)) {
      for (let i = start; i < end; i++) ownerOfFootnote(grid, drafts, s, i)?.footnotes.push(i);
      continue;
    }
    const header = findHeader(grid, s, start, end);
    if (header) {
      const h = header.index;
      const head = s.shape(h);
      if (last && header.titles.length === 0 && gap <= MAX_GAP && repeatsHeader(grid, last, head)) {
        last.repeatedHeaders.add(head.row);
        extend(last, h, end);
      } else if (
        last &&
        header.titles.length === 0 &&
        isSingleWord(s, h) &&
        pendingTitles.length === 0 &&
        continues(last, s, start, end, gap)
      ) {
        // A one-word heading over lines in the columns of the table above ('Forventede
        // udgifter'): its next group, as the heading inside the table ('Afholdte udgifter') is.
        extend(last, start, end);
      } else {
        const titles = header.titles.length > 0 ? header.titles : pendingTitles;
        drafts.push(newDraft(grid, s, head, titles, h + 1, end));
      }
      pendingTitles = [];
      continue;
    }
    if (last && continues(last, s, start, end, gap) && pendingTitles.length === 0) {
      extend(last, start, end);
      continue;
    }
    if (closedBySum(grid, s, start, end, formulas)) {
      drafts.push(headerless(s, start, end, pendingTitles));
      pendingTitles = [];
      continue;
    }
    pendingTitles = every(s, start, end, isSingleWord) ? singleWordRows(s, start, end) : [];
  }
  return drafts;
}
