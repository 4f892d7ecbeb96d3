/**
 * Workbooks whose formulas are stored without a result (openpyxl writes none; XlsxWriter writes
 * 0 and has Excel recalculate on opening) give the findings of the same workbook as Excel or
 * LibreOffice saves it, results included: the sums are worked out (core/io/sum-results.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import type { FileReport } from '../../core/report';
import { SHARED } from '../shared-dir';

const WRITERS = path.join(SHARED, 'writers');
const FIXTURES = path.resolve(__dirname, '../fixtures/no-results');

async function check(file: string): Promise<FileReport> {
  const read = await readWorkbookBytes(readFileSync(file), path.basename(file));
  if (!read.ok) throw new Error(read.error.message.en);
  return checkWorkbook(read.value, { lang: 'da' });
}

const essence = (r: FileReport) => ({
  findings: r.findings.map((f) => [f.code, f.sheet, f.cell, f.message]),
  results: [r.capacity, r.funding, r.indicators, r.status],
});

/**
 * Findings of the re-save Ramme cannot give: LibreOffice's own error value for a formula whose
 * result the file does not store and which is no plain sum (a structured reference to a table
 * this variant leaves out).
 */
const NOT_WORKED_OUT: Record<string, string[]> = {
  'budget-features-utentabel': ['Puljer!B7'],
};

describe('openpyxl workbooks (no stored results) against their LibreOffice re-saves', () => {
  const dir = path.join(WRITERS, 'openpyxl');
  const pairs = (existsSync(dir) ? readdirSync(dir) : [])
    .map((f) => path.basename(f, '.xlsx'))
    .filter((b) => existsSync(path.join(WRITERS, 'libreoffice', `${b}-lo.xlsx`)));

  it('has pairs to compare', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pairs)('%s: the findings and results of its re-save', async (b) => {
    const mine = essence(await check(path.join(dir, `${b}.xlsx`)));
    const twin = essence(await check(path.join(WRITERS, 'libreoffice', `${b}-lo.xlsx`)));
    const skip = NOT_WORKED_OUT[b] ?? [];
    twin.findings = twin.findings.filter((f) => !skip.includes(`${f[1]}!${f[2]}`));
    expect(mine).toEqual(twin);
  });
});

describe('XlsxWriter workbooks (every result stored as 0, recalculated on opening)', () => {
  it('give the findings of the re-save LibreOffice recalculated, not totals of 0 kr.', async () => {
    // scripts/make-writer-corpus-xlsxwriter.py; its subtotals are SUM formulas stored as 0.
    const mine = await check(path.join(FIXTURES, 'xlsxwriter-sums.xlsx'));
    const twin = await check(path.join(FIXTURES, 'xlsxwriter-sums-lo.xlsx'));
    expect(essence(mine)).toEqual(essence(twin));
    expect(mine.findings.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([
      ['TOTAL_MISMATCH', 'B15', '1860750', '1870750'],
    ]);
  });
});
