// Keyboard-only Tjek and Fordel on the 2009 work plan, then the workbook with the new values:
// read back with ExcelJS in Node, the written person-years add up exactly to the total.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseFileByKeyboard, named, tabTo } from './keyboard';
import {
  EXAMPLES,
  disconnect,
  foreignRequests,
  markedFindings,
  openPage,
  pane,
  screenshot,
  seriousViolations,
  web,
  type Session,
  type Watch,
} from './session';
import { loadXlsx } from './workbook-compare';

const PLAN = path.join(EXAMPLES, 'arbejdsplan-2009.xlsx');
const SHEET = 'Arbejdsplan 2009';
const TOTAL = '4,83';
const STEP = '0,01';

describe('keyboard-only Tjek and Fordel on arbejdsplan-2009.xlsx', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  let session: Session;
  let tmp: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-fordel-'));
    session = await openPage(watch);
  });

  afterAll(async () => {
    await session?.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('opens the workbook from the keyboard (the "Åbn projektmappe" button)', async () => {
    const { page } = session;
    await page.bringToFront();
    await tabTo(page, named(web('open'), 'button'));
    const chooser = await chooseFileByKeyboard(page);
    await chooser.setFiles(PLAN);
    await page.getByText('arbejdsplan-2009.xlsx', { exact: true }).waitFor();
    await page.getByRole('tab', { name: pane('tabCheck') }).waitFor();
  });

  it('Tjek: whole workbook, mark, go to the finding, all from the keyboard', async () => {
    const { page } = session;
    await tabTo(page, (f) => f.type === 'radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: pane('scopeWorkbook') }).isChecked()).toBe(true);
    await tabTo(page, named(pane('runCheck'), 'button'));
    await page.keyboard.press('Enter');
    await page.getByText(`${pane('tablesFound')}:`).waitFor();
    await tabTo(page, named(pane('markCells'), 'button'));
    await page.keyboard.press('Space');
    await page.locator('[data-testid=marked-findings] > li').first().waitFor();
    const marked = await markedFindings(page);
    expect(marked.map((f) => [f.sheet, f.cell, f.code])).toEqual([
      [SHEET, 'B10', 'CAPACITY_EXCEEDED'],
    ]);
    await tabTo(page, (f) => f.name === `${pane('goToCell')} ${SHEET}!B10`);
    await page.keyboard.press('Enter');
    await page.locator(`td[data-cell="B10"][data-focus="true"]`).waitFor();
  });

  it('Fordel: find the plan, type total and step, preview and write, all from the keyboard', async () => {
    const { page } = session;
    await tabTo(page, (f) => f.role === 'tab', { back: true });
    // Arrow keys move along the tabs; Enter opens the one with focus.
    for (let i = 0; i < 5; i++) {
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      if (id === 'ramme-tab-allocate') break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: pane('readTables') }).waitFor();
    await tabTo(page, named(pane('readTables'), 'button'));
    await page.keyboard.press('Enter');
    await page.getByLabel(pane('total')).waitFor();
    const table = await page.getByLabel(pane('table')).inputValue();
    const tableName = await page
      .getByLabel(pane('table'))
      .locator(`option[value="${table}"]`)
      .textContent();
    expect(tableName).toContain(`${SHEET}!A4:B10`);

    await tabTo(page, named(pane('total'), 'input'));
    await page.keyboard.type(TOTAL);
    await tabTo(page, named(pane('step'), 'input'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(STEP);
    await tabTo(page, named(pane('preview'), 'button'));
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: pane('preview') }).waitFor();
    await screenshot(page, 'fordel-preview');
    expect(await seriousViolations(page)).toEqual([]);

    await tabTo(page, named(pane('apply'), 'button'));
    await page.keyboard.press('Enter');
    await page.getByText(pane('written'), { exact: false }).waitFor();
    await page.getByRole('button', { name: new RegExp(web('downloadValues')) }).waitFor();
    await screenshot(page, 'fordel-written');
  });

  it('Hent resultat: the downloaded workbook holds the new values, adding up exactly', async () => {
    const { page } = session;
    await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith(web('downloadValues')));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const saved = path.join(tmp, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('arbejdsplan-2009-nye-vaerdier.xlsx');

    const after = await loadXlsx(readFileSync(saved));
    const before = await loadXlsx(readFileSync(PLAN));
    const ws = after.getWorksheet(SHEET)!;
    const parts = ['B5', 'B7', 'B8', 'B9'].map((c) => ws.getCell(c).value);
    for (const v of parts) expect(typeof v).toBe('number');
    const sum = parts.reduce((s: Decimal, v) => s.plus(new Decimal(String(v))), new Decimal(0));
    const total = new Decimal(TOTAL.replace(',', '.'));
    expect(sum.equals(total)).toBe(true);
    expect(ws.getCell('B10').value).toBe(4.83);
    // The heraf line is part of line 1, not a line of its own: untouched.
    expect(ws.getCell('B6').value).toBe('1');
    // Everything else is as it was: other sheets, labels, formulas.
    for (const other of before.worksheets) {
      const copy = after.getWorksheet(other.name)!;
      other.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          if (other.name === SHEET && c === 2 && r >= 5 && r <= 10) return;
          expect([other.name, cell.address, copy.getCell(r, c).value]).toEqual([
            other.name,
            cell.address,
            cell.value,
          ]);
        }),
      );
    }
  });

  it('Fortryd from the keyboard restores the sheet', async () => {
    const { page } = session;
    await tabTo(page, named(pane('undo'), 'button'), { back: true });
    await page.keyboard.press('Enter');
    await page.getByText(pane('undone')).waitFor();
    await page.getByRole('tab', { name: pane('tabAllocate') }).waitFor();
    const b8 = page.locator(`table[data-sheet="${SHEET}"] td[data-cell="B8"]`);
    await page.waitForFunction(
      () => document.querySelector('td[data-cell="B8"]')?.textContent === '½',
    );
    expect(await b8.textContent()).toBe('½');
    expect(
      await page.getByRole('button', { name: new RegExp(web('downloadValues')) }).isDisabled(),
    ).toBe(true);
  });

  it('made no request outside its own origin, raised no dialog and no page error', () => {
    expect(foreignRequests(watch, session.origin)).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
