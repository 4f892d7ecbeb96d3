// The page and its pane at 320 px (the Excel pane's width) and 1.366 px (a laptop screen), for
// every view on every example workbook: no text box overlapping another, no sideways scrolling,
// a screenshot of each; and the axe scan clean at both widths.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { StringKey } from '../../addin/taskpane/strings';
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

const WORKBOOKS = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const WIDTHS = [320, 1366];

/** Each view, and the button that fills it (Indstillinger has none); Katalog also gets a frame. */
const VIEWS: Array<{ tab: StringKey; run?: StringKey }> = [
  { tab: 'tabCheck', run: 'runCheck' },
  { tab: 'tabAllocate', run: 'readTables' },
  { tab: 'tabCatalogue', run: 'findCatalogue' },
  { tab: 'tabIndicators', run: 'computeIndicators' },
  { tab: 'tabStatus', run: 'computeStatus' },
  { tab: 'tabSettings' },
];

/** On a workbook with a catalogue: a 15 mio. kr. frame chosen, so its three tables show. */
async function pickFromCatalogue(page: Page): Promise<void> {
  const panel = page.getByRole('tabpanel');
  const frame = panel.getByRole('textbox', { name: new RegExp(pane('frame')) });
  if ((await frame.count()) === 0) return;
  await frame.fill('15');
  await panel.getByRole('button', { name: pane('pick'), exact: true }).click();
  await panel.getByRole('table', { name: pane('chosen'), exact: true }).waitFor();
}

describe.each(WIDTHS)('the page at %i px', (width) => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it.each(WORKBOOKS)(
    '%s: every view without overlapping text or sideways scrolling',
    async (workbook) => {
      const session = await openPage(watch);
      sessions.push(session);
      const { page } = session;
      await page.setViewportSize({ width, height: 900 });
      await openWorkbook(page, path.join(EXAMPLES, workbook));
      const panel = page.getByRole('tabpanel');
      const problems: string[] = [];
      for (const view of VIEWS) {
        await page.getByRole('tab', { name: pane(view.tab) }).click();
        if (view.tab === 'tabCheck')
          await panel.getByRole('radio', { name: pane('scopeWorkbook') }).check();
        if (view.run) {
          await panel.getByRole('button', { name: pane(view.run), exact: true }).click();
          await page.waitForFunction(
            () => !document.querySelector('[role=tabpanel] [role=status] .fui-Spinner'),
          );
          await page.waitForTimeout(300);
        }
        if (view.tab === 'tabCatalogue') await pickFromCatalogue(page);
        const name = `layout-${width}-${workbook.replace(/\.xlsx$/, '')}-${view.tab}`;
        await screenshot(page, name);
        for (const o of await overlappingText(page, '[data-testid=pane], header'))
          problems.push(`${name}: "${o.a}" over "${o.b}"`);
        const scroll = await sidewaysScroll(page, '[data-testid=pane]');
        if (scroll.element > 0 || scroll.page > 0)
          problems.push(
            `${name}: scrolls sideways (pane ${scroll.element} px, page ${scroll.page} px)`,
          );
      }
      expect(problems).toEqual([]);
    },
  );

  it('the axe scan is clean on the checked barometer', async () => {
    const session = await openPage(watch);
    sessions.push(session);
    const { page } = session;
    await page.setViewportSize({ width, height: 900 });
    await openWorkbook(page, path.join(EXAMPLES, 'barometer-2024.xlsx'));
    await page.getByRole('tab', { name: pane('tabIndicators') }).click();
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: pane('computeIndicators') })
      .click();
    await page
      .getByRole('tabpanel')
      .getByRole('table', { name: pane('tabIndicators') })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
