import { a1, cellAt, columnName, wideColumns, type Cell, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import {
  decFromExcelNumber,
  formatDecimals,
  isDateFormat,
  toPlain,
  ZERO,
  type Dec,
} from '../numbers';
import type { Finding } from '../report';
import { rowList } from './row-list';
import { sentence, show } from './messages';

/**
 * Totals by category typed beside a list (a SUMIF done by hand): a list with a category column
 * (TYPE: Event, Nonspecific, …) and an amount column, and beside it the categories' names with
 * a number under (or right of) each. Those numbers are the amounts of each category's rows. It
 * is judged only when the names are exactly the list's categories, each once, and at least as
 * many of the numbers agree as disagree: then a number that disagrees is a wrong total.
 */
export function checkCategoryTotals(sheet: Sheet, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const b of breakdowns(sheet)) pushAll(findings, judge(sheet, b, lang));
  return findings;
}

function pushAll<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

/** A category's name and the number typed for it. */
interface Pair {
  name: string;
  row: number;
  col: number;
  value: Dec;
}

interface Breakdown {
  /** The names and where their numbers are; the numbers are read once a list is found. */
  pairs: Candidate[];
  /** The rows the list must span beside it, and the first column it takes. */
  rows: [number, number];
  left: number;
}

/** A breakdown names few categories. */
const MAX_CATEGORIES = 50;
/** How far a list's category column is followed up and down. */
const MAX_LIST = 20_000;

const nameKey = (s: string): string => s.trim().toLowerCase();

function textAt(sheet: Sheet, row: number, col: number): string | undefined {
  const v = cellAt(sheet, row, col)?.value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A number typed in the cell (no formula, no date): its value is read only for a breakdown. */
function isTypedNumber(cell: Cell | undefined): boolean {
  if (!cell || typeof cell.value !== 'number' || cell.formula !== undefined) return false;
  return Number.isFinite(cell.value) && !isDateFormat(cell.numFmt);
}

function typedNumberAt(sheet: Sheet, row: number, col: number): Dec {
  return decFromExcelNumber(cellAt(sheet, row, col)!.value as number);
}

/** A name beside a typed number, its value not yet read: a list's every line looks like one. */
type Candidate = Omit<Pair, 'value'>;

/**
 * Runs of at least two names each with a typed number: along a row with the numbers under them
 * (F39 'Event', G39 'Nonspecific'; F40, G40), or down a column with the numbers to the right.
 */
function breakdowns(sheet: Sheet): Breakdown[] {
  const out: Breakdown[] = [];
  const add = (candidates: Candidate[]): void => {
    // The count first: a list's 100.000 lines form one long run, never a breakdown.
    if (candidates.length < 2 || candidates.length > MAX_CATEGORIES) return;
    let left = Infinity;
    for (const p of candidates) left = Math.min(left, p.col);
    // No column left of it for a list (`listFor` looks from A to two columns before it):
    // nothing to judge, as with the numbers beside every line of a list in A and B.
    if (left <= 2) return;
    const names = new Set(candidates.map((p) => nameKey(p.name)));
    if (names.size !== candidates.length) return;
    const rows = candidates.map((p) => p.row);
    out.push({ pairs: candidates, rows: [Math.min(...rows), Math.max(...rows)], left });
  };
  // Only the cells a sheet holds are visited (wideColumns): a row may reach XFD.
  // A row's runs end with the row: one Runs serves every row, in turn.
  const across = new Runs();
  const down = new Map<number, Runs>();
  const rows = sheet.rows;
  // Indexed loops, not forEach: a closure per row is promoted garbage on a million-line sheet.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    const below = rows[i + 1];
    const wide = wideColumns(row, 0, row.length - 1);
    const n = wide ? wide.length : row.length;
    for (let k = 0; k < n; k++) {
      const j = wide ? wide[k]! : k;
      const v = row[j]?.value;
      if (typeof v !== 'string') continue;
      // The names in row r, the numbers in row r + 1 (the pair's row is the number's); or the
      // numbers right of the names. Names in column A have their numbers in B, with no column
      // left of them for a list (`add` drops such runs): not collected.
      const under = isTypedNumber(below?.[j]);
      const right = j > 0 && isTypedNumber(row[j + 1]);
      if (!under && !right) continue;
      const name = v.trim();
      if (name === '') continue;
      const r = i + 1;
      const c = j + 1;
      // A run along a row that takes column A or B is dropped too (`add`), but it still breaks
      // where it breaks: it is followed, without its candidates.
      if (under) across.add(name, r + 1, c, c, c > 2);
      if (right) runsAt(down, c).add(name, r, c + 1, r);
    }
    for (const run of across.finish()) add(run);
  }
  // Pairs come in reading order; a run is unbroken along its row (column).
  for (const runs of down.values()) runs.finish().forEach(add);
  return out;
}

