/**
 * Whole processes, as a user starts them: `ramme --help`, `ramme allocate` and a small
 * `ramme check` against an empty Node process (`node -e 0`), the median of several starts; and
 * `ramme check` on the 10.000-line budget cold, as the CLI runs it (once per process, no JIT
 * warm-up), against a process that only reads the same file with ExcelJS.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, roundMs } from './measure';
import type { BenchRow } from './types';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = 'bin/ramme.mjs';

/** Median milliseconds of a whole process started `runs` times, after one start not counted. */
export function startMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

/** A whole process that reads `file` with ExcelJS and nothing else: the cold baseline. */
export const EXCELJS_PROCESS = [
  '--input-type=module',
  '-e',
  "const E = (await import('exceljs')).default; await new E.Workbook().xlsx.readFile(process.argv[1]);",
];

/** Two commands started in turn, run by run (one warm-up start each), medians of each. */
function startPair(a: string[], b: string[], runs: number): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs + 1; i++) {
    for (const [k, args] of [a, b].entries()) {
      const start = performance.now();
      spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      if (i > 0) times[k]!.push(performance.now() - start);
    }
  }
  return [median(times[0]), median(times[1])];
}

export function coldRow(file: string, lines: number, runs: number): BenchRow {
  const [ms, excel] = startPair([BIN, 'check', file, '--json'], [...EXCELJS_PROCESS, file], runs);
  return {
    name: 'ramme check, one .xlsx, cold (whole process)',
    size: lines,
    rammeMs: roundMs(ms),
    baseline: 'ExcelJS read (whole process)',
    baselineMs: roundMs(excel),
    ratio: Number((ms / excel).toFixed(2)),
    aim: '≤ 0.5×',
    note: 'Node start, code load and one check without JIT warm-up, as a user runs it',
  };
}

export function processRows(quick: boolean, budget?: { file: string; lines: number }): BenchRow[] {
  const runs = quick ? 3 : 9;
  const node = startMs(['-e', '0'], runs);
  const cases: Array<[string, string[], string]> = [
    ['ramme --help', [BIN, '--help'], '≤ 2×'],
    [
      'ramme allocate',
      [BIN, 'allocate', '--total', '5', '--step', '0,5', '--weights', '3', '2', '2'],
      '≤ 2×',
    ],
    ['ramme check, a small workbook', [BIN, 'check', 'examples/budget-2024.xlsx'], '≤ 3×'],
  ];
  const rows = cases.map(([name, args, aim]): BenchRow => {
    const ms = startMs(args, runs);
    return {
      name: `${name} (whole process)`,
      size: 1,
      rammeMs: roundMs(ms),
      baseline: 'node -e 0',
      baselineMs: roundMs(node),
      ratio: Number((ms / node).toFixed(2)),
      aim,
    };
  });
  return budget ? [...rows, coldRow(budget.file, budget.lines, runs)] : rows;
}
