// The other views in a real browser: the start page, Indikatorer (and its results on the
// Ramme sheet), Status, Indstillinger (English). Each one screenshot and one axe scan.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../addin/taskpane/strings';
import { webText } from '../../addin/web/strings';
import {
  EXAMPLES,
  disconnect,
  foreignRequests,
  openPage,
  openWorkbook,
  pane,
  screenshot,
  seriousViolations,
  web,
  type Session,
  type Watch,
} from './session';

describe('the views on the web page', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];
  const open = async () => {
    const s = await openPage(watch);
    sessions.push(s);
    return s.page;
  };

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it('the start page: "Åbn projektmappe", in Danish, accessible', async () => {
    const page = await open();
    const input = page.getByLabel(web('open'));
    expect(await input.getAttribute('type')).toBe('file');
    expect(await input.isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.getByText(web('tagline')).waitFor();
    await screenshot(page, 'start');
    expect(await seriousViolations(page)).toEqual([]);
    // The header switches to English and back; the choice is the pane's saved setting.
    await page.getByRole('button', { name: web('language') }).click();
    await page.getByLabel(webText('en', 'open')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: webText('en', 'language') }).click();
    await page.getByLabel(web('open')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  });

  it('Indikatorer on barometer-2024.xlsx, and the results written to a Ramme sheet', async () => {
    const page = await open();
    await openWorkbook(page, path.join(EXAMPLES, 'barometer-2024.xlsx'));
    await page.getByRole('tab', { name: pane('tabIndicators') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('computeIndicators') }).click();
    const table = panel.getByRole('table', { name: pane('tabIndicators') });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(6);
    await screenshot(page, 'indikatorer');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: pane('writeSheet') }).click();
    await panel.getByText(pane('sheetWritten')).waitFor();
    await page.getByTestId('sheet-picker').selectOption('Ramme');
    await page.locator('table[data-sheet="Ramme"]').waitFor();
    await screenshot(page, 'indikatorer-ramme-ark');
  });

  it('Status on status-2024-q3.xlsx', async () => {
    const page = await open();
    await openWorkbook(page, path.join(EXAMPLES, 'status-2024-q3.xlsx'));
    await page.getByRole('tab', { name: pane('tabStatus') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('computeStatus') }).click();
    const table = panel.getByRole('table', { name: pane('tabStatus') });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(7);
    await screenshot(page, 'status');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('Indstillinger: English is one option away, for the pane and the page', async () => {
    const page = await open();
    await openWorkbook(page, path.join(EXAMPLES, 'budget-2024.xlsx'));
    await page.getByRole('tab', { name: pane('tabSettings') }).click();
    await screenshot(page, 'indstillinger');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: pane('english') }).check();
    await page.getByRole('tab', { name: translate('en', 'tabSettings') }).waitFor();
    await page.getByLabel(webText('en', 'open')).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await screenshot(page, 'settings-english');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a .csv dropped on the page (drag and drop)', async () => {
    const page = await open();
    const csv = 'Post;Beløb\nLøn;1.200.000\nHusleje;300.000\nI alt;1.600.000\n';
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'tilskud.csv', { type: 'text/csv' }));
      return dt;
    }, csv);
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('tilskud.csv', { exact: true }).waitFor();
    expect(await page.locator('td[data-cell="B2"]').textContent()).toBe('1.200.000');
    expect(await page.title()).toBe('tilskud.csv – Ramme');
    await page.getByRole('tab', { name: pane('tabCheck') }).waitFor();
  });

  it('made no request outside its own origin, raised no dialog and no page error', () => {
    for (const s of sessions) expect(foreignRequests(watch, s.origin)).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
