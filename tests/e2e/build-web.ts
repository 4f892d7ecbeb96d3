// Builds the add-in and the page once for every test that needs the production build (the e2e
// tests, tests/addin/build.test.ts, the pane bench): webpack in production mode into
// .tmp/e2e-dist (never dist/, which `npm run build` owns), under a lock, only when older than
// the sources; and the CLI.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildCli as buildCliOnce } from '../cli/helpers';

const run = promisify(execFile);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, '.tmp', 'e2e-dist');
const STAMP = path.join(WEB_DIST, '.built-from');

const SOURCES = [
  'addin',
  'core',
  'assets',
  'webpack.config.js',
  'manifest.xml',
  'package-lock.json',
];

function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

function sourceStamp(): string {
  return String(
    Math.max(
      ...SOURCES.map((s) => path.join(ROOT, s))
        .filter(existsSync)
        .map(newest),
    ),
  );
}

const LOCK = path.join(ROOT, '.tmp', 'e2e-dist.lock');

/** One build at a time: the unit and e2e projects start together and may both want it. */
async function locked<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      const since = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 600_000) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds .tmp/e2e-dist unless it was built from the sources as they are now. */
export async function buildWeb(log: (line: string) => void = () => {}): Promise<string> {
  return locked(() => buildWebNow(log));
}

async function buildWebNow(log: (line: string) => void): Promise<string> {
  const stamp = sourceStamp();
  const fresh =
    existsSync(path.join(WEB_DIST, 'index.html')) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === stamp;
  if (!fresh) {
    log('e2e: building the page (webpack --mode production) …');
    const cli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
    await run(process.execPath, [cli, '--mode', 'production', '--output-path', WEB_DIST], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(STAMP, stamp);
  }
  return WEB_DIST;
}

/**
 * The `ramme` CLI bundle the tests compare the page with: built as the CLI tests build it
 * (under their lock, only when older than the sources), so no run rebuilds it under another.
 */
export function buildCli(): string {
  buildCliOnce();
  return path.join(ROOT, 'bin', 'ramme.mjs');
}
