import { formatRange, parseRange, presentIndices, type RangeRef, type Sheet } from '../grid';

type Rows = Sheet['rows'];

/** Cells looked at to clear merges, at most: past it the merges overlap absurdly (a damaged file). */
const MERGE_WORK = 50_000_000;

/**
 * Clears every merged cell but the top-left one (Excel keeps only its value) and returns the
 * merges in A1 notation, one per top-left cell; undefined when clearing would take absurdly
 * long. Only cells that exist are visited, so a merge over the whole sheet costs no more than
 * the cells the sheet has.
 */
export function applyMerges(rows: Rows, refs: readonly string[]): string[] | undefined {
  const byMaster = new Map<string, RangeRef>();
  for (const ref of refs) {
    const r = parseRange(ref);
    if (!r) continue;
    const master = `${r.top}:${r.left}`;
    if (!byMaster.has(master)) byMaster.set(master, r);
  }
  let work = 0;
  for (const r of byMaster.values()) {
    for (const ri of presentIndices(rows, r.top - 1, r.bottom - 1)) {
      const cells = rows[ri]!;
      const cols = presentIndices(cells, r.left - 1, r.right - 1);
      work += cols.length + 1;
      if (work > MERGE_WORK) return undefined;
      for (const ci of cols) {
        if (ri === r.top - 1 && ci === r.left - 1) continue;
        delete cells[ci];
      }
    }
  }
  return [...byMaster.values()].map(formatRange);
}

/** The last row and column holding a cell; rows left empty are dropped, lengths trimmed. */
export function trimGrid(rows: Rows): { rowCount: number; colCount: number } {
  let rowCount = 0;
  let colCount = 0;
  rows.forEach((cells, ri) => {
    if (!cells) return;
    let last = -1;
    if (cells[cells.length - 1] !== undefined) last = cells.length - 1;
    else {
      const present = presentIndices(cells, 0, cells.length - 1);
      if (present.length > 0) last = present[present.length - 1]!;
    }
    if (last < 0) {
      delete rows[ri];
      return;
    }
    cells.length = last + 1;
    rowCount = ri + 1;
    if (last + 1 > colCount) colCount = last + 1;
  });
  rows.length = rowCount;
  return { rowCount, colCount };
}
