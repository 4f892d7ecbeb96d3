import { DEFAULT_READ_LIMITS } from '../../core/io/limits';
import { wholeNumber } from '../../core/numbers';
import type { Region } from './payload';

/**
 * Cells the pane reads at most, the web page's limit: Excel hands over every cell of a used
 * range, blank or not, so one stray value in XFD on every line would have the pane load and
 * check hundreds of millions of cells (minutes of batches, then out of memory).
 */
export const PANE_CELL_LIMIT = DEFAULT_READ_LIMITS.maxCells;

/** Why a read is refused before any cell is loaded: shown by the pane in its language. */
export class ReadTooLarge extends Error {
  readonly error: { message: { da: string; en: string } };

  constructor(message: { da: string; en: string }) {
    super(message.da);
    this.name = 'ReadTooLarge';
    this.error = { message };
  }
}

const cellsOf = (r: Region): number => Math.max(0, r.rows) * Math.max(0, r.cols);

/**
 * The refusal for regions past the limit together, naming the largest (its sheet and range,
 * A1 from `address`, which may carry the sheet); undefined within the limit.
 */
export function readTooLarge(
  regions: readonly Region[],
  addresses: readonly string[],
  limit = PANE_CELL_LIMIT,
): ReadTooLarge | undefined {
  let total = 0;
  let largest = 0;
  regions.forEach((r, i) => {
    total += cellsOf(r);
    if (cellsOf(r) > cellsOf(regions[largest]!)) largest = i;
  });
  if (total <= limit) return undefined;
  const big = regions[largest]!;
  const address = addresses[largest] ?? '';
  const range = address.slice(address.lastIndexOf('!') + 1);
  const n = (lang: 'da' | 'en', v: number) => wholeNumber(v, lang);
  const sheet = big.sheet;
  // One range, or several sheets together (the whole workbook): then the largest is named.
  const alone = cellsOf(big) === total;
  const where = alone
    ? { da: `området ${range} på arket "${sheet}" har`, en: `the range ${range} on "${sheet}" has` }
    : { da: 'arkene har i alt', en: 'the sheets have' };
  const most = alone
    ? { da: '', en: '' }
    : { da: ` (flest i ${range} på arket "${sheet}")`, en: ` (most in ${range} on "${sheet}")` };
  return new ReadTooLarge({
    da: `Ramme kan ikke læse så meget på én gang: ${where.da} ${n('da', total)} celler, tomme med${most.da}, og Ramme læser højst ${n('da', limit)}. Markér tabellen, og tjek "Det markerede område".`,
    en: `Ramme cannot read that much at once: ${where.en} ${n('en', total)} cells, blank ones included${most.en}, and Ramme reads at most ${n('en', limit)}. Select the table and check "The selection".`,
  });
}
