// Planning on the web page: the catalogue within 15 mio. kr. (selection shown, written beside
// the table, downloaded), and the 2009 work plan's capacity proposal (applied, downloaded, read
// back with ExcelJS: the new values add up exactly to the proposal's total).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  disconnect,
  openPage,
  openWorkbook,
  pane,
  screenshot,
  seriousViolations,
  web,
  type Session,
  type Watch,
} from './session';
import { loadXlsx } from './workbook-compare';

describe('planning on the web page', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-planning-'));
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  const download = async (s: Session): Promise<string> => {
    const button = s.page.getByRole('button', { name: new RegExp(web('downloadValues')) });
    const [file] = await Promise.all([s.page.waitForEvent('download'), button.click()]);
    const saved = path.join(tmp, file.suggestedFilename());
    await file.saveAs(saved);
    return saved;
  };

  it('Katalog: 15 mio. kr. on the 2019 catalogue, the selection downloaded', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const { page } = s;
    await openWorkbook(page, path.join(EXAMPLES, 'bruttokatalog-2019.xlsx'));
    await page.getByRole('tab', { name: pane('tabCatalogue') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('findCatalogue') }).click();
    await panel.getByRole('textbox', { name: new RegExp(pane('frame')) }).fill('15');
    await panel.getByRole('button', { name: pane('pick') }).click();
    const chosen = panel.getByRole('table', { name: pane('chosen'), exact: true });
    await chosen.waitFor();
    expect(await chosen.getByRole('row').count()).toBe(10);
    expect(await panel.getByTestId('katalog-total').textContent()).toBe(
      'I alt valgt 14,955 mio. kr.; 0,045 mio. kr. tilbage',
    );
    await screenshot(page, 'katalog');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: pane('writeSelection') }).click();
    await panel.getByText(pane('written'), { exact: false }).waitFor();

    const wb = await loadXlsx(readFileSync(await download(s)));
    const ws = wb.getWorksheet('Bruttokatalog 2019')!;
    expect(ws.getCell('I3').value).toBe('Valgt inden for 15 mio. kr.');
    const picked = [];
    for (let r = 4; r <= 33; r++) if (ws.getCell(r, 9).value === 1) picked.push(r);
    expect(picked).toEqual([4, 8, 9, 10, 13, 16, 17, 20, 29]);
    // The chosen needs add up to 14,955 exactly (G holds '4,4' text and '55.000 kr.').
    const sum = picked.reduce((acc, r) => {
      const v = String(ws.getCell(r, 7).value);
      const n = v.endsWith('kr.')
        ? new Decimal(v.replace(/[^\d]/g, '')).div(1_000_000)
        : new Decimal(v.replace(',', '.'));
      return acc.plus(n);
    }, new Decimal(0));
    expect(sum.toString()).toBe('14.955');
    expect(watch.errors).toEqual([]);
  });

  it('Tjek: the 2009 plan’s capacity proposal applied, downloaded, adding up exactly', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const { page } = s;
    await openWorkbook(page, path.join(EXAMPLES, 'arbejdsplan-2009.xlsx'));
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('radio', { name: pane('scopeWorkbook') }).check();
    await panel.getByRole('button', { name: pane('runCheck'), exact: true }).click();
    const table = panel.getByRole('table', { name: `${pane('proposalTitle')} (Arbejdsplan 2009)` });
    await table.waitFor();
    await screenshot(page, 'kapacitetsforslag');
    expect(await seriousViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: pane('applyProposal') }).click();
    await panel.getByText(`5 ${pane('written')}`).waitFor();

    const wb = await loadXlsx(readFileSync(await download(s)));
    const ws = wb.getWorksheet('Arbejdsplan 2009')!;
    const lines = ['B5', 'B7', 'B8', 'B9'].map((c) => ws.getCell(c).value);
    for (const v of lines) expect(typeof v).toBe('number');
    expect(lines).toEqual([1.75, 1, 0.5, 1.5]);
    const sum = lines.reduce((acc: Decimal, v) => acc.plus(String(v)), new Decimal(0));
    expect(sum.toString()).toBe('4.75');
    // The heraf part scaled with its line and inside it.
    expect(ws.getCell('B6').value).toBe(1);
    expect(watch.errors).toEqual([]);
  });
});
