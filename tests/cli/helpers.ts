import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOMAIN_EXAMPLES = '/work/shared/domain/examples';

/** vitest does not run `pretest`: bundle the CLI once per test file, as `npm test` would. */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: REPO, stdio: 'pipe' });
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
