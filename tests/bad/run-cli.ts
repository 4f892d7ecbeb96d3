/** Runs the built `ramme` CLI as a child process, as a user's shell would. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/ramme.mjs', import.meta.url));
// Writes the run's peak memory as it ends (peak-rss.mjs); the CLI itself is run unchanged.
const PEAK = new URL('./peak-rss.mjs', import.meta.url).href;

/**
 * The most memory a hostile file's check may take, whatever the file declares: the largest,
 * a 150 MB CSV of one line, peaks at about 355 MB (read whole before its first line is
 * refused); every other file under 240 MB. Before the limits, such files took gigabytes.
 */
export const HOSTILE_PEAK_BYTES = 512 * 1024 * 1024;

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The process's peak resident memory in bytes (its maxRSS), when it ended by itself. */
  peakBytes?: number;
}

/** Never rejects: a hang past `timeoutMs` is killed and reported as timedOut. */
export function runCli(args: string[], timeoutMs = 120_000): Promise<CliRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ramme-peak-'));
  const peakFile = path.join(dir, 'peak');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', PEAK, BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', RAMME_TEST_PEAK_FILE: peakFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let peakBytes: number | undefined;
      try {
        peakBytes = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // Killed, or ended by a crash before its exit handlers: no figure.
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr, timedOut, ...(peakBytes && { peakBytes }) });
    });
  });
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A Node stack frame ('    at main (file.js:1:2)') or an uncaught error's banner. */
export const STACK_TRACE =
  /^\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$|^\w*Error: |node:internal|triggerUncaughtException/m;

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** The `ramme check --json` schema, compiled once. */
export function reportValidator(): ReturnType<Ajv2020['compile']> {
  if (!validator) {
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/check-report.schema.json', import.meta.url), 'utf8'),
    ) as object;
    validator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}
