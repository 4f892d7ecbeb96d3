/**
 * The folder pool against one thread: `ramme check DIR` as a user runs it (the bundled CLI, a
 * whole process), once forced onto the pool (`--threads` = the cores) and once onto one thread
 * (`--threads 1`), in turn run by run, on folders of generated budgets small and large. The
 * pool should never be slower than one thread where core/cli/pool.ts lets it start (spare
 * cores, `POOL_MIN_BYTES`); the note says what it decides here.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { machineNow, POOL_MIN_BYTES, threadsFor } from '../core/cli/pool';
import { syntheticBudget, writeSyntheticXlsx } from '../scripts/gen-synthetic';
import { median, roundMs } from './measure';
import type { BenchRow, BenchSuite } from './types';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = path.join(ROOT, 'bin/ramme.mjs');

/** A folder to check: `files` generated budgets of `lines` lines, or the example workbooks. */
export interface PoolFolder {
  files: number;
  lines: number | 'examples';
}

/**
 * CPU time of the waited-for children of this process so far (user + system, ms), from
 * /proc/self/stat; undefined where there is no /proc. Threads' CPU counts in their process's.
 */
export function childCpuMs(): number | undefined {
  const stat = readProcStat();
  return stat === undefined ? undefined : childCpuOfStat(stat);
}

/** The children's CPU time (ms) in a /proc/<pid>/stat line. */
export function childCpuOfStat(stat: string): number | undefined {
  // The command name may hold spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5) (cutime, cstime), 14 and 15 here; in ticks of 1/100 s on Linux.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

function readProcStat(): string | undefined {
  try {
    return readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
}

export function folderLabel(folder: PoolFolder, bytes: number): string {
  const mb = (bytes / 1e6).toLocaleString('da-DK', { maximumFractionDigits: 1 });
  const what =
    folder.lines === 'examples'
      ? `${folder.files} example workbooks`
      : `${folder.files} × ${folder.lines.toLocaleString('da-DK')} lines`;
  return `${what}, ${bytes < 1e6 ? `${Math.round(bytes / 1e3)} KB` : `${mb} MB`}`;
}

async function makeFolder(folder: PoolFolder, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  if (folder.lines === 'examples') {
    const names = readdirSync(path.join(ROOT, 'examples'))
      .filter((n) => n.endsWith('.xlsx'))
      .sort()
      .slice(0, folder.files);
    for (const n of names) copyFileSync(path.join(ROOT, 'examples', n), path.join(dir, n));
  } else {
    for (let i = 0; i < folder.files; i++)
      await writeSyntheticXlsx(
        syntheticBudget(folder.lines, i + 1),
        path.join(dir, `budget-${i + 1}.xlsx`),
      );
  }
  return readdirSync(dir).map((n) => path.join(dir, n));
}

interface Run {
  ms: number;
  cpuMs: number | undefined;
  /** The report's hash, to tell the two sides gave the same. */
  stdout: string;
  status: number | null;
}

function check(dir: string, threads: number): Run {
  const cpu = childCpuMs();
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'check', dir, '--json', '--threads', `${threads}`], {
    // A million lines' report is about 100 MB of JSON: a smaller buffer would kill the child.
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const after = childCpuMs();
  const cpuMs = cpu === undefined || after === undefined ? undefined : after - cpu;
  const stdout = createHash('sha256').update(r.stdout).digest('hex');
  return { ms, cpuMs, stdout, status: r.error ? -1 : r.status };
}

const seconds = (ms: number | undefined): string =>
  ms === undefined ? '?' : `${(ms / 1000).toLocaleString('da-DK', { maximumFractionDigits: 2 })} s`;

function medianOf(runs: Run[], key: 'ms' | 'cpuMs'): number | undefined {
  const values = runs.map((r) => r[key]);
  return values.every((v) => v !== undefined) ? median(values as number[]) : undefined;
}

/** One folder: the pool and one thread in turn (which goes first alternates), medians of each. */
export async function poolRow(
  folder: PoolFolder,
  dir: string,
  options: { runs: number; warmup: number; threads?: number },
): Promise<BenchRow> {
  const files = await makeFolder(folder, dir);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const threads = options.threads ?? Math.max(2, availableParallelism());
  const pool: Run[] = [];
  const one: Run[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const keep = i >= options.warmup;
    const order: Array<[number, Run[]]> = [
      [threads, pool],
      [1, one],
    ];
    for (const [n, into] of i % 2 ? order.reverse() : order) {
      const run = check(dir, n);
      if (keep) into.push(run);
    }
  }
  const last = (runs: Run[]) => runs[runs.length - 1]!;
  const same = last(pool).stdout === last(one).stdout && last(pool).status === last(one).status;
  const poolMs = medianOf(pool, 'ms')!;
  const oneMs = medianOf(one, 'ms')!;
  const jobs = files.map((file) => ({ file, options: { lang: 'da' as const } }));
  const machine = machineNow();
  const byDefault = threadsFor(jobs, machine) > 1 ? 'the pool' : 'one thread';
  return {
    name: `ramme check DIR, pool of ${threads} threads (whole process): ${folderLabel(folder, bytes)}`,
    size: folder.lines === 'examples' ? folder.files : folder.files * folder.lines,
    rammeMs: roundMs(poolMs),
    baseline: 'one thread (--threads 1)',
    baselineMs: roundMs(oneMs),
    ratio: Number((poolMs / oneMs).toFixed(2)),
    aim: '≤ 1× where it starts',
    note:
      `CPU ${seconds(medianOf(pool, 'cpuMs'))} against ${seconds(medianOf(one, 'cpuMs'))}; ` +
      `${same ? 'same reports' : 'REPORTS DIFFER'}; by default (POOL_MIN_BYTES ` +
      `${(POOL_MIN_BYTES / 1e6).toLocaleString('da-DK')} MB, ${machine.cores} cores at load ` +
      `${machine.load.toFixed(1)}) ${byDefault}`,
  };
}

export const FOLDERS: readonly PoolFolder[] = [
  { files: 6, lines: 'examples' },
  { files: 4, lines: 2_000 },
  { files: 4, lines: 20_000 },
  { files: 2, lines: 100_000 },
  { files: 4, lines: 100_000 },
];
const QUICK_FOLDERS: readonly PoolFolder[] = [
  { files: 6, lines: 'examples' },
  { files: 4, lines: 20_000 },
];

export async function runPool(options: {
  folders: readonly PoolFolder[];
  runs: (folder: PoolFolder) => { runs: number; warmup: number };
}): Promise<BenchRow[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'ramme-bench-pool-'));
  try {
    const rows: BenchRow[] = [];
    for (const [i, folder] of options.folders.entries())
      rows.push(await poolRow(folder, path.join(root, `f${i}`), options.runs(folder)));
    return rows;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'pool',
  run: ({ quick }) =>
    runPool({
      folders: quick ? QUICK_FOLDERS : FOLDERS,
      runs: (f) =>
        quick
          ? { runs: 3, warmup: 1 }
          : f.lines !== 'examples' && f.lines >= 100_000
            ? { runs: 3, warmup: 1 }
            : { runs: 5, warmup: 1 },
    }),
};

export default suite;
