import { unitFromText, type Unit } from '../numbers';
import { cellAt, presentIndices, WIDE_ROW, type Cell } from '../grid';
import {
  isPlainNumber,
  isPlainNumberText,
  isWord,
  numberUnit,
  type CellInfo,
  type Grid,
} from './cells';
import { formulaShape } from './formula';
import { measureOf, NOT_PARTS } from './meaning';
import type { Draft } from './drafts';
import { headerPeriod } from './period';
import type { ColumnRole, DetectedColumn } from './types';
import { isLabelHeader, isTotalLabel, roleFromHeader } from './words';

/** Roles of columns whose cells are text, never summed. */
export const TEXT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'label',
  'direction',
  'source',
  'person',
  'star',
  'id',
  'area',
  'note',
  'date',
  'catalogueText',
]);

/** Roles a label column may not take over: they say what the column is better than 'label'. */
const KEEP: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'person',
  'id',
  'area',
  'direction',
  'star',
  'catalogueText',
]);

interface ColumnStats {
  col: number;
  header: string;
  period: string | null;
  words: number;
  numbers: number;
  dates: number;
  units: Map<Unit, number>;
  /** Whether the numbers run 1, 2, 3, … (or '1.', '2.'): a numbering, never summed. */
  counting: boolean;
  /** Formula cells read (at most FORMULA_SAMPLE), and how many are not sums (`=C3*D3`). */
  formulas: number;
  derived: number;
  /** Of those, sums (`=SUM(B2:B9)`): totals, not lines. */
  sums: number;
}

/** Enough formula cells to tell what a column's formulas do. */
const FORMULA_SAMPLE = 50;

/** Made once, not per cell (a literal in a function is a new object each time it runs). */
const COUNT_TEXT = /^\d+\.?$/;
const DIGITS = /^\d+$/;

/** A running number ('1', '2.', or the number 3): its value; else undefined. */
function countOf(info: CellInfo): number | undefined {
  if (info.value !== undefined) {
    // The text of such a number is digits only: a whole number from 0, below 10^21.
    return Number.isInteger(info.value) && info.value >= 0 && info.value < 1e21
      ? info.value
      : undefined;
  }
  return COUNT_TEXT.test(info.text) ? Number(info.text.replace(/\.$/, '')) : undefined;
}

function statsOf(grid: Grid, draft: Draft, col: number): ColumnStats {
  const period = headerPeriod(grid.sheet, draft.headerRow, col);
  const header = grid.at(draft.headerRow, col).text;
  const stats: ColumnStats = {
    col,
    header,
    period,
    words: 0,
    numbers: 0,
    dates: 0,
    units: new Map(),
    counting: true,
    formulas: 0,
    derived: 0,
    sums: 0,
  };
  let counted = 0;
  const rowOf = draft.shapes.row;
  const bounds = draft.rows.bounds;
  // Indexed loops over the runs of rows, not for…of: this runs once per cell of the table.
  for (let k = 0; k < bounds.length; k += 2) {
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) {
      const row = rowOf[i]!;
      if (draft.repeatedHeaders.has(row)) continue;
      const cell = cellAt(grid.sheet, row, col);
      if (isPlainNumber(cell) || isPlainNumberText(cell)) {
        // What the loop below does with a number's info, without making one per cell.
        plainNumber(stats, cell);
        const count = plainCount(cell.value);
        if (count !== undefined) {
          counted++;
          if (count !== counted) stats.counting = false;
        } else stats.counting = false;
        continue;
      }
      // A label: a word, counted as `countOf` reads its text, with no info object.
      const word = grid.word(row, col);
      if (word !== null) {
        const count = wordCount(word);
        if (count !== undefined) {
          counted++;
          if (count !== counted) stats.counting = false;
        }
        stats.words++;
        continue;
      }
      const info = grid.at(row, col);
      if (stats.formulas < FORMULA_SAMPLE && info.numeric) {
        const formula = cellAt(grid.sheet, row, col)?.formula;
        if (formula !== undefined) {
          stats.formulas++;
          if (formulaShape(formula).kind !== 'sum') stats.derived++;
          else stats.sums++;
        }
      }
      const count = countOf(info);
      if (count !== undefined) {
        counted++;
        if (count !== counted) stats.counting = false;
      } else if (info.numeric) stats.counting = false;
      if (info.numeric) {
        stats.numbers++;
        if (info.unit) stats.units.set(info.unit, (stats.units.get(info.unit) ?? 0) + 1);
      } else if (info.kind === 'date') stats.dates++;
      else if (isWord(info)) stats.words++;
    }
  }
  return stats;
}

/** `countOf` a word's text ('12.' may be one): most labels start with a letter and are none. */
function wordCount(text: string): number | undefined {
  const c = text.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return undefined;
  return COUNT_TEXT.test(text) ? Number(text.replace(/\.$/, '')) : undefined;
}

