/**
 * The pane and the CLI give the same findings for the same workbook: each example workbook is
 * read with core/io (the CLI's reader), its cells are handed to the Excel adapter the way
 * Office.js returns them (serial dates, error strings, '' for empty, formulas with '='), and
 * checkWorkbook's reports from both grids are compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExcelHost } from '../../addin/excel';
import { checkWorkbook } from '../../core/check';
import type { Cell, Sheet, Workbook } from '../../core/grid';
import { readXlsx } from '../../core/io';
import { createExcelMock, type FakeSheet } from './excel-mock';

const EXAMPLES = path.resolve('examples');
const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** What Office.js reports as a cell's value. */
function officeValue(c: Cell | undefined): unknown {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const days = Math.round((v.getTime() - EPOCH) / DAY);
    return days < 61 ? days - 1 : days;
  }
  if (typeof v === 'object') return v.error;
  return v;
}

function officeSheet(s: Sheet): FakeSheet {
  const rows = Math.max(1, s.rowCount);
  const cols = Math.max(1, s.colCount);
  const grid = <T>(f: (c: Cell | undefined) => T) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => f(s.rows[r]?.[c])),
    );
  return {
    name: s.name,
    values: grid(officeValue),
    text: grid((c) => c?.text ?? (c ? String(officeValue(c)) : '')),
    numberFormat: grid((c) => c?.numFmt ?? 'General'),
    formulas: grid((c) => (c?.formula ? `=${c.formula}` : officeValue(c))),
    merges: s.merges,
    hidden: s.hidden,
  };
}

async function throughExcel(wb: Workbook): Promise<Workbook> {
  const excel = createExcelMock(wb.sheets.map(officeSheet), { name: wb.name, names: wb.names });
  return createExcelHost('da', excel.api).read('workbook');
}

const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));
const seen = { findings: 0, results: 0 };

describe('the pane and the CLI agree', () => {
  it('has example workbooks to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s: same tables, findings, indicators and status', async (file) => {
    const read = await readXlsx(readFileSync(path.join(EXAMPLES, file)), file);
    if (!read.ok) throw new Error(read.error.message.en);
    const cli = read.value;
    const pane = await throughExcel(cli);
    for (const lang of ['da', 'en'] as const) {
      const a = checkWorkbook(cli, { lang });
      const b = checkWorkbook(pane, { lang });
      expect(b).toEqual(a);
      expect(a.tables.length).toBeGreaterThan(0);
      seen.findings += a.findings.length;
      seen.results += a.indicators.length + a.status.length;
    }
    expect(pane.names).toEqual(cli.names);
  });

  it('compared real findings and results, not empty reports', () => {
    expect(seen.findings).toBeGreaterThan(0);
    expect(seen.results).toBeGreaterThan(0);
  });
});