function runsAt(map: Map<number, Runs>, k: number): Runs {
  let runs = map.get(k);
  if (!runs) map.set(k, (runs = new Runs()));
  return runs;
}

/**
 * The unbroken runs of candidates along one row (column), in order. A run longer than any
 * breakdown is dropped as it grows: every line of a 100.000-line list is a candidate.
 */
class Runs {
  private done: Candidate[][] = [];
  private run: Candidate[] = [];
  private last = Number.NaN;
  /** Too long, or taking a column no breakdown can: the run is followed but not kept. */
  private dropped = false;

  /** The candidate is made only while its run may still be a breakdown. */
  add(name: string, row: number, col: number, at: number, possible = true): void {
    if (at !== this.last + 1) this.flush();
    this.last = at;
    if (this.dropped) return;
    if (!possible) {
      this.dropped = true;
      this.run = [];
      return;
    }
    this.run.push({ name, row, col });
    if (this.run.length > MAX_CATEGORIES) {
      this.dropped = true;
      this.run = [];
    }
  }

  /** The runs so far; the Runs starts again, empty, for the next row. */
  finish(): Candidate[][] {
    this.flush();
    this.last = Number.NaN;
    const done = this.done;
    if (done.length > 0) this.done = [];
    return done;
  }

  private flush(): void {
    if (!this.dropped && this.run.length > 0) this.done.push(this.run);
    if (this.run.length > 0) this.run = [];
    this.dropped = false;
  }
}

/** The list beside a breakdown: its category column's rows, by category. */
interface List {
  col: number;
  byName: Map<string, number[]>;
  top: number;
  bottom: number;
}

/** A column left of the breakdown whose text cells beside it are exactly its names. */
function listFor(sheet: Sheet, b: Breakdown): List | undefined {
  const names = new Set(b.pairs.map((p) => nameKey(p.name)));
  for (let col = 1; col < b.left - 1; col++) {
    if (textAt(sheet, b.rows[0], col) === undefined) continue;
    let top = b.rows[0];
    let bottom = b.rows[0];
    while (top > 1 && b.rows[0] - top < MAX_LIST && textAt(sheet, top - 1, col) !== undefined)
      top--;
    while (bottom - b.rows[0] < MAX_LIST && textAt(sheet, bottom + 1, col) !== undefined) bottom++;
    if (bottom < b.rows[1]) continue;
    const byName = new Map<string, number[]>();
    let others = 0;
    for (let r = top; r <= bottom; r++) {
      const k = nameKey(textAt(sheet, r, col)!);
      if (!names.has(k)) {
        // Only the list's own header may name something else.
        if (r !== top || ++others > 1) break;
        continue;
      }
      const rows = byName.get(k);
      if (rows) rows.push(r);
      else byName.set(k, [r]);
    }
    const lines = [...byName.values()].reduce((n, rows) => n + rows.length, 0);
    const complete = byName.size === names.size && lines === bottom - top + 1 - others;
    if (complete && lines > names.size) return { col, byName, top: top + others, bottom };
  }
  return undefined;
}

