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
  for (const across of [true, false]) {
    const count = across ? sheet.rowCount : sheet.colCount;
    const length = across ? sheet.colCount : sheet.rowCount;
    for (let index = 1; index <= count; index++) {
      const line: Line = { index, across };
      const partner = bestPartner(numbers, line, count, length);
      if (!partner) continue;
      const labelled = isCumulativeLabel(labelOf(sheet, line));
      const steps = judge(numbers, line, partner, length);
      if (!strong(steps, labelled)) continue;
      steps.forEach((step, pos) => {
        if (step.kind !== 'break') return;
        const at = cellOf(line, pos);
        if (numbers.formula(at.row, at.col)) return;
        findings.push(finding(sheet, numbers, line, partner, pos, step, lang));
      });
    }
  }
  return findings;
}

/** The line beside `line` that it follows most often as a running total, by a fast float look. */
function bestPartner(
  numbers: SheetNumbers,
  line: Line,
  count: number,
  length: number,
): Line | undefined {
  let filled = 0;
  for (let p = 1; p <= length && filled <= MIN_STEPS_LABELLED; p++) {
    const c = cellOf(line, p);
    if (!Number.isNaN(numbers.float(c.row, c.col))) filled++;
  }
  if (filled <= MIN_STEPS_LABELLED) return undefined;
  let best: Line | undefined;
  let most = 0;
  for (let d = 1; d <= MAX_DISTANCE; d++) {
    for (const index of [line.index - d, line.index + d]) {
      if (index < 1 || index > count) continue;
      const other: Line = { index, across: line.across };
      const n = roughSteps(numbers, line, other, length);
      if (n > most) [best, most] = [other, n];
    }
  }
  return most >= MIN_STEPS_LABELLED ? best : undefined;
}

function roughSteps(numbers: SheetNumbers, line: Line, period: Line, length: number): number {
  let n = 0;
  let before = NaN;
  for (let p = 1; p <= length; p++) {
    const c = cellOf(line, p);
    const q = cellOf(period, p);
    const value = numbers.float(c.row, c.col);
    const add = numbers.float(q.row, q.col);
    if (!Number.isNaN(value) && !Number.isNaN(before) && !Number.isNaN(add) && add !== 0) {
      const want = before + add;
      if (Math.abs(value - want) <= 1e-9 * Math.max(1, Math.abs(want))) n++;
    }
    before = value;
  }
  return n;
}

/** Equal as Excel shows them: beyond 15 significant digits a difference is binary noise. */
function same(a: Dec, b: Dec): boolean {
  const d = a.minus(b).abs();
  return d.isZero() || d.lt(b.abs().times('1e-14'));
}

/** Each position's step, exactly. */
function judge(numbers: SheetNumbers, line: Line, period: Line, length: number): Step[] {
  const steps: Step[] = [];
  // The value the line should have held where it broke: the next step may go on from it.
  let corrected: Dec | null = null;
  for (let p = 1; p <= length; p++) {
    const c = cellOf(line, p);
    const value = numbers.at(c.row, c.col);
    const q = cellOf(period, p);
    const add = numbers.at(q.row, q.col);
    const prevCell = cellOf(line, p - 1);
    const before = p > 1 ? numbers.at(prevCell.row, prevCell.col) : null;
    const fix = corrected;
    corrected = null;
    if (value === null || add === null) {
      steps[p] = { kind: 'skip' };
      continue;
    }
    if (before === null) {
      steps[p] = same(value, add) ? { kind: 'start' } : startOff(numbers, line, period, p);
      if (steps[p]!.kind === 'break') corrected = add;
      continue;
    }
    if (same(value, before.plus(add)) || (fix !== null && same(value, fix.plus(add)))) {
      steps[p] = { kind: add.isZero() ? 'skip' : 'continue' };
    } else if (same(value, add)) {
      steps[p] = { kind: 'restart' };
    } else {
      steps[p] = { kind: 'break', expected: before.plus(add), from: 'previous' };
      corrected = before.plus(add);
    }
  }
  return steps;
}

/**
 * A first value that is not its period's: an opening balance, unless the next value goes on
 * from the period's value and not from this one (then this one is wrong).
 */
function startOff(numbers: SheetNumbers, line: Line, period: Line, p: number): Step {
  const here = cellOf(line, p);
  const next = cellOf(line, p + 1);
  const nextAdd = cellOf(period, p + 1);
  const value = numbers.at(here.row, here.col)!;
  const add = numbers.at(cellOf(period, p).row, cellOf(period, p).col)!;
  const after = numbers.at(next.row, next.col);
  const afterAdd = numbers.at(nextAdd.row, nextAdd.col);
  if (after === null || afterAdd === null || afterAdd.isZero()) return { kind: 'skip' };
  const fromPeriod = same(after, add.plus(afterAdd));
  const fromShown = same(after, value.plus(afterAdd));
  return fromPeriod && !fromShown
    ? { kind: 'break', expected: add, from: 'start' }
    : { kind: 'skip' };
}

/** Most steps exact, few restarts, at most one break in ten. */
function strong(steps: readonly Step[], labelled: boolean): boolean {
  let exact = 0;
  let restarts = 0;
  let breaks = 0;
  for (const s of steps) {
    if (!s) continue;
    if (s.kind === 'continue') exact++;
    if (s.kind === 'restart') restarts++;
    if (s.kind === 'break') breaks++;
  }
  if (breaks === 0) return false;
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
