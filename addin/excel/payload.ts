/**
 * Excel on the web refuses a request or response over 5 MB, so big reads are cut into row
 * blocks, and blocks are grouped into batches that each stay under a budget; one batch is one
 * context.sync. What is loaded is not known before it is loaded, so the size is estimated per
 * cell (values, text, numberFormat and formulas as JSON); a batch the host still refuses is
 * re-read in halves (see read.ts).
 */

/** Excel on the web's payload limit. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** What one batch may be estimated at: a margin under the limit for JSON framing. */
export const BATCH_BUDGET = 4 * 1024 * 1024;
/**
 * Estimated JSON bytes of one cell's four properties: a short number or word as value, its
 * displayed text, "General" or a short format code, and the same again as formula, with quotes
 * and separators. Measured on the example workbooks at 24-36 bytes; rounded up.
 */
export const BYTES_PER_CELL = 40;

/** A rectangle of one sheet to read: 0-based start row and column, as getRangeByIndexes takes. */
export interface Region {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A run of rows of one region: read with one getRangeByIndexes call. */
export interface Block extends Region {
  /** Index of the region it belongs to. */
  region: number;
}

export function estimateBytes(rows: number, cols: number): number {
  return rows * cols * BYTES_PER_CELL;
}

/**
 * Cuts regions into blocks and packs them into batches of at most `budget` estimated bytes,
 * in sheet and row order. The number of batches is ceil(total / budget) whenever a single row
 * fits the budget (rows are never split), so it depends on the size, not on the row count.
 */
export function planBatches(regions: readonly Region[], budget = BATCH_BUDGET): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let room = budget;
  regions.forEach((r, region) => {
    if (r.rows <= 0 || r.cols <= 0) return;
    const rowBytes = estimateBytes(1, r.cols);
    let row = 0;
    while (row < r.rows) {
      let fit = Math.floor(room / rowBytes);
      if (fit === 0 && current.length > 0) {
        batches.push(current);
        current = [];
        room = budget;
        continue;
      }
      // A row wider than the whole budget still has to be read: alone.
      fit = Math.max(1, Math.min(fit, r.rows - row));
      current.push({
        sheet: r.sheet,
        row: r.row + row,
        col: r.col,
        rows: fit,
        cols: r.cols,
        region,
      });
      room -= fit * rowBytes;
      row += fit;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
