/**
 * Totals bench: for each size, in one run, the same total check three (or four) ways on the
 * same synthetic grid — Ramme exact (core/budget's checkBudgetGrid on the table where it lies in
 * the grid, and checkWorkbook with detection when core/check is there), plain JS floats (the
 * floor) and HyperFormula SUM formulas — and whether each got every total to the øre.
 */
import { SIZES, syntheticBudget, type SyntheticBudget } from '../scripts/gen-synthetic';
import type { Workbook } from '../core/grid';
import { floatCheck, floatOutcome, type TotalsOutcome } from './float-totals';
import { hyperFormulaTotals } from './hf-totals';
import { checkRunsFor, measure, measurePair, runsFor } from './measure';
import { rammeCheck, rammeOutcome } from './ramme-totals';
import type { BenchRow, BenchSuite } from './types';

const FIRST_ROW = 4;
export const QUICK_SIZES = [1_000, 10_000];

export interface Verdict {
  /** Every total computed to the øre and exactly the planted error found. */
  oreRight: boolean;
  inexact: number;
  falseAlarms: number;
  missed: number;
  grandTotal: string | undefined;
}

export function verdict(budget: SyntheticBudget, outcome: TotalsOutcome): Verdict {
  const exact = new Map(budget.groups.map((g) => [g.totalRow, g.exactTotal]));
  exact.set(budget.grandTotalRow, budget.exactGrandTotal);
  let inexact = 0;
  for (const [row, want] of exact) if (outcome.computed.get(row) !== want) inexact++;
  const found = new Set(outcome.mismatches);
  const planted = new Set(budget.wrongCells);
  const falseAlarms = [...found].filter((c) => !planted.has(c)).length;
  const missed = [...planted].filter((c) => !found.has(c)).length;
  return {
    oreRight: inexact === 0 && falseAlarms === 0 && missed === 0,
    inexact,
    falseAlarms,
    missed,
    grandTotal: outcome.computed.get(budget.grandTotalRow),
  };
}

export function describeVerdict(who: string, v: Verdict, totals: number): string {
  if (v.oreRight) return `${who}: øre right (${totals} totals)`;
  const parts = [`${v.inexact}/${totals} totals off`];
  if (v.falseAlarms) parts.push(`${v.falseAlarms} false alarms`);
  if (v.missed) parts.push(`${v.missed} missed`);
  return `${who}: øre WRONG (${parts.join(', ')}; grand total ${v.grandTotal ?? '–'})`;
}

type CheckWorkbook = (
  wb: Workbook,
  options: { lang: 'da' },
) => {
  findings: Array<{ code: string; cell: string }>;
};

/** core/check's checkWorkbook, when that module is there; the bench runs without it. */
async function loadCheckWorkbook(): Promise<CheckWorkbook | undefined> {
  try {
    const mod = (await import('../core/check')) as Record<string, unknown>;
    return typeof mod.checkWorkbook === 'function'
      ? (mod.checkWorkbook as CheckWorkbook)
      : undefined;
  } catch {
    return undefined;
  }
}

function row(
  name: string,
  size: number,
  rammeMs: number,
  baseline: string,
  baselineMs: number,
  aim: string,
  note: string,
): BenchRow {
  return { name, size, rammeMs, baseline, baselineMs, ratio: rammeMs / baselineMs, aim, note };
}

export interface TotalsOptions {
  sizes: readonly number[];
  /** Overrides runsFor(size), e.g. { runs: 1, warmup: 0 } in tests. */
  runs?: { runs: number; warmup: number };
  /** HyperFormula above this size is skipped (memory and minutes). */
  hyperFormulaMax?: number;
  log?: (line: string) => void;
}

export async function runTotals(options: TotalsOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const checkWorkbook = await loadCheckWorkbook();
  const log = options.log ?? (() => {});
  for (const size of options.sizes) {
    const budget = syntheticBudget(size);
    const totals = budget.groups.length + 1;
    const runs = options.runs ?? checkRunsFor(size);
    log(`totals ${size}: floats, Ramme`);
    // Timed, in turn run by run: the checks. Not timed: printing their totals for the verdict.
    const [floats, ramme] = await measurePair(
      () => floatCheck(budget.sheet, FIRST_ROW),
      () => rammeCheck(budget.sheet, FIRST_ROW),
      runs,
    );
    const fv = verdict(budget, floatOutcome(floats.result));
    const rv = verdict(budget, rammeOutcome(ramme.result));
    const name = 'total check, in-memory grid (core/budget)';
    rows.push(
      row(
        name,
        size,
        ramme.ms,
        'plain floats',
        floats.ms,
        '≤ 2×',
        `${describeVerdict('Ramme', rv, totals)}; ${describeVerdict('floats', fv, totals)}`,
      ),
    );
    if (size <= (options.hyperFormulaMax ?? Infinity)) {
      log(`totals ${size}: HyperFormula`);
      // A million rows take tens of seconds and ~2 GB in HyperFormula: one run, no warm-up.
      const hfRuns = options.runs ?? (size >= 1_000_000 ? { runs: 1, warmup: 0 } : runsFor(size));
      const hf = await measure(() => hyperFormulaTotals(budget), hfRuns);
      const hv = verdict(budget, hf.result);
      const runsNote = hfRuns.runs === 1 ? ' (1 run)' : '';
      rows.push(
        row(
          name,
          size,
          ramme.ms,
          'HyperFormula',
          hf.ms,
          '≤ 0.05× (20× faster)',
          `${describeVerdict('HyperFormula', hv, totals)}${runsNote}`,
        ),
      );
    }
    if (checkWorkbook) {
      log(`totals ${size}: checkWorkbook`);
      // Detection on a million rows takes seconds: fewer runs for the big sizes.
      const fullRuns =
        options.runs ??
        (size >= 1_000_000
          ? { runs: 1, warmup: 0 }
          : size >= 100_000
            ? { runs: 3, warmup: 1 }
            : runsFor(size));
      const full = await measure(() => checkWorkbook(budget.workbook, { lang: 'da' }), fullRuns);
      const found = full.result.findings
        .filter((f) => f.code === 'TOTAL_MISMATCH')
        .map((f) => f.cell);
      const right = found.length === 1 && budget.wrongCells.some((c) => found[0]!.endsWith(c));
      rows.push(
        row(
          'total check, checkWorkbook (detect + check)',
          size,
          full.ms,
          'plain floats',
          floats.ms,
          // Not an aim of its own: detecting the layout of an unknown sheet is work the floats,
          // told where the totals are, never do.
          '',
          right
            ? 'Ramme: found exactly the planted 1-øre error'
            : `Ramme: found ${found.join(', ') || 'nothing'}, expected ${budget.wrongCells.join(', ')}`,
        ),
      );
    }
  }
  return rows;
}

export const suite: BenchSuite = {
  name: 'totals',
  run: ({ quick }) =>
    runTotals({ sizes: quick ? QUICK_SIZES : SIZES, log: (l) => process.stderr.write(`  ${l}\n`) }),
};

export default suite;
