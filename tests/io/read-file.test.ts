import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt } from '../../core/grid';
import { readWorkbookBytes } from '../../core/io';
import { readWorkbookFile } from '../../core/io/node';
import { DOMAIN_EXAMPLES } from '../shared-dir';

const dir = mkdtempSync(join(tmpdir(), 'ramme-io-'));

describe('readWorkbookFile', () => {
  it('reads an .xlsx by its content', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Arbejdsplan 2009').getCell('A1').value = 'I alt';
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const res = await readWorkbookFile(path);
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(res.value.name).toBe('plan.xlsx');
      expect(res.value.sheets[0]!.name).toBe('Arbejdsplan 2009');
    }
  });

  it('reads an .xlsx that is really a CSV, in UTF-8 or Windows-1252', async () => {
    const path = join(dir, 'eksport.xlsx');
    writeFileSync(path, '\ufeffPost;Beløb\nLøn;1.184.500\n', 'utf8');
    const res = await readWorkbookFile(path);
    expect(res.ok && cellAt(res.value.sheets[0]!, 2, 2)!.value).toBe('1.184.500');
    const latin = new Uint8Array([0x42, 0x65, 0x6c, 0xf8, 0x62, 0x3b, 0x31, 0x0a]); // 'Beløb;1'
    const res2 = await readWorkbookBytes(latin, 'gammel.csv');
    expect(res2.ok && cellAt(res2.value.sheets[0]!, 1, 1)!.value).toBe('Beløb');
  });

  it("reads Excel's UTF-16 'Unicode text' export (tab-separated)", async () => {
    const text = '\ufeffPost\tBeløb i kr.\r\nLøn\t1.184.500\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const res = await readWorkbookBytes(le, 'eksport.txt');
    expect(res.ok).toBe(true);
    if (res.ok) {
      expect(cellAt(res.value.sheets[0]!, 1, 2)!.value).toBe('Beløb i kr.');
      expect(cellAt(res.value.sheets[0]!, 2, 2)!.value).toBe('1.184.500');
    }
  });

  it('refuses an HTML page saved as .xls', async () => {
    const res = await readWorkbookBytes(
      new TextEncoder().encode('<html><table><tr><td>1</td></tr></table></html>'),
      'rapport.xls',
    );
    expect(!res.ok && res.error.code).toBe('HTML_NOT_WORKBOOK');
  });

  it('reports a missing file and binary junk as failures', async () => {
    const missing = await readWorkbookFile(join(dir, 'findes-ikke.xlsx'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error.code).toBe('FILE_UNREADABLE');
      expect(missing.error.message.en).toContain('ENOENT');
    }
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, new Uint8Array([1, 0, 2, 0, 3]));
    const res = await readWorkbookFile(junk);
    expect(!res.ok && res.error.code).toBe('NOT_A_WORKBOOK');
    const empty = await readWorkbookBytes(new Uint8Array(0), 'tom.csv');
    expect(!empty.ok && empty.error.code).toBe('NOT_A_WORKBOOK');
  });

  it('reads the six domain example workbooks', async () => {
    const names = [
      'aftale-2024',
      'arbejdsplan-2024',
      'barometer-2022',
      'bruttokatalog-2019',
      'budget-2023',
      'status-2024-q2',
    ];
    for (const n of names) {
      const res = await readWorkbookFile(`${DOMAIN_EXAMPLES}/${n}.xlsx`);
      expect(res.ok, n).toBe(true);
    }
    const res = await readWorkbookFile(`${DOMAIN_EXAMPLES}/arbejdsplan-2024.xlsx`);
    if (!res.ok) return;
    const [plan, staff] = res.value.sheets;
    expect(cellAt(plan!, 4, 2)).toEqual({ value: 2.5 });
    expect(cellAt(plan!, 6, 2)).toEqual({ value: '1½', text: '1½' });
    expect((cellAt(staff!, 2, 2)!.value as Date).toISOString()).toBe('2019-08-01T00:00:00.000Z');
  });

  it("reads the project's own examples: merged titles, formulas with cached results, date headers", async () => {
    const examples = new URL('../../examples/', import.meta.url).pathname;
    const budget = await readWorkbookFile(`${examples}budget-2024.xlsx`);
    expect(budget.ok).toBe(true);
    if (!budget.ok) return;
    const [overview, followUp] = budget.value.sheets;
    expect(overview!.merges).toEqual(['A1:B1']);
    expect(cellAt(overview!, 16, 2)).toEqual({
      value: 260000,
      numFmt: '#,##0',
      formula: 'B13+B14+B15',
    });
    expect(cellAt(overview!, 5, 2)).toEqual({ value: '1.572.000', text: '1.572.000' });
    expect(cellAt(followUp!, 5, 3)).toEqual({ value: -300, numFmt: '#,##0' });
    const barometer = await readWorkbookFile(`${examples}barometer-2024.xlsx`);
    if (!barometer.ok) throw new Error(barometer.error.message.en);
    const header = cellAt(barometer.value.sheets[1]!, 3, 4)!;
    expect((header.value as Date).toISOString()).toBe('2012-11-01T00:00:00.000Z');
    expect(header.numFmt).toBe('mmmm yyyy');
    expect(cellAt(barometer.value.sheets[0]!, 4, 3)).toEqual({ value: 0.566, numFmt: '0.0%' });
  });
});
