/**
 * Scores one file's report against its labels: which error findings are real, which labelled
 * wrong totals were found, and why the false ones were raised. Pure, so a test can feed it.
 */
import { parseA1, parseRange } from '../core/grid';
import type { FileReport, Finding } from '../core/report';
import { familyOf } from './families';
import { familiesOf, type FileLabels, type FindingLabel, type TotalLabel } from './labels';

export interface FileScore {
  file: string;
  read: boolean;
  error?: string;
  labelled: boolean;
  errorFindings: number;
  realFindings: number;
  /** Labelled wrong numbers of the total family: what recall is measured on. */
  wrongTotals: number;
  foundTotals: number;
  /** Labelled wrong cells of other families (a #REF! in a total, a broken running total …). */
  wrongOther: number;
  foundOther: number;
  rightTotals: number;
  /** Labelled right totals that got an error finding about their number. */
  rightFlagged: number;
  /** Findings of any severity that call a date or time cell an unreadable number. */
  datesUnreadable: number;
  /** code → severity → count. */
  byCode: Record<string, Record<string, number>>;
  /** cause → count of false error findings. */
  falseByCause: Record<string, number>;
  missed: TotalLabel[];
  falseFindings: Array<Finding & { cause: string }>;
}

/** Tells whether a sheet's cell holds a date or time (from the workbook, not the finding text). */
export type DateCells = (sheet: string, cell: string) => boolean;

function norm(cell: string): string {
  return cell.replace(/\$/g, '').toUpperCase();
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${norm(cell)}`;
}

function inRange(cell: string, range: string): boolean {
  const c = parseA1(cell);
  const r = parseRange(range);
  if (!c || !r) return false;
  return c.row >= r.top && c.row <= r.bottom && c.col >= r.left && c.col <= r.right;
}

/** The labelled cause of a false finding: the first finding label that covers it. */
export function causeOf(f: Finding, labels: readonly FindingLabel[]): string {
  const hit = labels.find(
    (l) => l.sheet === f.sheet && (l.code === '*' || l.code === f.code) && inRange(f.cell, l.cells),
  );
  return hit?.cause ?? 'unlabelled';
}

function wrongIndex(totals: readonly TotalLabel[]): Map<string, TotalLabel> {
  const index = new Map<string, TotalLabel>();
  for (const t of totals) {
    if (t.right) continue;
    for (const cell of [t.cell, ...(t.alsoAt ?? [])]) index.set(key(t.sheet, cell), t);
  }
  return index;
}

function bump(into: Record<string, number>, name: string): void {
  into[name] = (into[name] ?? 0) + 1;
}

export function scoreFile(
  report: FileReport,
  labels: FileLabels | undefined,
  isDate: DateCells,
): FileScore {
  const totals = labels?.totals ?? [];
  const wrong = wrongIndex(totals);
  const found = new Set<TotalLabel>();
  const isTotal = (t: TotalLabel): boolean => familiesOf(t).includes('total');
  const rightCells = new Set(totals.filter((t) => t.right).map((t) => key(t.sheet, t.cell)));
  const flaggedRight = new Set<string>();
  const score: FileScore = {
    file: report.file,
    read: report.error === undefined,
    ...(report.error === undefined ? {} : { error: report.error }),
    labelled: labels !== undefined,
    errorFindings: 0,
    realFindings: 0,
    wrongTotals: totals.filter((t) => !t.right && isTotal(t)).length,
    foundTotals: 0,
    wrongOther: totals.filter((t) => !t.right && !isTotal(t)).length,
    foundOther: 0,
    rightTotals: rightCells.size,
    rightFlagged: 0,
    datesUnreadable: 0,
    byCode: {},
    falseByCause: {},
    missed: [],
    falseFindings: [],
  };
  for (const f of report.findings) {
    const perCode = (score.byCode[f.code] ??= {});
    bump(perCode, f.severity);
    if (f.code === 'UNREADABLE_VALUE' && isDate(f.sheet, norm(f.cell))) score.datesUnreadable++;
    if (f.severity !== 'error') continue;
    score.errorFindings++;
    const k = key(f.sheet, f.cell);
    const label = wrong.get(k);
    if (label && familiesOf(label).includes(familyOf(f.code))) {
      score.realFindings++;
      found.add(label);
      continue;
    }
    if (rightCells.has(k) && familyOf(f.code) === 'total') flaggedRight.add(k);
    const cause = causeOf(f, labels?.findings ?? []);
    bump(score.falseByCause, cause);
    score.falseFindings.push({ ...f, cause });
  }
  score.foundTotals = [...found].filter(isTotal).length;
  score.foundOther = found.size - score.foundTotals;
  score.rightFlagged = flaggedRight.size;
  score.missed = totals.filter((t) => !t.right && !found.has(t));
  return score;
}
