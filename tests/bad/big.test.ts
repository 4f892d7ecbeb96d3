/**
 * A 50 MB workbook, generated at test time into tests/fixtures/bad/generated/ (git-ignored):
 * Ramme either checks it (the planted wrong total is found) or refuses it with a clear Danish
 * message about its size (exit 2). Never a crash, never past the time limit, input unchanged.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIG_FILE_BYTES, bigWorkbook, GENERATED_DIR } from './make-corpus';
import { ROOT, runCli, sha256 } from './run-cli';
import { expectWellBehaved } from './expect';

const BIG = path.join(GENERATED_DIR, 'big-50mb.xlsx');

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(BIG) || statSync(BIG).size < BIG_FILE_BYTES) await bigWorkbook(BIG);
}, 300_000);

describe('a 50 MB workbook', () => {
  it('is over 50 MB on disk', () => {
    expect(statSync(BIG).size).toBeGreaterThanOrEqual(BIG_FILE_BYTES);
  });

  it('is checked (the wrong total found) or refused for its size, within the limit', async () => {
    const before = sha256(BIG);
    const run = await runCli(['check', BIG, '--json'], 240_000);
    const report = expectWellBehaved(run);
    const file = report.files[0]!;
    if (run.code === 2) {
      expect(file.error).toMatch(/MB|for stor/);
    } else {
      expect(run.code).toBe(1);
      expect(file.findings.some((f) => f.code === 'TOTAL_MISMATCH' && f.cell === 'B7')).toBe(true);
    }
    expect(sha256(BIG)).toBe(before);
  }, 300_000);
});
