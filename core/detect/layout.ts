import type { RangeRef } from '../grid';
import type { Grid } from './cells';
import { scanned, scanRow } from './scan';
import { RowShapes } from './shapes';
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

/** One row's summary as an object, for the few rows that need one (a header, a title). */
export function rowShape(grid: Grid, row: number, region: RangeRef): RowShape | null {
  const n = scanRow(grid, row, region);
  if (n === 0) return null;
  const { words, numbers, dates, firstCol } = scanned;
  const firstWord = firstCol === 0 ? '' : grid.word(row, firstCol)!;
  return { row, cols: scanned.cols.slice(0, n), words, numbers, dates, firstWord };
}

/**
 * A region's non-blank rows, summarised in one store, and its blocks: runs of them that blank
 * rows separate, as [start, end) pairs of store indices.
 */
export interface Blocks {
  shapes: RowShapes;
  bounds: number[];
}

/** Runs of non-blank rows: blank rows separate them. */
export function blocksOf(grid: Grid, region: RangeRef): Blocks {
  const shapes = new RowShapes(grid, region);
  const bounds: number[] = [];
  let start = 0;
  for (let r = region.top; r <= region.bottom; r++) {
    if (shapes.add(r)) continue;
    if (shapes.length > start) bounds.push(start, shapes.length);
    start = shapes.length;
  }
  if (shapes.length > start) bounds.push(start, shapes.length);
  return { shapes, bounds };
}

/** A row of one text cell and nothing else: a title, or a heading. */
export function isSingleWord(s: RowShapes, i: number): boolean {
  return s.colCount(i) === 1 && s.words[i] === 1;
}

/** Every cell a word or a period ('2019', 'Februar 2011'), at least two of them. */
export function isHeaderLike(grid: Grid, s: RowShapes, i: number): boolean {
  const cols = s.colsOf(i);
  if (cols.length < 2) return false;
  const firstWord = s.firstWord(i);
  if (isTotalLabel(firstWord) || isFootnoteLabel(firstWord)) return false;
  const row = s.row[i]!;
  let periods = 0;
  for (const c of cols) {
    if (grid.word(row, c) !== null) continue;
    if (headerPeriod(grid.sheet, row, c) !== null) {
      periods++;
      continue;
    }
    return false;
  }
  return s.words[i]! >= 1 || periods >= 2;
}

/** Rows that hold a value: a number, a number typed as text, or a date. */
export function hasData(s: RowShapes, i: number): boolean {
  return s.numbers[i]! > 0 || s.dates[i]! > 0;
}

export function isFootnoteRow(s: RowShapes, i: number): boolean {
  return s.numbers[i] === 0 && s.words[i]! >= 1 && isFootnoteLabel(s.firstWord(i));
}
