import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { DOMAIN_EXAMPLES } from '../shared-dir';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export { DOMAIN_EXAMPLES };

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function bundleIsFresh(): boolean {
  const outputs = ['dist/cli/ramme.mjs', 'dist/cli/worker.mjs'].map((f) => path.join(REPO, f));
  if (!outputs.every((f) => existsSync(f))) return false;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(
    newestSource(path.join(REPO, 'core')),
    statSync(path.join(REPO, 'scripts/build-cli.mjs')).mtimeMs,
    statSync(path.join(REPO, 'package.json')).mtimeMs,
  );
  return built > sources;
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * vitest does not run `pretest`: bundle the CLI as `npm test` would, once, when the bundle is
 * older than the sources. Test files run in parallel, so one builds (a lock directory) while the
 * others wait, and nobody rebuilds a fresh bundle under another file's running CLI.
 */
export function buildCli(): void {
  if (bundleIsFresh()) return;
  const lock = path.join(REPO, 'dist/.cli-build-lock');
  mkdirSync(path.join(REPO, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes was left by a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (waited > 120_000 || Date.now() - since > 120_000)
        rmSync(lock, { recursive: true, force: true });
      else pause(200);
    }
  }
  try {
    if (!bundleIsFresh())
      execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, stdio: 'pipe' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI as a user runs it: `node bin/ramme.mjs …`, stdout/stderr not a terminal. */
export function ramme(args: string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/ramme.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'ramme-cli-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

type Value = string | number | Date | null;

/** Writes a one- or more-sheet workbook from rows of plain values. */
export async function writeXlsx(file: string, sheets: Record<string, Value[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

/** A small budget whose totals are right. */
export const CLEAN_BUDGET: Value[][] = [
  ['Budget 2025 for puljen'],
  [],
  ['Post', 'Beløb i kr.'],
  ['Løn', '500.000'],
  ['Husleje', '120.000'],
  ['I alt', '620.000'],
];

/** The same with a wrong total (620.000 stated, 630.000 computed). */
export const WRONG_BUDGET: Value[][] = [
  ['Budget 2025 for puljen'],
  [],
  ['Post', 'Beløb i kr.'],
  ['Løn', '500.000'],
  ['Husleje', '130.000'],
  ['I alt', '620.000'],
];

/** No stack trace: no 'at file:line' frames, no 'Error:' dumps. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+:\d+/.test(text) || /^\s*at /m.test(text) || /node:internal/.test(text);
}