/** `countOf` a plain number or plain number text ('12'; such text has no '.' at its end). */
function plainCount(v: number | string): number | undefined {
  if (typeof v === 'string') return DIGITS.test(v) ? Number(v) : undefined;
  return Number.isInteger(v) && v >= 0 && v < 1e21 ? v : undefined;
}

/** A plain number's part of `statsOf`: its formula (sampled) and its unit (text has none). */
function plainNumber(stats: ColumnStats, cell: Cell & { value: number | string }): void {
  if (stats.formulas < FORMULA_SAMPLE && cell.formula !== undefined) {
    stats.formulas++;
    if (formulaShape(cell.formula).kind !== 'sum') stats.derived++;
    else stats.sums++;
  }
  stats.numbers++;
  const unit = typeof cell.value === 'number' ? numberUnit(cell.numFmt) : null;
  if (unit) stats.units.set(unit, (stats.units.get(unit) ?? 0) + 1);
}

/** The unit most of a column's values carry, when a majority carries one. */
function dataUnit(s: ColumnStats): Unit | null {
  let best: Unit | null = null;
  let count = 0;
  for (const [unit, n] of s.units) if (n > count) [best, count] = [unit, n];
  return count * 2 > s.numbers ? best : null;
}

function merge(stats: ColumnStats[]): ColumnStats {
  const all: ColumnStats = {
    formulas: 0,
    derived: 0,
    sums: 0,
    counting: false,
    col: 0,
    header: '',
    period: null,
    words: 0,
    numbers: 0,
    dates: 0,
    units: new Map(),
  };
  for (const s of stats) {
    all.numbers += s.numbers;
    for (const [unit, n] of s.units) all.units.set(unit, (all.units.get(unit) ?? 0) + n);
  }
  return all;
}

/** The unit a header's second line names for a column ('(mio. kr.)'). */
function unitBelow(grid: Grid, draft: Draft, col: number): Unit | null {
  return draft.unitRow === undefined ? null : unitFromText(grid.at(draft.unitRow, col).text);
}

/** A column without a header numbering its rows 1, 2, 3, …. */
function numbering(s: ColumnStats): boolean {
  return s.header === '' && s.counting && s.numbers >= 1 && s.numbers + s.words >= 2;
}

function mostlyWords(s: ColumnStats): boolean {
  return s.words > 0 && s.words >= s.numbers + s.dates;
}

/** The label column: a header that names labels, else the leftmost mostly-text column. */
function labelColumn(stats: ColumnStats[], roles: Map<number, ColumnRole | null>): number | null {
  const text = stats.filter((s) => mostlyWords(s) && !KEEP.has(roles.get(s.col) ?? 'label'));
  const named = text.find((s) => isLabelHeader(s.header));
  const free = text.find((s) => roles.get(s.col) === null);
  return (named ?? free ?? text[0])?.col ?? null;
}

/**
 * The draft's columns that may hold a column: all of a narrow draft's; of a wide one (a stray
 * cell in XFD on every line) those where its header or a line holds a cell, so the work follows
 * the cells, not 16.384 columns times the lines. A column outside them has no header and no
 * cells, and `detectColumns` would drop it.
 */
function candidateColumns(grid: Grid, draft: Draft): number[] {
  const { left, right } = draft;
  const out: number[] = [];
  if (right - left < WIDE_ROW) {
    for (let c = left; c <= right; c++) out.push(c);
    return out;
  }
  const used = new Uint8Array(right - left + 1);
  const mark = (row: number): void => {
    const cells = grid.sheet.rows[row - 1];
    if (cells) for (const i of presentIndices(cells, left - 1, right - 1)) used[i + 1 - left] = 1;
  };
  mark(draft.headerRow);
  const rowOf = draft.shapes.row;
  draft.rows.forEach((i) => mark(rowOf[i]!));
  for (let i = 0; i < used.length; i++) if (used[i] === 1) out.push(left + i);
  return out;
}

/**
 * Names each column of a draft: its header, its role (from the header's words, a year in the
 * header, or what its cells hold) and its unit (from the header, else from its cells, else the
 * title's).
 */
