/**
 * The hostile .xlsx cases end in a few seconds (the corpus test allows two minutes): the
 * committed files are the ones the generator makes, and each run through the built CLI keeps
 * the corpus's invariants and expected outcome well inside the time limit.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectOutcome, expectWellBehaved } from './expect';
import { BAD_DIR } from './make-corpus';
import { ROOT, runCli } from './run-cli';
import { XLSX_HOSTILE_EXPECTED, XLSX_HOSTILE_FILES } from './xlsx-hostile';

const SECONDS = 15;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('hostile .xlsx files', () => {
  for (const [name, make] of Object.entries(XLSX_HOSTILE_FILES)) {
    it(`${name}: as generated, done within ${SECONDS} s`, async () => {
      const file = path.join(BAD_DIR, name);
      expect(new Uint8Array(readFileSync(file))).toEqual(make());
      const run = await runCli(['check', file, '--json'], SECONDS * 1000);
      const report = expectWellBehaved(run);
      expectOutcome(report.files[0]!, run, XLSX_HOSTILE_EXPECTED[name]!);
    });
  }
});
