/**
 * CLI bench: `ramme check` (read, detect, check, exactly as the CLI does for one file) on a
 * generated .xlsx budget of 10.000 / 100.000 / 1.000.000 lines (quick: 10.000), against
 * ExcelJS's bare read of the same file (aim ≤ 0,5×) and a bare streaming scan (unzip + indexOf,
 * bench/bare-scan.ts; aim ≤ 3×); peak memory per cell in a child process (aim ≤ 250 bytes);
 * whole processes (`--help`, `allocate`, a small check) against `node -e 0`, and the 10.000-line
 * check cold (a whole process) against a process reading it with ExcelJS. ExcelJS on 1.000.000
 * lines runs once, in a child with a big heap, in the full run only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { checkFile } from '../core/cli/check-file';
import type { Sheet } from '../core/grid';
import { DEFAULT_READ_LIMITS } from '../core/io';
import type { FileReport } from '../core/report';
import {
  syntheticBudget,
  writeSyntheticXlsx,
  type SyntheticBudget,
} from '../scripts/gen-synthetic';
import { bareScan } from './bare-scan';
import { measurePair, roundMs, type Timing } from './measure';
import { processRows } from './processes';
import type { BenchRow, BenchSuite } from './types';

async function bareRead(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]?.rowCount ?? 0;
}

function cellsOf(sheet: Sheet): number {
  let n = 0;
  for (const row of sheet.rows) row?.forEach((c) => (n += c ? 1 : 0));
  return n;
}

function foundNote(budget: SyntheticBudget, report: FileReport): string {
  const mismatches = report.findings.filter((f) => f.code === 'TOTAL_MISMATCH').map((f) => f.cell);
  const found =
    report.error === undefined &&
    mismatches.length === budget.wrongCells.length &&
    budget.wrongCells.every((c) => mismatches.includes(c));
  return found
    ? `found the planted 1-øre error at ${budget.wrongCells.join(', ')} and nothing else`
    : `planted error ${budget.wrongCells.join(', ')}; found ${mismatches.join(', ') || 'none'}${report.error ? ` (${report.error})` : ''}`;
}

function timingRow(
  name: string,
  size: number,
  ramme: Timing<unknown>,
  baseline: string,
  base: Timing<unknown>,
  aim: string,
  note?: string,
): BenchRow {
  return {
    name,
    size,
    rammeMs: roundMs(ramme.ms),
    baseline,
    baselineMs: roundMs(base.ms),
    ratio: Number((ramme.ms / base.ms).toFixed(2)),
    aim,
    ...(note && { note }),
  };
}

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));

/** The heap ExcelJS is given for the 1.000.000-line read (Node's default stops near 4 GB). */
export const EXCELJS_BIG_HEAP_MB = 12_288;

export interface ChildRun {
  /** Peak RSS less the RSS before the read: what the workbook costs. */
  grown: number;
  /** The whole process's RSS at its peak. */
  peak: number;
  /** The read (or check) itself, once, after a small warm-up read in the same child. */
  ms: number;
}

/**
 * Peak resident memory (RSS, the kernel's high-water mark) of one run in a child process, and
 * what the process held before it (Node, the code, a warm-up read): the growth is what the
 * workbook costs, the peak what a user's process reaches in all.
 */
type ChildMode = 'ramme' | 'exceljs' | 'bare' | 'streamed' | 'held';

