/**
 * The hostile .xlsx cases: the committed files are the ones the generator makes, and each run
 * through the built CLI keeps the corpus's invariants and its expected outcome. That each ends
 * in a few seconds is measured by `npm run bench -- files`; a run still going after two minutes
 * is killed as a hang.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectBounded, expectOutcome, expectWellBehaved } from './expect';
import { BAD_DIR } from './make-corpus';
import { ROOT, runCli } from './run-cli';
import { XLSX_HOSTILE_EXPECTED, XLSX_HOSTILE_FILES } from './xlsx-hostile';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

describe('hostile .xlsx files', () => {
  for (const [name, make] of Object.entries(XLSX_HOSTILE_FILES)) {
    it(`${name}: as generated, its expected outcome`, async () => {
      const file = path.join(BAD_DIR, name);
      expect(new Uint8Array(readFileSync(file))).toEqual(make());
      const run = await runCli(['check', file, '--json']);
      const report = expectWellBehaved(run);
      expectBounded(run);
      expectOutcome(report.files[0]!, run, XLSX_HOSTILE_EXPECTED[name]!);
    });
  }
});
