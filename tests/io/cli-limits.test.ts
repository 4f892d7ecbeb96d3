/**
 * `ramme check` on a workbook past the read limits, through the built CLI as a user runs it:
 * exit 2, the Danish message (English with --lang en) on stderr and as the JSON report's
 * error, no stack trace; --max-cells moves the cell limit. The big workbook is a few MB that
 * declares a 900 MB sheet, so nothing big is written.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../core/report';
import { reportValidator, runCli, STACK_TRACE } from '../bad/run-cli';
import { buildCli, CLEAN_BUDGET, tempDir, writeXlsx } from '../cli/helpers';
import { minimalXlsx, noise } from './zip-builder';

const dir = tempDir('ramme-limits-');
const BIG = path.join(dir, 'stor.xlsx');
const CLEAN = path.join(dir, 'budget.xlsx');
const DA =
  "stor.xlsx er for stor til at blive tjekket: arket 'Budget 2024' fylder 900 MB udpakket (grænsen er 300 MB). Del projektmappen op i mindre filer, eller slet tomme rækker og kolonner, der har formatering.";
const EN =
  "stor.xlsx is too large to check: the sheet 'Budget 2024' is 900 MB unpacked (the limit is 300 MB). Split the workbook into smaller files, or delete empty rows and columns that carry formatting.";

beforeAll(async () => {
  buildCli();
  const big = minimalXlsx([
    { name: 'Budget 2024', rows: '', raw: noise(2_000_000), part: { declaredSize: 900_000_000 } },
  ]);
  writeFileSync(BIG, big);
  await writeXlsx(CLEAN, { 'Budget 2025': CLEAN_BUDGET });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function noStackTrace(run: { stdout: string; stderr: string }): void {
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(STACK_TRACE);
}

describe('ramme check on a workbook past the limits', () => {
  it('exits 2 with the Danish message naming the file, the sheet and the limit', async () => {
    const run = await runCli(['check', BIG]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ramme: ${DA}`);
    noStackTrace(run);
  });

  it('says it in English with --lang en', async () => {
    const run = await runCli(['check', BIG, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`ramme: ${EN}`);
    noStackTrace(run);
  });

  it('puts the message in the JSON report, valid against the schema', async () => {
    const run = await runCli(['check', BIG, '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as CheckReport;
    expect(reportValidator()(report)).toBe(true);
    expect(report.files.map((f) => f.error)).toEqual([DA]);
    noStackTrace(run);
  });

  it('still checks the other files of a folder', async () => {
    const run = await runCli(['check', dir, '--json']);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as CheckReport;
    const byName = new Map(report.files.map((f) => [path.basename(f.file), f]));
    expect(byName.get('stor.xlsx')?.error).toBe(DA);
    expect(byName.get('budget.xlsx')?.error).toBeUndefined();
    expect(byName.get('budget.xlsx')?.tables.length).toBeGreaterThan(0);
  });
});

describe('ramme check --max-cells', () => {
  // The clean budget has 9 cells: a title, a header of two and three rows of two.
  it('refuses a workbook over a lowered limit', async () => {
    const run = await runCli(['check', CLEAN, '--max-cells', '8']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "ramme: budget.xlsx er for stor til at blive tjekket: den har 9 celler (grænsen er 8), alle i arket 'Budget 2025'.",
    );
    noStackTrace(run);
  });

  const accepted = ['9', '2.500.000', '2,500,000', '2_500_000'];
  for (const value of accepted) {
    it(`checks it with --max-cells ${value}`, async () => {
      const run = await runCli(['check', CLEAN, `--max-cells=${value}`]);
      expect(run.code).toBe(0);
    });
  }

  for (const value of ['0', 'mange', '-5', '1,5e6']) {
    it(`calls --max-cells ${value} a usage error`, async () => {
      const run = await runCli(['check', CLEAN, `--max-cells=${value}`]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `--max-cells skal være et helt antal celler over 0, ikke "${value}"`,
      );
      noStackTrace(run);
    });
  }

  it('is in the help, in both languages', async () => {
    const da = await runCli(['help']);
    const en = await runCli(['help', '--lang', 'en']);
    expect(da.stdout).toContain(
      '--max-cells N      læs projektmapper med op til N celler (standard: hvad Nodes hukommelse',
    );
    expect(en.stdout).toContain(
      "--max-cells N      read workbooks of up to N cells (default: what Node's memory holds, at",
    );
  });
});
