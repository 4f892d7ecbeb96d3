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
import { unitFromText } from '../numbers';
import { cellAt } from '../grid';
import { formulaShape } from './formula';
import { footnoteMark, FINANCING } from './words';

/** A table before its columns and rows are named: where its header, title and rows are. */
export interface Draft {
  header: RowShape;
  headerRow: number;
  titleRows: number[];
  /** Data rows below the header, blank rows left out. */
  rows: RowShape[];
  /** Rows that repeat the header further down ('Forventede udgifter | Beløb i kr.'). */
  repeatedHeaders: Set<number>;
  /** Footnote rows found after a blank row, attached to the table their mark points into. */
  footnotes: RowShape[];
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
  index: number;
  titles: RowShape[];
}

/**
 * Where a block's header is: the first row of words (or years) with data below it; else, in a
 * block without one, the last one-word row above the first data row ('Afholdte udgifter').
 */
function findHeader(grid: Grid, block: RowShape[]): Header | null {
  for (let i = 0; i < block.length - 1; i++) {
    const s = block[i]!;
    if (isHeaderLike(grid, s) && anyDataAfter(block, i)) {
      const titles = block.slice(0, i);
      if (titles.every(isSingleWord)) return { index: i, titles };
      return { index: i, titles: titles.filter(isSingleWord) };
    }
    if (!isSingleWord(s)) break;
  }
  const firstData = block.findIndex(hasData);
  if (firstData >= 1 && isSingleWord(block[firstData - 1]!)) {
    const index = firstData - 1;
    return { index, titles: block.slice(0, index).filter(isSingleWord) };
  }
  return null;
}

/** A row of unit words only ('(mio. kr.)', 'kr.', '%', 'årsværk'): the header's second line. */
export function isUnitRow(grid: Grid, s: RowShape): boolean {
  return s.cols.every((c) => {
    const info = grid.at(s.row, c);
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

function anyDataAfter(block: RowShape[], i: number): boolean {
  for (let j = i + 1; j < block.length; j++) if (hasData(block[j]!)) return true;
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
  return extra.every((c) => draft.rows.every((r) => !grid.at(r.row, c).numeric));
}

/** The leftmost and rightmost used column of some rows (loops: a sheet may have 100.000 rows). */
function spanOf(rows: readonly RowShape[], header?: RowShape): { left: number; right: number } {
  let left = header ? header.cols[0]! : Infinity;
  let right = header ? header.cols[header.cols.length - 1]! : 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    left = Math.min(left, r.cols[0]!);
    right = Math.max(right, r.cols[r.cols.length - 1]!);
  }
  return { left, right };
}

function newDraft(grid: Grid, header: RowShape, titles: RowShape[], rows: RowShape[]): Draft {
  const span = spanOf(rows, header);
  const unitRow = rows.length > 1 && isUnitRow(grid, rows[0]!) ? rows[0]!.row : undefined;
  return {
    ...(unitRow !== undefined ? { unitRow } : {}),
    header,
    headerRow: header.row,
    titleRows: titles.map((t) => t.row),
    rows: unitRow !== undefined ? rows.slice(1) : rows,
    repeatedHeaders: new Set(),
    footnotes: [],
    left: span.left,
    right: span.right,
  };
}

function extend(draft: Draft, rows: RowShape[]): void {
  for (const r of rows) draft.rows.push(r);
  const span = spanOf(rows);
  draft.left = Math.min(draft.left, span.left);
  draft.right = Math.max(draft.right, span.right);
}

/** Rows below a gap that still belong to the table above: its total, or more of its lines. */
function continues(draft: Draft, block: RowShape[], gap: number): boolean {
  if (gap > MAX_GAP) return false;
  const inside = block.every((s) => s.cols.every((c) => c >= draft.left && c <= draft.right));
  return inside && block.some(hasData);
}

/** The table whose cells carry a footnote's mark ('2,0*' for '* inkl. evaluering'). */
function ownerOfFootnote(grid: Grid, drafts: Draft[], s: RowShape): Draft | undefined {
  const mark = footnoteMark(s.firstWord);
  if (mark) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!;
      const carries = d.rows.some((r) => r.cols.some((c) => grid.at(r.row, c).footnote === mark));
      if (carries) return d;
    }
  }
  return drafts[drafts.length - 1];
}

/** A row of the block holds a sum (`=SUM(I1:I12)`) of at least two of the block's rows above it. */
function closedBySum(grid: Grid, block: RowShape[]): boolean {
  if (block.length < 3) return false;
  const first = block[0]!.row;
  for (const s of block) {
    for (const c of s.cols) {
      const formula = cellAt(grid.sheet, s.row, c)?.formula;
      if (formula === undefined) continue;
      const shape = formulaShape(formula);
      if (shape.kind !== 'sum') continue;
      const inside = shape.refs.every(
        (r) => r.sheet === undefined && r.left === r.right && r.top >= first && r.bottom < s.row,
      );
      const rows = shape.refs.reduce((n, r) => n + r.bottom - r.top + 1, 0);
      if (inside && rows >= 2) return true;
    }
  }
  return false;
}

/** A table without a header row: its columns are named by what they hold. */
function headerless(block: RowShape[], titles: RowShape[]): Draft {
  const top = block[0]!.row;
  const header: RowShape = {
    row: top - 1,
    cols: [],
    words: 0,
    numbers: 0,
    dates: 0,
    firstWord: '',
  };
  const span = spanOf(block);
  return {
    header,
    headerRow: top - 1,
    headerless: true,
    titleRows: titles.map((t) => t.row),
    rows: block,
    repeatedHeaders: new Set(),
    footnotes: [],
    left: span.left,
    right: span.right,
  };
}

/** Splits a region into table drafts, from blank-row gaps, headers, titles and totals. */
export function draftTables(grid: Grid, region: RangeRef): Draft[] {
  const drafts: Draft[] = [];
  let pendingTitles: RowShape[] = [];
  let lastRow = region.top - 1;
  for (const block of blocksOf(grid, region)) {
    const gap = block[0]!.row - lastRow - 1;
    lastRow = block[block.length - 1]!.row;
    const last = drafts[drafts.length - 1];
    if (block.every(isFootnoteRow)) {
      for (const s of block) ownerOfFootnote(grid, drafts, s)?.footnotes.push(s);
      continue;
    }
    const header = findHeader(grid, block);
    if (header) {
      const head = block[header.index]!;
      const rows = block.slice(header.index + 1);
      if (last && header.titles.length === 0 && gap <= MAX_GAP && repeatsHeader(grid, last, head)) {
        last.repeatedHeaders.add(head.row);
        extend(last, [head, ...rows]);
      } else if (
        last &&
        header.titles.length === 0 &&
        isSingleWord(head) &&
        pendingTitles.length === 0 &&
        continues(last, block, gap)
      ) {
        // A one-word heading over lines in the columns of the table above ('Forventede
        // udgifter'): its next group, as the heading inside the table ('Afholdte udgifter') is.
        extend(last, block);
      } else {
        const titles = header.titles.length > 0 ? header.titles : pendingTitles;
        drafts.push(newDraft(grid, head, titles, rows));
      }
      pendingTitles = [];
      continue;
    }
    if (last && continues(last, block, gap) && pendingTitles.length === 0) {
      extend(last, block);
      continue;
    }
    if (closedBySum(grid, block)) {
      drafts.push(headerless(block, pendingTitles));
      pendingTitles = [];
      continue;
    }
    pendingTitles = block.every(isSingleWord) ? block : [];
  }
  return drafts;
}
