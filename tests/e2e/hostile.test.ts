// Hostile cell text is shown as text: markup in cells, sheet names and messages never becomes
// elements, scripts never run (no dialog), and a 32.767-character cell is shown whole.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkWholeWorkbook,
  disconnect,
  foreignRequests,
  markAllFindings,
  markedFindings,
  openPage,
  openWorkbook,
  screenshot,
  web,
  type Session,
  type Watch,
} from './session';

const IMG = '<img src=x onerror=alert(1)>';
const SHEET = '"><svg onload=alert(2)>';
const LONG = `<script>alert(3)</script>${'Æ'.repeat(32_767 - 25)}`;

async function hostileWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['Budget <b>2024</b> (kr.)']);
  ws.addRow([]);
  ws.addRow(['Post', 'Beløb']);
  ws.addRow([IMG, 100]);
  ws.addRow(['<iframe src=javascript:alert(4)>', 200]);
  ws.addRow(['I alt', 400]);
  ws.addRow([]);
  ws.addRow([LONG]);
  await wb.xlsx.writeFile(file);
}

describe('hostile cell text', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  let session: Session;
  let tmp: string;
  let file: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-hostile-'));
    file = path.join(tmp, 'fjendtlig.xlsx');
    await hostileWorkbook(file);
    session = await openPage(watch);
  });

  afterAll(async () => {
    await session?.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows markup in cells and the sheet name as text', async () => {
    const { page } = session;
    await openWorkbook(page, file);
    const table = page.locator(`table[data-sheet=${JSON.stringify(SHEET)}]`);
    await table.waitFor();
    expect(await table.locator('td[data-cell="A4"]').textContent()).toBe(IMG);
    expect(await table.locator('caption').textContent()).toBe(SHEET);
    expect(await page.getByTestId('sheet-picker').inputValue()).toBe(SHEET);
  });

  it('shows a 32.767-character cell whole, as text', async () => {
    const { page } = session;
    const text = await page.locator('td[data-cell="A8"]').textContent();
    expect(text?.length).toBe(32_767);
    expect(text).toBe(LONG);
  });

  it('keeps it text through Tjek, marks and findings', async () => {
    const { page } = session;
    await checkWholeWorkbook(page);
    await markAllFindings(page);
    const marked = await markedFindings(page);
    expect(marked.map((f) => [f.sheet, f.cell, f.code])).toContainEqual([
      SHEET,
      'B6',
      'TOTAL_MISMATCH',
    ]);
    await screenshot(page, 'fjendtlig-tekst');
  });

  it('says in Danish when a file is not a workbook, and keeps the open one', async () => {
    const { page } = session;
    const broken = path.join(tmp, 'ikke-en-projektmappe.xlsx');
    writeFileSync(broken, Buffer.from('PK\u0003\u0004 dette er ikke en zip'));
    await page.getByLabel(web('open')).setInputFiles(broken);
    const problem = page.getByTestId('open-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('ikke-en-projektmappe.xlsx kan ikke læses');
    expect(await page.getByText('fjendtlig.xlsx', { exact: true }).isVisible()).toBe(true);
  });

  it('created no element from cell text and ran no script', async () => {
    const { page } = session;
    const counts = await page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      iframe: document.querySelectorAll('iframe').length,
      script: [...document.scripts].filter((s) => !s.src).length,
      handlers: document.querySelectorAll('[onerror],[onload]').length,
      bold: document.querySelectorAll('td b').length,
    }));
    expect(counts).toEqual({ img: 0, iframe: 0, script: 0, handlers: 0, bold: 0 });
    expect(watch.dialogs).toEqual([]);
    expect(foreignRequests(watch, session.origin)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
