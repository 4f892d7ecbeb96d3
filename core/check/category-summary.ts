import { a1, cellAt, columnName, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { isTotalLabel } from '../detect';
import { formatAmount, toPlain, ZERO, type Dec } from '../numbers';
import type { Finding } from '../report';
import type { SheetNumbers } from './line-numbers';
import { sentence } from './messages';

/** Categories a summary needs before its sums say anything. */
const MIN_CATEGORIES = 4;
/** Share of a summary's categories that must equal their conditional sums exactly. */
const MIN_SHARE = 0.8;
/** Past this many text cells in a workbook the categories are not indexed (time bounded). */
const MAX_TEXT_CELLS = 500_000;
/** Columns of a detail sheet tried as its amount column. */
const MAX_COLUMNS = 200;
/** A list longer than this is a table, not a summary of categories. */
const MAX_CATEGORIES = 200;
/** Summaries judged per workbook, at most (time bounded). */
const MAX_SUMMARIES = 100;

/** A summary: distinct category labels down a column, each with a number beside it. */
interface Summary {
  sheet: Sheet;
  labelCol: number;
  valueCol: number;
  rows: number[];
  labels: string[];
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
  const summaries: Summary[] = [];
  for (const s of summarySheets) {
    summaries.push(...summariesIn(s, numbersOf(s), MAX_SUMMARIES + 1 - summaries.length));
    if (summaries.length > MAX_SUMMARIES) return [];
  }
  if (summaries.length === 0) return [];
  // Exact values only for the summaries kept: a long sheet has thousands of candidate runs.
  for (const s of summaries) s.values = s.rows.map((r) => numbersOf(s.sheet).at(r, s.valueCol)!);
  const index = categoryIndex(allSheets);
  if (!index) return [];
  const findings: Finding[] = [];
  for (const summary of summaries) {
    for (const column of categoryColumns(summary, index, allSheets)) {
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

/** A cell's text when it is a label: text with a letter, not a number. */
function labelAt(sheet: Sheet, row: number, col: number): string | undefined {
  const v = cellAt(sheet, row, col)?.value;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t !== '' && t.length <= 80 && /\p{L}/u.test(t) ? t : undefined;
}

/**
 * Runs of distinct labels with a number beside each, between rows that are neither. A run cut
 * short by a label seen before is a table of lines (categories repeat there), not a summary.
 */
function summariesIn(sheet: Sheet, numbers: SheetNumbers, limit: number): Summary[] {
  const out: Summary[] = [];
  if (!numbers.small) return out;
  for (let col = 1; col < sheet.colCount && out.length < limit; col++) {
    let run: Summary | undefined;
    // The run's labels as `norm` gives them: asked for every row, up to 200 labels each.
    let seen = new Set<string>();
    let repeating = false;
    for (let row = 1; row <= sheet.rowCount + 1; row++) {
      const label = row <= sheet.rowCount ? labelAt(sheet, row, col) : undefined;
      const valueCol = label === undefined ? 0 : numberBeside(numbers, row, col);
      if (label === undefined || valueCol === 0 || isTotalLabel(label)) {
        if (run && !repeating && run.rows.length >= MIN_CATEGORIES) out.push(run);
        if (out.length >= limit) return out;
        run = undefined;
        repeating = false;
        continue;
      }
      if (repeating) continue;
      const key = norm(label);
      if (run && (run.valueCol !== valueCol || seen.has(key))) {
        repeating = true;
        run = undefined;
        continue;
      }
      if (!run) seen = new Set();
      run ??= { sheet, labelCol: col, valueCol, rows: [], labels: [], values: [] };
      seen.add(key);
      run.rows.push(row);
      run.labels.push(label);
      if (run.rows.length > MAX_CATEGORIES) repeating = true;
    }
  }
  return out;
}

/** The column of the number just right of a label (next or one over), or 0. */
function numberBeside(numbers: SheetNumbers, row: number, col: number): number {
  for (const c of [col + 1, col + 2]) {
    if (!Number.isNaN(numbers.float(row, c))) return c;
  }
  return 0;
}

/** For each label, the (sheet, column) it occurs in and its rows there, in order. */
type Index = Map<string, Map<string, number[]>>;

function categoryIndex(sheets: readonly Sheet[]): Index | undefined {
  const index: Index = new Map();
  let cells = 0;
  for (let s = 0; s < sheets.length; s++) {
    const sheet = sheets[s]!;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const label = labelAt(sheet, r + 1, c + 1);
        if (label === undefined) continue;
        if (++cells > MAX_TEXT_CELLS) return undefined;
        const where = `${s},${c + 1}`;
        const k = norm(label);
        let at = index.get(k);
        if (!at) index.set(k, (at = new Map()));
        const rows = at.get(where);
        if (rows) rows.push(r + 1);
        else at.set(where, [r + 1]);
      }
    }
  }
  return index;
}

/**
 * Columns holding most of a summary's labels, each more than once in all (a table of rows, not
 * another list of the categories), the summary's own cells left out.
 */
function categoryColumns(
  summary: Summary,
  index: Index,
  sheets: readonly Sheet[],
): CategoryColumn[] {
  const hits = new Map<string, number>();
  for (const label of summary.labels) {
    for (const where of index.get(norm(label))?.keys() ?? []) {
      hits.set(where, (hits.get(where) ?? 0) + 1);
    }
  }
  const out: CategoryColumn[] = [];
  for (const [where, found] of hits) {
    if (found < Math.max(MIN_CATEGORIES, Math.ceil(summary.labels.length * MIN_SHARE))) continue;
    const [s, col] = where.split(',').map(Number) as [number, number];
    const sheet = sheets[s]!;
    const own = sheet === summary.sheet ? new Set(summary.rows) : new Set<number>();
    // Each label's rows come from the index (no column is read again per summary), in the order
    // a walk down the column would meet them.
    const byLabel: Array<[string, number[]]> = [];
    let total = 0;
    for (const key of new Set(summary.labels.map(norm))) {
      const at = (index.get(key)?.get(where) ?? []).filter(
        (row) => !(own.has(row) && col === summary.labelCol),
      );
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
