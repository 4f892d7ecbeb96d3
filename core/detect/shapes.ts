import type { RangeRef } from '../grid';
import type { Grid } from './cells';
import type { RowShape } from './layout';
import { scanned, scanRow } from './scan';

type Counts = Uint16Array | Int32Array;

/**
 * A region's non-blank rows, summarised as `rowShape` would, in typed arrays: a 1.000.000-line
 * table costs 16 bytes a row here instead of an object and an array slot per row that live
 * through all of detection. Row i of the store is its i-th non-blank row, top to bottom; a
 * row using the same columns as the row before shares its column list.
 */
export class RowShapes {
  length = 0;
  readonly row: Int32Array;
  readonly words: Counts;
  readonly numbers: Counts;
  readonly dates: Counts;
  /** The column of the row's first word, 0 when it has none (its text: `grid.word` there). */
  readonly firstCol: Counts;
  /** Which of `lists` holds the row's columns. */
  private readonly list: Int32Array;
  private readonly lists: number[][] = [];

  constructor(
    readonly grid: Grid,
    readonly region: RangeRef,
  ) {
    const capacity = rowsWithCells(grid, region);
    // Counts and columns never exceed the region's right edge (16.384 in Excel).
    const Counts = region.right < 65536 ? Uint16Array : Int32Array;
    this.row = new Int32Array(capacity);
    this.words = new Counts(capacity);
    this.numbers = new Counts(capacity);
    this.dates = new Counts(capacity);
    this.firstCol = new Counts(capacity);
    this.list = new Int32Array(capacity);
  }

  /** Adds the sheet row `row` when it has a value in the region; false when it is blank. */
  add(row: number): boolean {
    const n = scanRow(this.grid, row, this.region);
    if (n === 0) return false;
    const i = this.length++;
    this.row[i] = row;
    this.words[i] = scanned.words;
    this.numbers[i] = scanned.numbers;
    this.dates[i] = scanned.dates;
    this.firstCol[i] = scanned.firstCol;
    this.list[i] = this.listOf(n);
    return true;
  }

  /** Columns with a value, left to right (shared: never change it). */
  colsOf(i: number): readonly number[] {
    return this.lists[this.list[i]!]!;
  }

  colCount(i: number): number {
    return this.lists[this.list[i]!]!.length;
  }

  /** The first word in the row (its label, usually), '' when it has none. */
  firstWord(i: number): string {
    const c = this.firstCol[i]!;
    return c === 0 ? '' : (this.grid.word(this.row[i]!, c) ?? '');
  }

  /** Row i as an object, for the few rows that need one (a header). */
  shape(i: number): RowShape {
    return {
      row: this.row[i]!,
      cols: this.lists[this.list[i]!]!,
      words: this.words[i]!,
      numbers: this.numbers[i]!,
      dates: this.dates[i]!,
      firstWord: this.firstWord(i),
    };
  }

  /** The list of the `n` columns `scanRow` found: the last one when they are the same. */
  private listOf(n: number): number {
    const lists = this.lists;
    const last = lists[lists.length - 1];
    if (last && last.length === n) {
      let same = true;
      for (let k = 0; k < n && same; k++) same = last[k] === scanned.cols[k];
      if (same) return lists.length - 1;
    }
    lists.push(scanned.cols.slice(0, n));
    return lists.length - 1;
  }
}

/** Rows of the region with any cell at or right of its left edge: at most that many are used. */
function rowsWithCells(grid: Grid, region: RangeRef): number {
  const rows = grid.sheet.rows;
  let n = 0;
  for (let r = region.top; r <= region.bottom; r++) {
    const cells = rows[r - 1];
    if (cells && cells.length >= region.left) n++;
  }
  return n;
}

/**
 * Some rows of a store, top to bottom, as runs of consecutive store indices ([start, end)
 * pairs): a table's lines are a block or two, not an array of 1.000.000 entries.
 */
export class RowRuns {
  readonly bounds: number[] = [];
  length = 0;

  constructor(start = 0, end = 0) {
    this.add(start, end);
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const b = this.bounds;
    if (b.length > 0 && b[b.length - 1] === start) b[b.length - 1] = end;
    else b.push(start, end);
    this.length += end - start;
  }

  /** The store index of the first row. */
  first(): number {
    return this.bounds[0]!;
  }

  /** The store index of the last row. */
  last(): number {
    return this.bounds[this.bounds.length - 1]! - 1;
  }

  /** Calls `visit` with each row's store index, in order. */
  forEach(visit: (i: number) => void): void {
    const b = this.bounds;
    for (let k = 0; k < b.length; k += 2) {
      for (let i = b[k]!; i < b[k + 1]!; i++) visit(i);
    }
  }

  /** Whether any row's store index passes the test (one callback per call, none made per row). */
  some(test: (i: number) => boolean): boolean {
    const b = this.bounds;
    for (let k = 0; k < b.length; k += 2) {
      for (let i = b[k]!; i < b[k + 1]!; i++) if (test(i)) return true;
    }
    return false;
  }

  /** The store indices of the rows, then `more`, in one array sized once. */
  indices(more: readonly number[] = []): Int32Array {
    const out = new Int32Array(this.length + more.length);
    const b = this.bounds;
    let n = 0;
    for (let k = 0; k < b.length; k += 2) {
      for (let i = b[k]!; i < b[k + 1]!; i++) out[n++] = i;
    }
    for (const i of more) out[n++] = i;
    return out;
  }
}
