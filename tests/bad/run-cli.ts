/** Runs the built `ramme` CLI as a child process, as a user's shell would. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/ramme.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Never rejects: a hang past `timeoutMs` is killed and reported as timedOut. */
export function runCli(args: string[], timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
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
      resolve({ code, signal, stdout, stderr, timedOut });
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
