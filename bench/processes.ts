/**
 * Whole processes, as a user starts them: `ramme --help`, `ramme allocate` and a small
 * `ramme check` against an empty Node process (`node -e 0`), the median of several starts.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median, roundMs } from './measure';
import type { BenchRow } from './types';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = 'bin/ramme.mjs';

function startMs(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    if (i > 0) times.push(performance.now() - start);
  }
  return median(times);
}

export function processRows(quick: boolean): BenchRow[] {
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
  return cases.map(([name, args, aim]) => {
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
}
