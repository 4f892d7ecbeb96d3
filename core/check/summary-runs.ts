import type { CellValue, Sheet } from '../grid';
import { isTotalLabel } from '../detect';
import type { SheetNumbers } from './line-numbers';
import { lowerHash } from './label-counts';
import { hasLetter } from './label-text';

/** Categories a summary needs before its sums say anything. */
export const MIN_CATEGORIES = 4;
/** A list longer than this is a table, not a summary of categories. */
const MAX_CATEGORIES = 200;

/**
 * A candidate summary: distinct labels down a column with a number beside each, on the rows
 * from `first` to `last` (a run never skips a row). Kept as its bounds: most runs are a
 * budget's groups of lines, ruled out before their labels are listed.
 */
export interface Run {
  sheet: Sheet;
  labelCol: number;
  valueCol: number;
  first: number;
  last: number;
  /** lowerHash of each row's label, first to last (set when the run is kept). */
  hashes: Uint32Array;
}

/** A cell's text when it is a label: text with a letter, not a number. */
export function labelOf(v: CellValue | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t !== '' && t.length <= 80 && hasLetter(t) ? t : undefined;
}

/** The labels of a run's rows, top to bottom. */
export function runLabels(run: Run): string[] {
  const out: string[] = [];
  for (let row = run.first; row <= run.last; row++) out.push(labelAt(run, row));
  return out;
}

/** The label of one of a run's rows. */
function labelAt(run: Run, row: number): string {
  return labelOf(run.sheet.rows[row - 1]?.[run.labelCol - 1]?.value)!;
}

/**
 * Runs of distinct labels with a number beside each, between rows that are neither. A run cut
 * short by a label seen before is a table of lines (categories repeat there), not a summary;
 * so is one that changes its number's column or passes MAX_CATEGORIES.
 */
export function runsIn(sheet: Sheet, numbers: SheetNumbers, limit: number): Run[] {
  const out: Run[] = [];
  if (!numbers.small) return out;
  const cells = sheet.rows;
  const seen = new RunHashes();
  // Each row's label hash in the column at hand, copied to a run that is kept.
  const rowHash = new Uint32Array(sheet.rowCount + 2);
  for (let col = 1; col < sheet.colCount && out.length < limit; col++) {
    let run: Run | undefined;
    let repeating = false;
    // The numbers of the two columns right of it, read once (NaN past the sheet's last column).
    const next = numbers.line(col + 1, false);
    const over = col + 2 <= sheet.colCount ? numbers.line(col + 2, false) : undefined;
    for (let row = 1; row <= sheet.rowCount + 1; row++) {
      // The number beside first: without one, the cell's text does not matter.
      const valueCol = !Number.isNaN(next[row - 1] ?? NaN)
        ? col + 1
        : !Number.isNaN(over?.[row - 1] ?? NaN)
          ? col + 2
          : 0;
      const label = valueCol === 0 ? undefined : labelOf(cells[row - 1]?.[col - 1]?.value);
      if (label === undefined || valueCol === 0 || isTotalLabel(label)) {
        if (run && !repeating && run.last - run.first + 1 >= MIN_CATEGORIES) {
          run.hashes = rowHash.slice(run.first, run.last + 1);
          out.push(run);
        }
        if (out.length >= limit) return out;
        run = undefined;
        repeating = false;
        continue;
      }
      if (repeating) continue;
      const hash = lowerHash(label);
      rowHash[row] = hash;
      if (run && (run.valueCol !== valueCol || (!seen.add(hash) && repeats(run, row, label)))) {
        repeating = true;
        run = undefined;
        continue;
      }
      if (run) run.last = row;
      else {
        seen.clear();
        seen.add(hash);
        run = { sheet, labelCol: col, valueCol, first: row, last: row, hashes: NO_HASHES };
      }
      if (run.last - run.first + 1 > MAX_CATEGORIES) repeating = true;
    }
  }
  return out;
}

/** Whether a label above `row` in the run has the same lower case (asked when two hash alike). */
function repeats(run: Run, row: number, label: string): boolean {
  const key = label.toLowerCase();
  for (let r = run.first; r < row; r++) if (labelAt(run, r).toLowerCase() === key) return true;
  return false;
}

const NO_HASHES = new Uint32Array(0);

const SLOTS = 1024;

/**
 * The hashes of one run's labels (at most MAX_CATEGORIES + 1 of them) in one table emptied run
 * after run: a set made for every group of a budget's lines was most of the rule's garbage.
 */
class RunHashes {
  /** A hash plus one, 0 for an empty slot (open addressing, linear probing). */
  private readonly table = new Int32Array(SLOTS);
  private readonly used = new Int32Array(MAX_CATEGORIES + 2);
  private count = 0;

  /** Adds a hash: false when it was there already. */
  add(hash: number): boolean {
    const h = (hash & 0x3fffffff) + 1;
    let i = h & (SLOTS - 1);
    for (;;) {
      const at = this.table[i]!;
      if (at === h) return false;
      if (at === 0) break;
      i = (i + 1) & (SLOTS - 1);
    }
    // A run stops at MAX_CATEGORIES + 1 labels: past the table's bound it only says "seen".
    if (this.count >= this.used.length) return false;
    this.table[i] = h;
    this.used[this.count++] = i;
    return true;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.table[this.used[k]!] = 0;
    this.count = 0;
  }
}
