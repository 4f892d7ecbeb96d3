import type { FileScore } from './score';

/** One corpus's figures: the sums of its files' scores. */
export interface CorpusSummary {
  corpus: string;
  dir: string;
  files: number;
  filesRead: number;
  unlabelled: string[];
  errorFindings: number;
  realFindings: number;
  /** real ÷ all error findings; null when there are none. */
  precision: number | null;
  wrongTotals: number;
  foundTotals: number;
  /** found ÷ labelled wrong totals; null when none are labelled. */
  recall: number | null;
  wrongOther: number;
  foundOther: number;
  rightTotals: number;
  rightFlagged: number;
  datesUnreadable: number;
  byCode: Record<string, Record<string, number>>;
  falseByCause: Record<string, number>;
  notRead: Array<{ file: string; error: string }>;
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function summarise(
  corpus: string,
  dir: string,
  scores: readonly FileScore[],
): CorpusSummary {
  const s: CorpusSummary = {
    corpus,
    dir,
    files: scores.length,
    filesRead: scores.filter((f) => f.read).length,
    unlabelled: scores.filter((f) => !f.labelled).map((f) => f.file),
    errorFindings: 0,
    realFindings: 0,
    precision: null,
    wrongTotals: 0,
    foundTotals: 0,
    recall: null,
    wrongOther: 0,
    foundOther: 0,
    rightTotals: 0,
    rightFlagged: 0,
    datesUnreadable: 0,
    byCode: {},
    falseByCause: {},
    notRead: scores.flatMap((f) =>
      f.error === undefined ? [] : [{ file: f.file, error: f.error }],
    ),
  };
  for (const f of scores) {
    s.errorFindings += f.errorFindings;
    s.realFindings += f.realFindings;
    s.wrongTotals += f.wrongTotals;
    s.foundTotals += f.foundTotals;
    s.wrongOther += f.wrongOther;
    s.foundOther += f.foundOther;
    s.rightTotals += f.rightTotals;
    s.rightFlagged += f.rightFlagged;
    s.datesUnreadable += f.datesUnreadable;
    addCounts(s.falseByCause, f.falseByCause);
    for (const [code, bySeverity] of Object.entries(f.byCode)) {
      addCounts((s.byCode[code] ??= {}), bySeverity);
    }
  }
  s.precision = ratio(s.realFindings, s.errorFindings);
  s.recall = ratio(s.foundTotals, s.wrongTotals);
  return s;
}
