import { a1, cellAt, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { isCumulativeLabel } from '../detect';
import { toPlain, type Dec } from '../numbers';
import type { Finding } from '../report';
import type { SheetNumbers } from './line-numbers';
import { sentence, show } from './messages';

/** How far from a running total its period line may stand (rows or columns). */
const MAX_DISTANCE = 4;
/** Exact steps (with a period value other than 0) that make a line a running total. */
const MIN_STEPS = 6;
/** The same, when the line's label says it is cumulative ('Kumuleret', 'YTD', 'cumulé'). */
const MIN_STEPS_LABELLED = 4;

/** A line of cells: a row (positions are columns) or a column (positions are rows). */
interface Line {
  index: number;
  across: boolean;
}

const cellOf = (line: Line, pos: number) =>
  line.across ? { row: line.index, col: pos } : { row: pos, col: line.index };

type Step =
  | { kind: 'continue' | 'restart' | 'start' | 'skip' }
  | { kind: 'break'; expected: Dec; from: 'previous' | 'start' };

/**
 * Running totals (cumulative rows or columns: 'Kumuleret', 'YTD', 'cumulé', or a line whose
 * every value is the one before plus the period's): a value that breaks the chain is a wrong
 * total. Judged only on strong evidence: the line follows its period line exactly in most
 * steps (restarts, as at a new fiscal year, allowed) and breaks it at most once in ten.
 */
export function checkRunningTotals(sheet: Sheet, numbers: SheetNumbers, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  if (!numbers.small) return findings;
  for (const across of [true, false]) {
    // A line of too few cells holds too few steps (bestPartner): the rows of a two-column list
    // are not looked at one by one.
    if ((across ? sheet.colCount : sheet.rowCount) <= MIN_STEPS_LABELLED) continue;
    const count = across ? sheet.rowCount : sheet.colCount;
    const lines = new Map<number, Float64Array>();
    const values = (i: number): Float64Array => {
      let v = lines.get(i);
      if (!v) lines.set(i, (v = numbers.line(i, across)));
      return v;
    };
    for (let index = 1; index <= count; index++) {
      lines.delete(index - MAX_DISTANCE - 1);
      const line: Line = { index, across };
      const partner = bestPartner(values, line, count);
      if (!partner) continue;
      const labelled = isCumulativeLabel(labelOf(sheet, line));
      const steps = judge(numbers, values(index), values(partner.index), line, partner);
      if (!strong(steps, values(partner.index), labelled)) continue;
      steps.forEach((step, p) => {
        if (step.kind !== 'break') return;
        const at = cellOf(line, p + 1);
        if (numbers.formula(at.row, at.col)) return;
        if (explained(values, count, line, partner, p)) return;
        findings.push(finding(sheet, numbers, line, partner, p + 1, step, lang));
      });
    }
  }
  return findings;
}

/**
 * A break that another line beside it explains: an end that is its start plus its duration
 * (`Til` = `Fra` + `Timer`) follows the previous end only while the intervals meet; a gap
 * between them is no wrong total.
 */
function explained(
  values: (index: number) => Float64Array,
  count: number,
  line: Line,
  period: Line,
  p: number,
): boolean {
  const value = values(line.index)[p]!;
  const add = values(period.index)[p]!;
  for (let d = 1; d <= MAX_DISTANCE; d++) {
    for (const index of [line.index - d, line.index + d]) {
      if (index < 1 || index > count || index === period.index) continue;
      if (same(value, values(index)[p]! + add)) return true;
    }
  }
  return false;
}

/** The line beside `line` that it follows most often as a running total, by a fast float look. */
function bestPartner(
  values: (index: number) => Float64Array,
  line: Line,
  count: number,
): Line | undefined {
  const own = values(line.index);
  let filled = 0;
  for (let p = 0; p < own.length && filled <= MIN_STEPS_LABELLED; p++) {
    if (!Number.isNaN(own[p]!)) filled++;
  }
  if (filled <= MIN_STEPS_LABELLED) return undefined;
  let best: Line | undefined;
  let most = 0;
  for (let d = 1; d <= MAX_DISTANCE; d++) {
    for (const index of [line.index - d, line.index + d]) {
      if (index < 1 || index > count) continue;
      const n = roughSteps(own, values(index));
      if (n > most) [best, most] = [{ index, across: line.across }, n];
    }
  }
  return most >= MIN_STEPS_LABELLED ? best : undefined;
}

function roughSteps(line: Float64Array, period: Float64Array): number {
  let n = 0;
  for (let p = 1; p < line.length; p++) {
    const add = period[p]!;
    // NaN compares false: a blank on either side is no step.
    if (add !== 0 && same(line[p]!, line[p - 1]! + add)) n++;
  }
  return n;
}

/**
 * Equal as Excel shows them. Floats are enough to tell: two readings that differ by more than
 * one part in 10^12 differ at Excel's 15 digits too, and nearer than that is binary noise.
 */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Each position's step (position 0 is the line's first cell). */