export function detectColumns(grid: Grid, draft: Draft, titleUnit: Unit | null): DetectedColumn[] {
  const stats: ColumnStats[] = [];
  for (const c of candidateColumns(grid, draft)) {
    const s = statsOf(grid, draft, c);
    if (s.header !== '' || s.words + s.numbers + s.dates > 0) stats.push(s);
  }
  const roles = new Map<number, ColumnRole | null>();
  for (const s of stats) roles.set(s.col, s.period ? 'year' : roleFromHeader(s.header));
  const label = labelColumn(stats, roles);
  // An indicator's year columns (and its target) share one unit: decided over all their cells.
  const yearUnit = dataUnit(merge(stats.filter((s) => roles.get(s.col) === 'year')));
  const columns: DetectedColumn[] = stats.map((s) => {
    let role = s.col === label ? 'label' : (roles.get(s.col) ?? null);
    if (role === null) role = mostlyWords(s) ? 'note' : numbering(s) ? 'id' : 'value';
    // A column of words only ('Status': Godkendt/Afventer) holds no numbers, whatever its header.
    if (s.numbers === 0 && s.words > 0 && s.dates === 0 && isNumericRole(role)) role = 'note';
    // Real dates (or serials shown as dates) are a date column, whatever the header says.
    if (s.dates > 0 && s.dates >= s.numbers && role !== 'label' && !TEXT_ROLES.has(role)) {
      if (role !== 'from' && role !== 'to') role = 'date';
    }
    const numeric = !TEXT_ROLES.has(role) && role !== 'from' && role !== 'to';
    const shared = role === 'year' || role === 'target' ? yearUnit : null;
    const unit = numeric
      ? (unitFromText(s.header) ??
        unitBelow(grid, draft, s.col) ??
        shared ??
        dataUnit(s) ??
        fallbackUnit(role, titleUnit))
      : null;
    const column: DetectedColumn = { col: s.col, header: s.period ?? s.header, role, unit };
    if (s.period) column.period = s.period;
    // Most of its numbers computed by formulas that are not sums (`=C3*D3`, `=E21/C21`).
    if (numeric && s.derived > 0 && s.derived * 2 > s.numbers - s.sums) column.derived = true;
    return column;
  });
  markTotalColumns(columns);
  return columns;
}

function isNumericRole(role: ColumnRole): boolean {
  return !TEXT_ROLES.has(role) && role !== 'from' && role !== 'to';
}

/**
 * The roles of columns whose numbers are amounts that add up: the ones totals are checked in,
 * the structure map calls amounts, and that take a unit from the table's title.
 */
export const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'value',
  'year',
  'adopted',
  'supplements',
  'corrected',
  'actual',
  'deviation',
]);

function fallbackUnit(role: ColumnRole, titleUnit: Unit | null): Unit | null {
  if (role === 'targetGroup') return 'count'; // a target group is a number of people
  // Amount columns without a unit of their own take the title's ('Budgetopfølgning (1.000 kr.)').
  return AMOUNT_ROLES.has(role) ? titleUnit : null;
}

/**
 * A header that names the row's total itself ('I alt', 'Total', 'Sum (kr.)', 'Udgifter i alt',
 * 'Total 2024-2027'), not a measure that merely starts with the word ('Total Assets').
 */
export function isRowTotalHeader(header: string): boolean {
  if (!isTotalLabel(header)) return false;
  const rest = header
    .replace(
      /^\s*(?:i\s*alt|total[t]?|totaler|sum|summe?|subtotal|sub-total|samlet|samlede|grand\s+total|gesamt|totaal)/iu,
      '',
    )
    .replace(/\([^)]*\)/g, '')
    .replace(/\d{4}\s*[-–]\s*\d{2,4}|\d{4}/g, '')
    .replace(
      /(?<!\p{L})(?:i|in|kr\.?|dkk|eur|nok|sek|usd|mio\.?|1\.000|t\.?|€|\$|:)(?!\p{L})/giu,
      '',
    )
    .trim();
  return rest === '' || /(?:i\s*alt|total|in\s+total)\s*[:.]?\s*$/iu.test(header);
}

/** Hours and minutes are both time, but do not add up to one another. */
function timeUnit(header: string): string {
  return /min/i.test(header) ? 'min' : /day|dag|tag|día/i.test(header) ? 'day' : 'hour';
}

/**
 * A column headed 'I alt'/'Total' right of two or more year or value columns sums them: the
 * amounts of one kind among them (no quantity, price, rate, id or percentage; hours beside
 * money are not money; hours and minutes do not add up). With a formula in the total column,
 * the formula says what it sums instead (core/check).
 */
function markTotalColumns(columns: DetectedColumn[]): void {
  columns.forEach((c, i) => {
    if (c.role !== 'value' || !isRowTotalHeader(c.header) || c.derived) return;
    const candidates = columns.slice(0, i).filter((p) => p.role === 'year' || p.role === 'value');
    const amounts = candidates.filter((p) => {
      const m = measureOf(p.header);
      return p.unit !== 'percent' && !p.derived && (m === null || !NOT_PARTS.has(m));
    });
    const time = amounts.filter((p) => measureOf(p.header) === 'time');
    let parts = amounts;
    if (time.length > 0 && time.length < amounts.length)
      parts = amounts.filter((p) => !time.includes(p));
    else if (new Set(time.map((p) => timeUnit(p.header))).size > 1) parts = [];
    if (parts.length >= 2) c.covers = parts.map((p) => p.col);
  });
}