/** The list's amount columns: a number (not a date) on at least 9 of 10 lines, never text. */
function amountColumns(sheet: Sheet, list: List, left: number): number[] {
  const out: number[] = [];
  for (let col = 1; col < left - 1; col++) {
    if (col === list.col) continue;
    let numbers = 0;
    let text = false;
    for (let r = list.top; r <= list.bottom && !text; r++) {
      const cell = cellAt(sheet, r, col);
      if (typeof cell?.value === 'number' && !isDateFormat(cell.numFmt)) numbers++;
      else if (typeof cell?.value === 'string' && cell.value.trim() !== '') text = true;
    }
    if (!text && numbers * 10 >= (list.bottom - list.top + 1) * 9) out.push(col);
  }
  return out;
}

function sumRows(sheet: Sheet, col: number, rows: readonly number[]): Dec {
  let sum = ZERO;
  for (const r of rows) {
    const v = cellAt(sheet, r, col)?.value;
    if (typeof v === 'number' && Number.isFinite(v)) sum = sum.plus(decFromExcelNumber(v));
  }
  return sum;
}

function agrees(sheet: Sheet, p: Pair, sum: Dec): boolean {
  const d = p.value.minus(sum).abs();
  if (d.isZero()) return true;
  const numFmt = cellAt(sheet, p.row, p.col)?.numFmt;
  const decimals = numFmt ? formatDecimals(numFmt) : undefined;
  return decimals !== undefined && d.toDecimalPlaces(decimals).isZero();
}

function judge(sheet: Sheet, found: Breakdown, lang: Lang): Finding[] {
  const list = listFor(sheet, found);
  if (!list) return [];
  const pairs = found.pairs.map((p) => ({ ...p, value: typedNumberAt(sheet, p.row, p.col) }));
  const b = { ...found, pairs };
  // The amount column the breakdown was made from: the one most of its numbers agree with.
  let best: { col: number; sums: Dec[]; right: number } | undefined;
  let tie = false;
  for (const col of amountColumns(sheet, list, b.left)) {
    const sums = b.pairs.map((p) => sumRows(sheet, col, list.byName.get(nameKey(p.name))!));
    const right = b.pairs.filter((p, i) => agrees(sheet, p, sums[i]!)).length;
    if (best && right === best.right) tie = true;
    if (!best || right > best.right) [best, tie] = [{ col, sums, right }, false];
  }
  if (!best || tie || best.right === 0 || best.right * 2 < b.pairs.length) return [];
  const { col, sums } = best;
  const fine = b.pairs.find((p, i) => agrees(sheet, p, sums[i]!));
  return b.pairs.flatMap((p, i) => {
    const sum = sums[i]!;
    if (agrees(sheet, p, sum)) return [];
    const rows = rowList(list.byName.get(nameKey(p.name))!);
    const cell = a1(p.row, p.col);
    const [k, a] = [columnName(list.col), columnName(col)];
    const [span, ok] = [`${list.top}-${list.bottom}`, fine ? a1(fine.row, fine.col) : ''];
    const da =
      `${show(p.value, null, 'da')} i ${cell} står som summen for »${p.name}« i listen ` +
      `(kolonne ${k}, række ${span}), men beløbene i kolonne ${a} i dens rækker (${rows}) ` +
      `giver ${show(sum, null, 'da')}` +
      (fine ? `; ${ok} for »${fine.name}« passer` : '');
    const en =
      `${show(p.value, null, 'en')} in ${cell} stands as the total for "${p.name}" in the list ` +
      `(column ${k}, rows ${span}), but the amounts in column ${a} on its rows (${rows}) ` +
      `add up to ${show(sum, null, 'en')}` +
      (fine ? `; ${ok} for "${fine.name}" agrees` : '');
    return [
      {
        severity: 'error' as const,
        code: 'CATEGORY_TOTAL_MISMATCH' as const,
        sheet: sheet.name,
        cell,
        expected: toPlain(sum),
        actual: toPlain(p.value),
        message: sentence(lang === 'en' ? en : da),
      },
    ];
  });
}
