/**
 * The floor for keeping a grid: `count` cells held as the grid holds them (core/grid: an object
 * each, with a number and its format, in an array a row), two to a row as in the synthetic
 * budget, with nothing read or unpacked. What V8 grows by to hold them (its young generation
 * sized up as they survive collections, old space they are moved to) is under any reader that
 * hands the checks a grid of objects (bench/cli.ts prints it beside the check's own figure).
 */
import type { Cell, Sheet } from '../core/grid';

const FORMAT = '#,##0';

export function heldCells(count: number): Sheet['rows'] {
  const rows: Sheet['rows'] = [];
  for (let i = 0; i < count; i += 2) {
    const row = new Array<Cell | undefined>(Math.min(2, count - i));
    // Not whole numbers, so each value is a number of its own as an amount read from a sheet is.
    for (let c = 0; c < row.length; c++) row[c] = { value: i + c + 0.25, numFmt: FORMAT };
    rows.push(row);
  }
  return rows;
}