function peakBytes(mode: ChildMode, file: string, maxCells: number, heapMb?: number): ChildRun {
  const heap = heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`];
  const out = execFileSync(
    process.execPath,
    [...heap, '--import', 'tsx', CHILD, mode, file, String(maxCells)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const { before, peak, ms } = JSON.parse(out) as { before: number; peak: number; ms: number };
  return { grown: Math.max(0, peak - before), peak, ms };
}

/** Child runs per memory figure below a million lines: one run's peak moves with V8's heap sizing. */
const MEMORY_RUNS = 3;

/**
 * The run of median growth among `times` children, with the smallest and largest growth seen:
 * one child's figure at 10.000 lines has read 577 and 1.140 bytes a cell on the same tree.
 */
function medianPeak(
  mode: ChildMode,
  file: string,
  maxCells: number,
  times: number,
): ChildRun & { least: number; most: number } {
  return medianGrowth(Array.from({ length: times }, () => peakBytes(mode, file, maxCells)));
}

/** The run of median growth (the lower middle of an even count), and the least and most grown. */
export function medianGrowth(
  runs: readonly ChildRun[],
): ChildRun & { least: number; most: number } {
  const sorted = [...runs].sort((a, b) => a.grown - b.grown);
  const mid = sorted[(sorted.length - 1) >> 1]!;
  return { ...mid, least: sorted[0]!.grown, most: sorted.at(-1)!.grown };
}

/** ExcelJS on the biggest file: it may still run out of memory, which is a figure too. */
function bigExcelJS(file: string, maxCells: number): ChildRun | string {
  try {
    return peakBytes('exceljs', file, maxCells, EXCELJS_BIG_HEAP_MB);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    return /heap out of memory|Allocation failed/i.test(text)
      ? `ExcelJS ran out of memory with a ${EXCELJS_BIG_HEAP_MB / 1024} GB heap`
      : `ExcelJS failed: ${text.split('\n')[0]}`;
  }
}

function runsFor(size: number, quick: boolean): { runs: number; warmup: number } {
  if (quick) return { runs: 3, warmup: 1 };
  if (size >= 1_000_000) return { runs: 3, warmup: 0 };
  // At 10.000 lines a check takes some 50 ms: 29 runs first (EARLY_RUNS, then 18) bring the
  // check's code to the JIT's steady state as one or two do the bare scan's few lines
  // (bench/measure.ts does the same for every small size). The cold row times the first run.
  return size >= 100_000 ? { runs: 5, warmup: 1 } : { runs: 21, warmup: 18 };
}

/** The pairing before the steady state (runsFor): what the bench measured until 27 November. */
const EARLY_RUNS = { runs: 9, warmup: 2 };

/** What one size's check and bare scan grew by, for the cost of a cell added (marginalRow). */
export interface Grown {
  size: number;
  cells: number;
  check: number;
  scan: number;
}

async function sizeRows(
  size: number,
  quick: boolean,
  dir: string,
  grown: Grown[],
): Promise<BenchRow[]> {
  // processRows times the first size's file again, cold, in whole processes.
  const file = path.join(dir, `budget-${size}.xlsx`);
  const budget = syntheticBudget(size);
  await writeSyntheticXlsx(budget, file);
  const cells = cellsOf(budget.sheet);
  const maxCells = Math.max(DEFAULT_READ_LIMITS.maxCells, cells);
  const check = () => checkFile({ file, options: { lang: 'da' }, limits: { maxCells } });
  const runs = runsFor(size, quick);
  const rows: BenchRow[] = [];
  // Before the steady state, the figure earlier benches printed: the first 9 runs after 2 warm-ups.
  const early =
    runs.warmup > 2 ? await measurePair(() => bareScan(file), check, EARLY_RUNS) : undefined;
  const [scan, ramme] = await measurePair(() => bareScan(file), check, runs);
  const earlyNote = early
    ? `; the first 9 runs after 2 warm-ups: ${(early[1].ms / early[0].ms).toFixed(2)}×`
    : '';
  rows.push(
    timingRow(
      'ramme check, one .xlsx (read + detect + check)',
      size,
      ramme,
      'bare streaming scan',
      scan,
      '≤ 3×',
      foundNote(budget, ramme.result) + earlyNote,
    ),
  );
  // ExcelJS takes a minute and gigabytes on a million lines: timed once, in a child with a big
  // heap (bigExcelJS), against Ramme's check once in a child the same way.
  const withExcelJS = size <= 100_000;
  if (withExcelJS) {
    const [excel, ramme2] = await measurePair(() => bareRead(file), check, runs);
    rows.push(timingRow('ramme check, one .xlsx', size, ramme2, 'ExcelJS read', excel, '≤ 0.5×'));
  }
  const times = withExcelJS && !quick ? MEMORY_RUNS : 1;
  const mine = medianPeak('ramme', file, maxCells, times);
  const big = withExcelJS ? undefined : bigExcelJS(file, maxCells);
  const theirs = withExcelJS ? medianPeak('exceljs', file, maxCells, times) : big;
  if (typeof big === 'object') {
    rows.push(
      timingRow(
        'ramme check, one .xlsx (once each, in a child process)',
        size,
        { ms: mine.ms, result: undefined },
        `ExcelJS read (${EXCELJS_BIG_HEAP_MB / 1024} GB heap)`,
        { ms: big.ms, result: undefined },
        '≤ 0.5×',
        'one run each after a small warm-up read: no median',
      ),
    );
  }
  // What the bare scan alone grows by: the floor under any reader (it keeps nothing).
  const floor = medianPeak('bare', file, maxCells, times);
  // The same scan over parts unpacked in pieces: below it no reader in this runtime can go.
  const streamed = medianPeak('streamed', file, maxCells, times);
  // As many cells held in the grid's shape, nothing read: the floor under any grid of objects.
  const held = medianPeak('held', file, cells, times);
  grown.push({ size, cells, check: mine.grown, scan: floor.grown });
  const perCell = (m: { grown: number }) => m.grown / cells;
  const mb = (b: number) => `${Math.round(b / 1e6)} MB`;
  const other = typeof theirs === 'object' ? theirs : undefined;
  rows.push({
    name: 'ramme check, peak memory per cell (bytes of RSS, not ms)',
    size,
    rammeMs: Math.round(perCell(mine)),
    baseline: other ? 'ExcelJS read' : '–',
    baselineMs: other ? Math.round(perCell(other)) : Number.NaN,
    ratio: other ? Number((perCell(mine) / perCell(other)).toFixed(2)) : Number.NaN,
    aim: '≤ 250 bytes',
    note:
      `${cells.toLocaleString('en-US')} cells; peak RSS less the RSS before the read` +
      (times > 1
        ? `, the median of ${times} child runs (${Math.round(perCell({ grown: mine.least }))}–` +
          `${Math.round(perCell({ grown: mine.most }))})`
        : '') +
      '; ' +
      `whole process at peak ${mb(mine.peak)}${other ? ` (ExcelJS ${mb(other.peak)})` : ''}; ` +
      `the bare scan alone grows by ${Math.round(perCell(floor))} bytes a cell, ` +
      `unpacked in pieces ${Math.round(perCell(streamed))} (${Math.round(perCell({ grown: streamed.least }))}–` +
      `${Math.round(perCell({ grown: streamed.most }))}); ` +
      `holding as many cells alone, nothing read, ${Math.round(perCell(held))} ` +
      `(${Math.round(perCell({ grown: held.least }))}–${Math.round(perCell({ grown: held.most }))})` +
      (typeof theirs === 'string' ? `; ${theirs}` : ''),
  });
  return rows;
}

/**
 * What a cell added costs, between the two biggest sizes: the growth of peak memory over the
 * cells added. The per-cell figure above divides everything the check grows by by its cells,
 * V8's young generation (up to 32 MB of semi-spaces) and unpacked parts awaiting a full
 * collection included; at 10.000 lines those alone are several times the aim. Printed beside
 * it, not instead of it.
 */
export function marginalRow(small: Grown, big: Grown): BenchRow {
  const added = big.cells - small.cells;
  const check = (big.check - small.check) / added;
  const scan = (big.scan - small.scan) / added;
  return {
    name: 'ramme check, peak memory per cell added (bytes of RSS, not ms)',
    size: big.size,
    rammeMs: Math.round(check),
    baseline: 'bare streaming scan',
    baselineMs: Math.round(scan),
    ratio: Number((check / scan).toFixed(2)),
    note:
      `${small.size.toLocaleString('en-US')} → ${big.size.toLocaleString('en-US')} lines: ` +
      `peak growth difference over the ${added.toLocaleString('en-US')} cells added; ` +
      "not the aim's measure (that is the row per size above)",
  };
}

const suite: BenchSuite = {
  name: 'cli',
  async run({ quick }): Promise<BenchRow[]> {
    const sizes = quick ? [10_000] : [10_000, 100_000, 1_000_000];
    const dir = await mkdtemp(path.join(tmpdir(), 'ramme-bench-cli-'));
    try {
      const rows: BenchRow[] = [];
      const grown: Grown[] = [];
      for (const size of sizes) rows.push(...(await sizeRows(size, quick, dir, grown)));
      if (grown.length >= 2) rows.push(marginalRow(grown.at(-2)!, grown.at(-1)!));
      const small = { file: path.join(dir, `budget-${sizes[0]}.xlsx`), lines: sizes[0]! };
      rows.push(...processRows(quick, small));
      return rows;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
