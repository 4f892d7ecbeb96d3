import { a1, columnName, forEachCell, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { formatAmount, toPlain, ZERO, type Dec } from '../numbers';
import type { Finding } from '../report';
import type { SheetNumbers } from './line-numbers';
import { LabelCounts } from './label-counts';
import { labelOf, MIN_CATEGORIES, runLabels, runsIn, type Run } from './summary-runs';
import { sentence } from './messages';

/** Share of a summary's categories that must equal their conditional sums exactly. */
const MIN_SHARE = 0.8;
/** Past this many text cells in a workbook the categories are not indexed (time bounded). */
const MAX_TEXT_CELLS = 500_000;
/** Columns of a detail sheet tried as its amount column. */
const MAX_COLUMNS = 200;
/** Summaries judged per workbook, at most (time bounded). */
const MAX_SUMMARIES = 100;

/** A summary: distinct category labels down a column, each with a number beside it. */
interface Summary {
  sheet: Sheet;
  labelCol: number;
  valueCol: number;
  rows: number[];
  labels: string[];
  /** The labels as `norm` gives them. */
  keys: string[];
  /** The number beside each label, read once the summary is kept. */
  values: Dec[];
}

/** The rows of each category in one column of a sheet. */
interface CategoryColumn {
  sheet: Sheet;
  col: number;
  rows: Map<string, number[]>;
}

type Filter = 'all' | 'negative' | 'positive';
interface Variant {
  filter: Filter;
  sign: 1 | -1;
}
const VARIANTS: Variant[] = (['all', 'negative', 'positive'] as const).flatMap((filter) => [
  { filter, sign: 1 as const },
  { filter, sign: -1 as const },
]);

/** How one amount column and variant explain a summary. */
interface Reading {
  amountCol: number;
  variant: Variant;
  matches: number;
  /** Matched categories that add up more than one row: a conditional sum, not a look-up. */
  sumsOfMany: number;
  wrong: string[];
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A summary of category → amount (typed by a macro, pasted from a pivot table) whose labels are
 * the values of a category column elsewhere: when most categories equal the conditional sum
 * (SUMIF) of that table's amount column exactly, a category that differs is a wrong total.
 */
export function checkCategorySummaries(
  summarySheets: readonly Sheet[],
  allSheets: readonly Sheet[],
  numbersOf: (sheet: Sheet) => SheetNumbers,
  lang: Lang,
): Finding[] {
  const runs: Run[] = [];
  for (const s of summarySheets) {
    runs.push(...runsIn(s, numbersOf(s), MAX_SUMMARIES + 1 - runs.length));
    if (runs.length > MAX_SUMMARIES) return [];
  }
  if (runs.length === 0) return [];
  // Most candidates are a budget's groups of lines whose labels occur nowhere else: a count of
  // the labels by their hash rules them out before every label's places are listed.
  const counts = labelCounts(allSheets);
  if (!counts) return [];
  const repeated = runs.filter((r) => mayRepeat(r, counts, allSheets)).map(summaryOf);
  if (repeated.length === 0) return [];
  const index = categoryIndex(allSheets, repeated);
  if (!index) return [];
  const findings: Finding[] = [];
  for (const summary of repeated) {
    const columns = categoryColumns(summary, index, allSheets);
    if (columns.length === 0) continue;
    // Exact values only for a summary with a column to judge it by: most candidate runs (a
    // budget's groups of lines) have none.
    const numbers = numbersOf(summary.sheet);
    summary.values = summary.rows.map((r) => numbers.at(r, summary.valueCol)!);
    for (const column of columns) {
      const reading = bestReading(summary, column, numbersOf(column.sheet));
      if (!reading) continue;
      findings.push(
        ...wrongCategories(
          summary,
          column,
          reading,
          {
            detail: numbersOf(column.sheet),
            summary: numbersOf(summary.sheet),
          },
          lang,
        ),
      );
      break;
    }
  }
  return findings;
}

/** A run's rows and labels listed; labelOf trimmed them, so a key is its label's lower case. */
function summaryOf(run: Run): Summary {
  const labels = runLabels(run);
  const rows = labels.map((_, i) => run.first + i);
  const keys = labels.map((l) => l.toLowerCase());
  const { sheet, labelCol, valueCol } = run;
  return { sheet, labelCol, valueCol, rows, labels, keys, values: [] };
}

/** Where a label occurs, as one number: the sheet's position and the column. */
const PLACES_PER_SHEET = 65_536;
const placeOf = (s: number, col: number): number => s * PLACES_PER_SHEET + col;

/**
 * For each label, the places it occurs in and its rows there, flat and in reading order
 * (place, row, place, row, …): one array per label, not a map per label and place.
 */
type Index = Map<string, number[]>;

/** Only the labels some summary names are kept; every label counts to the limit. */
function categoryIndex(sheets: readonly Sheet[], summaries: readonly Summary[]): Index | undefined {
  // An entry for each label wanted, filled by the walk: one look-up per label cell.
  const index: Index = new Map();
  // A summary's own label cells give their keys without a lower-case copy per cell: the grid's
  // string is the one looked up, and V8 keeps its hash.
  const keyOf = new Map<string, string>();
  for (const s of summaries) {
    for (let i = 0; i < s.keys.length; i++) {
      index.set(s.keys[i]!, []);
      keyOf.set(s.labels[i]!, s.keys[i]!);
    }
  }
  const all = forEachLabel(sheets, (label, s, r, c) => {
    // The label is trimmed already: its key is its lower case.
    index.get(keyOf.get(label) ?? label.toLowerCase())?.push(placeOf(s, c + 1), r + 1);
  });
  return all ? index : undefined;
}

/**
 * Every label cell of the workbook counted by its lower case, as categoryIndex walks them
 * (with its limit): undefined past MAX_TEXT_CELLS, as categoryIndex would be.
 */
function labelCounts(sheets: readonly Sheet[]): LabelCounts | undefined {
  let span = 0;
  for (const s of sheets) span += Math.min(s.rowCount * s.colCount, 1 << 20);
  const counts = new LabelCounts(span);
  return forEachLabel(sheets, (label) => counts.add(label)) ? counts : undefined;
}

/**
 * Calls `visit` with each label cell of the sheets (see labelOf), its sheet's position and its
 * 0-based row and column; false, the walk stopped, past MAX_TEXT_CELLS of them.
 */
function forEachLabel(
  sheets: readonly Sheet[],
  visit: (label: string, s: number, r: number, c: number) => void,
): boolean {
  let cells = 0;
  for (let s = 0; s < sheets.length; s++) {
    forEachCell(sheets[s]!, (cell, r, c) => {
      const label = labelOf(cell.value);
      if (label === undefined) return false;
      if (++cells > MAX_TEXT_CELLS) return true;
      visit(label, s, r, c);
      return false;
    });
    if (cells > MAX_TEXT_CELLS) return false;
  }
  return true;
}

/**
 * False only when onlyOwn is sure to be true: a label found anywhere but its own cell occurs
 * twice, so it counts 2; fewer than MIN_CATEGORIES such labels cannot pass onlyOwn.
 */
function mayRepeat(run: Run, counts: LabelCounts, sheets: readonly Sheet[]): boolean {
  // A summary on a sheet not searched has no own cell counted: judged the long way.
  if (!sheets.includes(run.sheet)) return true;
  let twice = 0;
  for (const h of run.hashes) if (counts.countOf(h) === 2 && ++twice >= MIN_CATEGORIES) return true;
  return false;
}

/** The places a label occurs in, each once, in the order first met. */
function placesOf(at: readonly number[]): Iterable<number> {
  const seen = new Set<number>();
  for (let i = 0; i < at.length; i += 2) seen.add(at[i]!);
  return seen;
}

/**
 * Whether fewer than MIN_CATEGORIES of a summary's labels occur anywhere but in the summary
 * itself: then no column can hold its categories (the labels of a budget's group of lines).
 */
function onlyOwn(summary: Summary, index: Index, ownPlace: number): boolean {
  let elsewhere = 0;
  for (let i = 0; i < summary.keys.length; i++) {
    const at = index.get(summary.keys[i]!);
    // A label met nowhere (a summary on a sheet outside those searched) holds nothing.
    if (!at || at.length === 0) continue;
    const own = at.length === 2 && at[0] === ownPlace && at[1] === summary.rows[i];
    if (!own && ++elsewhere >= MIN_CATEGORIES) return false;
  }
  return true;
}

/** A label's rows in one place, the summary's own cells left out. */
function rowsIn(at: readonly number[], place: number, skip: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < at.length; i += 2) {
    if (at[i] === place && !skip.has(at[i + 1]!)) out.push(at[i + 1]!);
  }
  return out;
}

const NONE: ReadonlySet<number> = new Set();

/**
 * Columns holding most of a summary's labels, each more than once in all (a table of rows, not
 * another list of the categories), the summary's own cells left out.
 */
function categoryColumns(
  summary: Summary,
  index: Index,
  sheets: readonly Sheet[],
): CategoryColumn[] {
  const ownPlace = placeOf(sheets.indexOf(summary.sheet), summary.labelCol);
  if (onlyOwn(summary, index, ownPlace)) return [];
  const hits = new Map<number, number>();
  for (const key of summary.keys) {
    const at = index.get(key);
    if (!at) continue;
    if (at.length === 2) hits.set(at[0]!, (hits.get(at[0]!) ?? 0) + 1);
    else for (const place of placesOf(at)) hits.set(place, (hits.get(place) ?? 0) + 1);
  }
  const out: CategoryColumn[] = [];
  const least = Math.max(MIN_CATEGORIES, Math.ceil(summary.labels.length * MIN_SHARE));
  for (const [place, found] of hits) {
    if (found < least) continue;
    const [s, col] = [Math.floor(place / PLACES_PER_SHEET), place % PLACES_PER_SHEET];
    const sheet = sheets[s]!;
    const skip = sheet === summary.sheet && col === summary.labelCol ? new Set(summary.rows) : NONE;
    // Each label's rows come from the index (no column is read again per summary), in the order
    // a walk down the column would meet them.
    const byLabel: Array<[string, number[]]> = [];
    let total = 0;
    for (const key of summary.keys) {
      const at = rowsIn(index.get(key) ?? [], place, skip);
      if (at.length === 0) continue;
      byLabel.push([key, at]);
      total += at.length;
    }
    const rows = new Map(byLabel.sort((a, b) => a[1][0]! - b[1][0]!));
    if (rows.size >= MIN_CATEGORIES && total >= rows.size + 2) out.push({ sheet, col, rows });
  }
  // The column with the most rows first: the detail table rather than another list.
  return out.sort((a, b) => rowCount(b) - rowCount(a));
}

function rowCount(c: CategoryColumn): number {
  let n = 0;
  for (const rows of c.rows.values()) n += rows.length;
  return n;
}

function keep(filter: Filter, v: number): boolean {
  return filter === 'all' || (filter === 'negative' ? v < 0 : v >= 0);
}

/**
 * Equal as Excel shows them. Floats are enough to tell: readings that differ by more than one
 * part in 10^12 differ at Excel's 15 digits too; the blamed sums are then recomputed exactly.
 */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The one amount column and variant that explain the summary best, when the evidence is strong. */
function bestReading(
  summary: Summary,
  column: CategoryColumn,
  numbers: SheetNumbers,
): Reading | undefined {
  const readings: Reading[] = [];
  const width = Math.min(column.sheet.colCount, MAX_COLUMNS);
  for (let amountCol = 1; amountCol <= width; amountCol++) {
    if (amountCol === column.col) continue;
    if (column.sheet === summary.sheet && amountCol === summary.valueCol) continue;
    for (const variant of VARIANTS) {
      const r = read(summary, column, numbers, amountCol, variant);
      if (r) readings.push(r);
    }
  }
  if (readings.length === 0) return undefined;
  const most = Math.max(...readings.map((r) => r.matches));
  const best = readings.filter((r) => r.matches === most);
  // Two readings that explain as much but blame different categories: say nothing.
  const blamed = new Set(best.map((r) => r.wrong.join('\u0000')));
  if (blamed.size !== 1) return undefined;
  const r = best[0]!;
  const judged = r.matches + r.wrong.length;
  if (r.wrong.length === 0 || r.matches < MIN_CATEGORIES || r.matches < judged * MIN_SHARE) {
    return undefined;
  }
  return r.sumsOfMany >= 2 ? r : undefined;
}

function read(
  summary: Summary,
  column: CategoryColumn,
  numbers: SheetNumbers,
  amountCol: number,
  variant: Variant,
): Reading | undefined {
  const sums = new Map<string, { sum: number; count: number }>();
  let any = false;
  for (const [label, rows] of column.rows) {
    let sum = 0;
    let count = 0;
    for (const row of rows) {
      const v = numbers.float(row, amountCol);
      if (Number.isNaN(v) || !keep(variant.filter, v)) continue;
      sum += v;
      count++;
    }
    if (count > 0) any = true;
    sums.set(label, { sum: variant.sign * sum, count });
  }
  if (!any) return undefined;
  let matches = 0;
  let sumsOfMany = 0;
  const wrong: string[] = [];
  summary.labels.forEach((label, i) => {
    const s = sums.get(norm(label));
    if (!s || s.count === 0) return;
    if (same(summary.values[i]!.toNumber(), s.sum)) {
      matches++;
      if (s.count > 1) sumsOfMany++;
    } else wrong.push(label);
  });
  return { amountCol, variant, matches, sumsOfMany, wrong };
}

/** A category's sum under a reading, exactly. */
function exactSum(column: CategoryColumn, numbers: SheetNumbers, r: Reading, label: string): Dec {
  let sum = ZERO;
  for (const row of column.rows.get(norm(label)) ?? []) {
    const v = numbers.at(row, r.amountCol);
    if (v !== null && keep(r.variant.filter, v.toNumber())) sum = sum.plus(v);
  }
  return r.variant.sign === 1 ? sum : sum.negated();
}

function wrongCategories(
  summary: Summary,
  column: CategoryColumn,
  reading: Reading,
  numbers: { detail: SheetNumbers; summary: SheetNumbers },
  lang: Lang,
): Finding[] {
  const out: Finding[] = [];
  const judged = reading.matches + reading.wrong.length;
  const places = Math.max(0, ...summary.values.map((v) => v.decimalPlaces()));
  for (const label of reading.wrong) {
    const i = summary.labels.indexOf(label);
    const row = summary.rows[i]!;
    if (numbers.summary.formula(row, summary.valueCol)) continue;
    const actual = summary.values[i]!;
    const expected = exactSum(column, numbers.detail, reading, label);
    if (expected.minus(actual).abs().lte(actual.abs().times('1e-14'))) continue;
    // A summary in whole kroner (no value with decimals) showing 295 for 294,60: rounded, not wrong.
    if (places < expected.decimalPlaces() && expected.toDecimalPlaces(places).eq(actual)) continue;
    const cell = a1(row, summary.valueCol);
    const where = `${column.sheet.name}!${columnName(column.col)}`;
    const amounts = `${column.sheet.name}!${columnName(reading.amountCol)}`;
    // Both numbers at the summary's own decimals ('294,60' beside '284,04').
    const s = (d: Dec) => formatAmount(d, null, { lang, decimals: places });
    const what = {
      all: { da: 'beløbene', en: 'the amounts' },
      negative: { da: 'de negative beløb', en: 'the negative amounts' },
      positive: { da: 'de positive beløb', en: 'the positive amounts' },
    }[reading.variant.filter];
    const da = `${cell} (${label}) er ${s(actual)}, men ${what.da} i ${amounts} på rækkerne med "${label}" i ${where} giver ${s(expected)}; ${reading.matches} af ${judged} kategorier stemmer med den sum`;
    const en = `${cell} (${label}) is ${s(actual)}, but ${what.en} in ${amounts} on the rows with "${label}" in ${where} give ${s(expected)}; ${reading.matches} of ${judged} categories agree with that sum`;
    out.push({
      severity: 'error',
      code: 'SUMMARY_SUM_MISMATCH',
      sheet: summary.sheet.name,
      cell,
      expected: toPlain(expected),
      actual: toPlain(actual),
      message: sentence(lang === 'en' ? en : da),
    });
  }
  return out;
}
