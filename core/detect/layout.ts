import { wideColumns, type RangeRef } from '../grid';
import { isDateFormat, isPlainText } from '../numbers';
import { isWord, type Grid } from './cells';
import { isFootnoteLabel, isTotalLabel } from './words';
import { headerPeriod } from './period';

/** One non-blank row of the region, summarised. */
export interface RowShape {
  row: number;
  /** Columns with a value, left to right. */
  cols: number[];
  words: number;
  numbers: number;
  dates: number;
  /** The first word in the row (its label, usually). */
  firstWord: string;
}

/** Reused by rowShape (its first `n` entries) and copied at its exact length. */
const scratch: number[] = [];

/**
 * The last copy made: consecutive rows mostly use the same columns, and share one array then
 * (a shape's `cols` is never changed after it is made).
 */
let lastCols: readonly number[] = [];

function colsOf(n: number): number[] {
  const last = lastCols;
  if (last.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = last[i] === scratch[i];
    if (same) return last as number[];
  }
  lastCols = scratch.slice(0, n);
  return lastCols as number[];
}

/** The last number format asked about: a column has one or two, read once per run of cells. */
let lastFormat: string | undefined;
let lastIsDate = false;

function isDate(numFmt: string | undefined): boolean {
  if (numFmt !== lastFormat) {
    lastFormat = numFmt;
    lastIsDate = isDateFormat(numFmt);
  }
  return lastIsDate;
}

export function rowShape(grid: Grid, row: number, region: RangeRef): RowShape | null {
  const cells = grid.sheet.rows[row - 1];
  if (!cells) return null;
  const cols = scratch;
  let n = 0;
  let words = 0;
  let numbers = 0;
  let dates = 0;
  let firstWord = '';
  const right = Math.min(region.right, cells.length);
  const wide = wideColumns(cells, region.left - 1, right - 1);
  const count = wide ? wide.length : right - region.left + 1;
  for (let i = 0; i < count; i++) {
    const c = wide ? wide[i]! + 1 : region.left + i;
    const cell = cells[c - 1];
    if (!cell) continue;
    // A real number needs no info object: it is a number, or a date by its format.
    if (typeof cell.value === 'number') {
      cols[n++] = c;
      if (isDate(cell.numFmt)) dates++;
      else numbers++;
      continue;
    }
    // So is plain number text ('6.274.468'): a number, its info made only if someone asks.
    if (typeof cell.value === 'string' && isPlainText(cell.value)) {
      cols[n++] = c;
      numbers++;
      continue;
    }
    // A label is most of what is left: its text, no info object.
    const word = grid.word(row, c);
    if (word !== null) {
      cols[n++] = c;
      words++;
      if (firstWord === '') firstWord = word;
      continue;
    }
    const info = grid.at(row, c);
    if (info.kind === 'blank') continue;
    cols[n++] = c;
    if (info.numeric) numbers++;
    else if (info.kind === 'date') dates++;
    else if (isWord(info)) {
      words++;
      if (firstWord === '') firstWord = info.text;
    }
  }
  return n === 0 ? null : { row, cols: colsOf(n), words, numbers, dates, firstWord };
}

/** Runs of non-blank rows: blank rows separate them. */
export function blocksOf(grid: Grid, region: RangeRef): RowShape[][] {
  const blocks: RowShape[][] = [];
  let current: RowShape[] = [];
  for (let r = region.top; r <= region.bottom; r++) {
    const shape = rowShape(grid, r, region);
    if (shape) current.push(shape);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A row of one text cell and nothing else: a title, or a heading. */
export function isSingleWord(s: RowShape): boolean {
  return s.cols.length === 1 && s.words === 1;
}

/** Every cell a word or a period ('2019', 'Februar 2011'), at least two of them. */
export function isHeaderLike(grid: Grid, s: RowShape): boolean {
  if (s.cols.length < 2) return false;
  if (isTotalLabel(s.firstWord) || isFootnoteLabel(s.firstWord)) return false;
  let periods = 0;
  for (const c of s.cols) {
    const info = grid.at(s.row, c);
    if (isWord(info)) continue;
    if (headerPeriod(grid.sheet, s.row, c) !== null) {
      periods++;
      continue;
    }
    return false;
  }
  return s.words >= 1 || periods >= 2;
}

/** Rows that hold a value: a number, a number typed as text, or a date. */
export function hasData(s: RowShape): boolean {
  return s.numbers > 0 || s.dates > 0;
}

export function isFootnoteRow(s: RowShape): boolean {
  return s.numbers === 0 && s.words >= 1 && isFootnoteLabel(s.firstWord);
}
