// "Indsæt diagram" on the web page in Chromium: Status and Indikatorer each insert a chart,
// and the downloaded workbook with new values carries both as native chart parts reading the
// cells of their own new sheets.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLES,
  disconnect,
  openPage,
  openWorkbook,
  pane,
  web,
  type Session,
  type Watch,
} from './session';

describe('native charts in the web page download', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-chart-'));
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('Status: the chart is inserted and the download has xl/charts/chart1.xml', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const { page } = s;
    await openWorkbook(page, path.join(EXAMPLES, 'status-2024-q3.xlsx'));
    await page.getByRole('tab', { name: pane('tabStatus') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('computeStatus') }).click();
    await panel.getByRole('table', { name: pane('tabStatus') }).waitFor();
    await panel.getByRole('button', { name: pane('insertChart') }).click();
    await panel.getByText(`${pane('chartInserted')} «${pane('chartSheet')}».`).waitFor();

    const button = page.getByRole('button', { name: new RegExp(web('downloadValues')) });
    expect(await button.textContent()).toContain(pane('chartSheet'));
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const saved = path.join(tmp, file.suggestedFilename());
    await file.saveAs(saved);
    const entries = unzipSync(new Uint8Array(readFileSync(saved)));
    const charts = Object.keys(entries).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toEqual(['xl/charts/chart1.xml']);
    const xml = new TextDecoder().decode(entries['xl/charts/chart1.xml']);
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain(`<c:f>'${pane('chartSheet')}'!$B$4:`);
    expect(Object.keys(entries)).toContain('xl/drawings/drawing1.xml');
    expect(watch.errors).toEqual([]);
  });

  it('Indikatorer: the chosen indicator as a line chart in the download', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const { page } = s;
    await openWorkbook(page, path.join(EXAMPLES, 'barometer-2024.xlsx'));
    await page.getByRole('tab', { name: pane('tabIndicators') }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('computeIndicators') }).click();
    await panel.getByRole('table', { name: pane('tabIndicators') }).waitFor();
    await panel.getByRole('button', { name: pane('insertChart') }).click();
    await panel.getByText(`${pane('chartInserted')} «${pane('chartSheet')}».`).waitFor();
    const button = page.getByRole('button', { name: new RegExp(web('downloadValues')) });
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const saved = path.join(tmp, `indikator-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    const entries = unzipSync(new Uint8Array(readFileSync(saved)));
    const xml = new TextDecoder().decode(entries['xl/charts/chart1.xml']);
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toMatch(/<c:numCache>.*<c:pt idx="0"><c:v>\d/);
    expect(watch.errors).toEqual([]);
  });
});
