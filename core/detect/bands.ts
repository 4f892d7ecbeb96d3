import { wideColumns, type RangeRef } from '../grid';
import type { Grid } from './cells';
import type { DetectedTable } from './types';

/** Column ranges of a region separated by columns with nothing in them. */
export function bandsOf(grid: Grid, region: RangeRef): RangeRef[] {
  const used = new Uint8Array(region.right + 1);
  for (let r = region.top; r <= region.bottom; r++) {
    const cells = grid.sheet.rows[r - 1];
    if (!cells) continue;
    const right = Math.min(region.right, cells.length);
    const wide = wideColumns(cells, region.left - 1, right - 1);
    const n = wide ? wide.length : right - region.left + 1;
    for (let i = 0; i < n; i++) {
      const c = wide ? wide[i]! + 1 : region.left + i;
      if (!used[c] && grid.at(r, c).kind !== 'blank') used[c] = 1;
    }
  }
  const bands: RangeRef[] = [];
  let start = 0;
  for (let c = region.left; c <= region.right + 1; c++) {
    const on = c <= region.right && used[c] === 1;
    if (on && start === 0) start = c;
    if (!on && start !== 0) {
      bands.push({ ...region, left: start, right: c - 1 });
      start = 0;
    }
  }
  return bands;
}

/** A table that stands on its own: a label column and something to read beside it. */
export function standsAlone(t: DetectedTable): boolean {
  const labelled = t.columns.some((c) => c.role === 'label' || c.role === 'person');
  return labelled && t.columns.length >= 2;
}

/**
 * Bands a region may have to be read as tables side by side. Each band is read over all the
 * region's rows, so cells scattered over thousands of columns made the work bands × rows (a
 * 10.000-row sheet of one cell a row in a random column: 4.051 bands, 4 s; 100.000 rows ran past
 * two minutes). A table standing alone takes two columns and a spacer: 256 of them side by side
 * is 768 columns, past any layout people read.
 */
const MAX_BANDS = 256;

/**
 * Tables side by side, separated by an empty column ('Afholdte udgifter' in A:B, 'Forventede'
 * in D:E), are read band by band, but only when two or more bands each hold a table that stands
 * on its own; otherwise the empty column is a spacer inside one table.
 */
export function sideBySide(
  grid: Grid,
  region: RangeRef,
  detect: (band: RangeRef) => DetectedTable[],
): DetectedTable[] | null {
  const bands = bandsOf(grid, region);
  if (bands.length < 2 || bands.length > MAX_BANDS) return null;
  const found = bands.map((b) => detect(b).filter(standsAlone));
  if (found.filter((f) => f.length > 0).length < 2) return null;
  return found.flat();
}
