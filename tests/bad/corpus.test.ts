/**
 * Every file of the hostile/broken corpus through the built CLI (`ramme check <file> --json`):
 * its expected outcome, a clear Danish message or findings, exit 2 only where the file cannot
 * be read, no crash, no stack trace, JSON valid against the schema, and the input unchanged
 * (SHA-256 before and after). The 50 MB workbook is generated at test time into
 * tests/fixtures/bad/generated/ (git-ignored): Ramme either checks it (the planted wrong total
 * is found) or refuses it with a clear Danish message about its size. Each file's run peaks
 * under HOSTILE_PEAK_BYTES of memory, whatever the file declares. A run still going after two
 * minutes is killed as a hang; how long each file takes is measured by `npm run bench --
 * files`, never asserted here.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_DIR,
  BIG_FILE_BYTES,
  bigWorkbook,
  GENERATED_DIR,
  GENERATED_FILES,
} from './make-corpus';
import {
  corpusFiles,
  expectBounded,
  EXPECTED,
  expectOutcome,
  expectWellBehaved,
  GENERATED_EXPECTED,
} from './expect';
import { ROOT, runCli, sha256, STACK_TRACE } from './run-cli';

const BIG = path.join(GENERATED_DIR, 'big-50mb.xlsx');

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(BIG) || statSync(BIG).size < BIG_FILE_BYTES) await bigWorkbook(BIG);
}, 300_000);

describe('the bad-input corpus', () => {
  it('has an expected outcome for every file, and a file for every expected outcome', () => {
    expect(corpusFiles().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exit ${expected.exit.join(' or ')}, never a crash, input unchanged`, async () => {
      const file = path.join(BAD_DIR, name);
      const before = sha256(file);
      const run = await runCli(['check', file, '--json']);
      const report = expectWellBehaved(run);
      expectBounded(run);
      expect(report.files).toHaveLength(1);
      expectOutcome(report.files[0]!, run, expected);
      expect(sha256(file)).toBe(before);
    });
  }

  it('prints no terminal escapes or markup from cells in the human report', async () => {
    const file = path.join(BAD_DIR, 'html-and-formulas-in-text.xlsx');
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
    // ESC and BEL from a cell would recolour or retitle the user's terminal.
    expect(['\u001b', '\u0007'].filter((c) => run.stdout.includes(c))).toEqual([]);
  });

  it('checks a whole folder of bad files without stopping at the first, exit 2', async () => {
    // A copy: the corpus folder also holds generated/ with the big files.
    const dir = mkdtempSync(path.join(tmpdir(), 'ramme-bad-'));
    try {
      for (const f of corpusFiles()) copyFileSync(path.join(BAD_DIR, f), path.join(dir, f));
      const hashes = new Map(corpusFiles().map((f) => [f, sha256(path.join(dir, f))]));
      const run = await runCli(['check', dir, '--json'], 300_000);
      const report = expectWellBehaved(run);
      expect(run.code).toBe(2);
      const names = report.files.map((f) => path.basename(f.file)).sort();
      expect(names).toEqual([...hashes.keys()].sort());
      for (const [f, hash] of hashes) expect(sha256(path.join(dir, f))).toBe(hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a 50 MB workbook', () => {
  it('is over 50 MB on disk', () => {
    expect(statSync(BIG).size).toBeGreaterThanOrEqual(BIG_FILE_BYTES);
  });

  it('is checked (the wrong total found) or refused for its size, within the limit', async () => {
    const before = sha256(BIG);
    const run = await runCli(['check', BIG, '--json'], 240_000);
    const report = expectWellBehaved(run);
    expectBounded(run);
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

describe('hostile files made at test time', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ramme-hostile-'));

  beforeAll(async () => {
    for (const [name, make] of Object.entries(GENERATED_FILES)) await make(path.join(dir, name));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has an expected outcome for every file', () => {
    expect(Object.keys(GENERATED_FILES).sort()).toEqual(Object.keys(GENERATED_EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(GENERATED_EXPECTED)) {
    it(`${JSON.stringify(name)}: exit ${expected.exit.join(' or ')}`, async () => {
      const run = await runCli(['check', path.join(dir, name), '--json']);
      const report = expectWellBehaved(run);
      expectBounded(run);
      expectOutcome(report.files[0]!, run, expected);
    });
  }

  it('the human report of the whole folder: no raw control character, no forged line', async () => {
    const run = await runCli(['check', dir], 90_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    const all = run.stdout + run.stderr;
    expect(['\u001b', '\u0007'].filter((c) => all.includes(c))).toEqual([]);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('FEJL  forfalsket'))).toEqual([]);
    expect(run.stdout).toContain('newline-\\nFEJL  forfalsket!A1.csv');
    expect(run.stdout).toContain('escape-\\x1b[31m-bell-\\x07-name.csv');
  }, 120_000);
});