function judge(
  numbers: SheetNumbers,
  values: Float64Array,
  periods: Float64Array,
  line: Line,
  period: Line,
): Step[] {
  const steps: Step[] = [];
  // The value the line should have held where it broke: the next step may go on from it.
  let corrected = NaN;
  for (let p = 0; p < values.length; p++) {
    const value = values[p]!;
    const add = periods[p]!;
    const before = p > 0 ? values[p - 1]! : NaN;
    const fix = corrected;
    corrected = NaN;
    if (Number.isNaN(value) || Number.isNaN(add)) {
      steps[p] = { kind: 'skip' };
    } else if (Number.isNaN(before)) {
      steps[p] = same(value, add)
        ? { kind: 'start' }
        : startOff(numbers, values, periods, p, period);
      if (steps[p]!.kind === 'break') corrected = add;
    } else if (same(value, before + add) || same(value, fix + add)) {
      steps[p] = { kind: add === 0 ? 'skip' : 'continue' };
    } else if (same(value, add)) {
      steps[p] = { kind: 'restart' };
    } else {
      const prev = cellOf(line, p);
      const q = cellOf(period, p + 1);
      const expected = numbers.at(prev.row, prev.col)!.plus(numbers.at(q.row, q.col)!);
      steps[p] = { kind: 'break', expected, from: 'previous' };
      corrected = before + add;
    }
  }
  return steps;
}

/**
 * A first value that is not its period's: an opening balance, unless the next value goes on
 * from the period's value and not from this one (then this one is wrong).
 */
function startOff(
  numbers: SheetNumbers,
  values: Float64Array,
  periods: Float64Array,
  p: number,
  period: Line,
): Step {
  const [value, add] = [values[p]!, periods[p]!];
  const [after, afterAdd] = [values[p + 1] ?? NaN, periods[p + 1] ?? NaN];
  if (Number.isNaN(after) || Number.isNaN(afterAdd) || afterAdd === 0) return { kind: 'skip' };
  if (!same(after, add + afterAdd) || same(after, value + afterAdd)) return { kind: 'skip' };
  const q = cellOf(period, p + 1);
  return { kind: 'break', expected: numbers.at(q.row, q.col)!, from: 'start' };
}

/** Most steps exact, of several sizes; few restarts; at most one break in ten. */
function strong(steps: readonly Step[], periods: Float64Array, labelled: boolean): boolean {
  let exact = 0;
  let restarts = 0;
  let breaks = 0;
  const added = new Set<number>();
  steps.forEach((s, p) => {
    if (s.kind === 'continue') {
      exact++;
      added.add(periods[p]!);
    }
    if (s.kind === 'restart') restarts++;
    if (s.kind === 'break') breaks++;
  });
  // Steps of one size (numbers 1, 2, 3 … beside a quantity of 1) make a sequence, not a sum.
  if (breaks === 0 || added.size < 3) return false;
  if (exact < (labelled ? MIN_STEPS_LABELLED : MIN_STEPS)) return false;
  if (restarts * 3 > exact) return false;
  return breaks <= Math.max(1, Math.floor((exact + restarts + breaks) / 10));
}

/** The line's label: its first text cell before its numbers (a row's left, a column's top). */
function labelOf(sheet: Sheet, line: Line): string {
  for (let p = 1; p <= (line.across ? sheet.colCount : sheet.rowCount); p++) {
    const c = cellOf(line, p);
    const v = cellAt(sheet, c.row, c.col)?.value;
    if (typeof v === 'number') return '';
    if (typeof v === 'string' && v.trim() !== '' && !/\d/.test(v)) return v.trim();
  }
  return '';
}

function finding(
  sheet: Sheet,
  numbers: SheetNumbers,
  line: Line,
  period: Line,
  pos: number,
  step: Extract<Step, { kind: 'break' }>,
  lang: Lang,
): Finding {
  const here = cellOf(line, pos);
  const cell = a1(here.row, here.col);
  const actual = numbers.at(here.row, here.col)!;
  const addAt = cellOf(period, pos);
  const add = numbers.at(addAt.row, addAt.col)!;
  const s = (d: Dec) => show(d, null, lang);
  const addCell = a1(addAt.row, addAt.col);
  let da: string;
  let en: string;
  if (step.from === 'start') {
    const nextAt = cellOf(line, pos + 1);
    const next = a1(nextAt.row, nextAt.col);
    const nextValue = numbers.at(nextAt.row, nextAt.col)!;
    da = `Den løbende sum i ${cell} er ${s(actual)}, men perioden (${addCell}) har ${s(add)}, og ${next} (${s(nextValue)}) fortsætter fra ${s(add)}`;
    en = `The running total in ${cell} is ${s(actual)}, but the period (${addCell}) has ${s(add)}, and ${next} (${s(nextValue)}) continues from ${s(add)}`;
  } else {
    const prevAt = cellOf(line, pos - 1);
    const prev = a1(prevAt.row, prevAt.col);
    const before = numbers.at(prevAt.row, prevAt.col)!;
    da = `Den løbende sum i ${cell} er ${s(actual)}, men ${prev} + ${addCell} = ${s(before)} + ${s(add)} = ${s(step.expected)} (eller ${addCell} er forkert)`;
    en = `The running total in ${cell} is ${s(actual)}, but ${prev} + ${addCell} = ${s(before)} + ${s(add)} = ${s(step.expected)} (or ${addCell} is wrong)`;
  }
  return {
    severity: 'error',
    code: 'RUNNING_TOTAL_BREAK',
    sheet: sheet.name,
    cell,
    expected: toPlain(step.expected),
    actual: toPlain(actual),
    message: sentence(lang === 'en' ? en : da),
  };
}
