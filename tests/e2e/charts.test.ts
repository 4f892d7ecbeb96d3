// The charts (issue 16) in a real browser, at the Excel pane's 320 px and a laptop's 1.366 px:
// the indicator chart on the barometer, the status bars on the quarterly status and plan against
// capacity on the 2009 work plan appear as an svg with their name, loaded in their own chunk
// after the pane; nothing overlaps, nothing scrolls sideways, and the axe scan stays clean.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overlappingText, sidewaysScroll } from './overlap';
import {
  EXAMPLES,
  disconnect,
  openPage,
  openWorkbook,
  pane,
  screenshot,
  seriousViolations,
  type Session,
  type Watch,
} from './session';
import type { StringKey } from '../../addin/taskpane/strings';

const WIDTHS = [320, 1366];

interface Case {
  workbook: string;
  tab: StringKey;
  run: StringKey;
  name: string;
  /** Something the chart must draw: a legend entry. */
  legend: string[];
}

const CASES: Case[] = [
  {
    workbook: 'barometer-2024.xlsx',
    tab: 'tabIndicators',
    run: 'computeIndicators',
    name: `${pane('chartIndicator')}: Andel 16-64-årige med ikke-vestlig baggrund i beskæftigelse`,
    legend: [
      pane('chartObserved'),
      pane('chartPace'),
      `${pane('target')} 65 %`,
      `${pane('targetYear')} 2026`,
    ],
  },
  {
    workbook: 'status-2024-q3.xlsx',
    tab: 'tabStatus',
    run: 'computeStatus',
    name: pane('chartStatus'),
    legend: [pane('result'), pane('forecast'), `${pane('target')} (100 %)`],
  },
  {
    workbook: 'arbejdsplan-2009.xlsx',
    tab: 'tabCheck',
    run: 'runCheck',
    name: pane('chartCapacity'),
    legend: [pane('chartPlan'), pane('chartCapacityBar')],
  },
];

describe.each(WIDTHS)('the charts at %i px', (width) => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it.each(CASES)('$workbook: the chart "$name"', async (c) => {
    const start = watch.requests.length;
    const session = await openPage(watch);
    sessions.push(session);
    const { page } = session;
    await page.setViewportSize({ width, height: 900 });
    const chunk = () => watch.requests.slice(start).some((u) => /charts\.[0-9a-f]+\.js$/.test(u));
    // The chart chunk is not part of the page's first download.
    expect(chunk()).toBe(false);
    await openWorkbook(page, path.join(EXAMPLES, c.workbook));
    await page.getByRole('tab', { name: pane(c.tab) }).click();
    const panel = page.getByRole('tabpanel');
    if (c.tab === 'tabCheck')
      await panel.getByRole('radio', { name: pane('scopeWorkbook') }).check();
    await panel.getByRole('button', { name: pane(c.run), exact: true }).click();
    const svg = panel.locator(`svg[aria-label="${c.name}"]`);
    await svg.waitFor();
    expect(chunk()).toBe(true);
    // Drawn: marks inside the plot, and every legend entry named.
    expect(await svg.locator('path, rect, circle').count()).toBeGreaterThan(2);
    const figure = panel.getByTestId('chart');
    for (const legend of c.legend)
      await figure.getByText(legend, { exact: true }).first().waitFor();
    // The text alternative the svg points at.
    const described = await svg.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described}"]`).textContent()).toMatch(/\S/);
    await page.waitForTimeout(300);
    const name = `chart-${width}-${c.workbook.replace(/\.xlsx$/, '')}`;
    await screenshot(page, name);
    const box = await svg.boundingBox();
    const paneBox = await page.getByTestId('pane').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.x + box!.width).toBeLessThanOrEqual(paneBox!.x + paneBox!.width + 1);
    expect(await overlappingText(page, '[data-testid=pane]')).toEqual([]);
    const scroll = await sidewaysScroll(page, '[data-testid=pane]');
    expect([scroll.element, scroll.page]).toEqual([0, 0]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('raised no page error', () => {
    expect(watch.errors).toEqual([]);
  });
});
