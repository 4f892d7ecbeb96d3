import { wideColumns, type RangeRef } from '../grid';
import { isDateFormat, isPlainText } from '../numbers';
import type { Grid } from './cells';

/**
 * What `scanRow` found in its row: `cols` holds the first `n` columns with a value (reused, so
 * a row read costs no array); `firstCol` is the column of the first word, 0 when there is none.
 */
export const scanned = { cols: [] as number[], n: 0, words: 0, numbers: 0, dates: 0, firstCol: 0 };

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

/** Reads one row of the region into `scanned`; returns how many of its cells hold a value. */
export function scanRow(grid: Grid, row: number, region: RangeRef): number {
  const cells = grid.sheet.rows[row - 1];
  if (!cells) return 0;
  const cols = scanned.cols;
  let n = 0;
  let words = 0;
  let numbers = 0;
  let dates = 0;
  let firstCol = 0;
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
    // A label is most of what is left: its text, no info object. Every word is found here
    // (`grid.word` is null only for cells that are not words), so `firstCol` names the first.
    if (grid.word(row, c) !== null) {
      cols[n++] = c;
      words++;
      if (firstCol === 0) firstCol = c;
      continue;
    }
    const info = grid.at(row, c);
    if (info.kind === 'blank') continue;
    cols[n++] = c;
    if (info.numeric) numbers++;
    else if (info.kind === 'date') dates++;
  }
  scanned.n = n;
  scanned.words = words;
  scanned.numbers = numbers;
  scanned.dates = dates;
  scanned.firstCol = firstCol;
  return n;
}
