// Every view of the pane on every example workbook at 320 px (the Excel pane) and 1.366 px (a
// laptop), with the keyboard only: the view's tab reached with Tab and the arrows and opened
// with Enter or Space, its main action run with Enter or Space (Fordel also previews a total,
// Katalog picks within a frame), then a Tab walk through the
// view: every control reached in turn, each showing that it has focus and scrolled into sight,
// no results cut off where no key reaches them, focus leaving the pane again (no trap); and the
// axe scan clean after the action (the pane after each, the whole page at the end). One page
// per workbook and width, and one in English.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ViewId } from '../../addin/taskpane/App';
import { translate, type StringKey } from '../../addin/taskpane/strings';
import { walkOut } from './focus-walk';
import { focused, named, tabTo } from './keyboard';
import {
  EXAMPLES,
  connect,
  disconnect,
  openPage,
  openWorkbook,
  pane,
  seriousViolations,
  web,
  type Session,
  type Watch,
} from './session';

const WORKBOOKS = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();
const WIDTHS = [320, 1366];
const PANE = '[data-testid=pane]';

type Key = 'Enter' | 'Space';
/** The pane's words in the language the page is in. */
type Words = (key: StringKey) => string;

/** The views in the tab order, the button that fills each, and the key that presses it. */
const VIEWS: Array<{ id: ViewId; tab: StringKey; run?: StringKey; key: Key }> = [
  { id: 'check', tab: 'tabCheck', run: 'runCheck', key: 'Enter' },
  { id: 'allocate', tab: 'tabAllocate', run: 'readTables', key: 'Space' },
  { id: 'catalogue', tab: 'tabCatalogue', run: 'findCatalogue', key: 'Enter' },
  { id: 'indicators', tab: 'tabIndicators', run: 'computeIndicators', key: 'Space' },
  { id: 'status', tab: 'tabStatus', run: 'computeStatus', key: 'Enter' },
  { id: 'settings', tab: 'tabSettings', key: 'Space' },
];

/** The catalogue's frame typed on the catalogue workbook (15 mio. kr., as planning.test.ts). */
const FRAME = '15';
/** The total spread over whatever table Fordel finds first. */
const TOTAL = '100';

const section = (id: ViewId) => `#ramme-panel-${id} section`;

/** Focus onto the tab list from wherever it is: Tab from before it, Shift+Tab from after. */
async function toTabList(page: Page): Promise<void> {
  const before = await page.evaluate(() => {
    const list = document.querySelector('[role=tablist]')!;
    const a = document.activeElement;
    if (!a || a === document.body) return true;
    return (list.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  const f = await focused(page);
  if (f?.role === 'tab') return;
  await tabTo(page, (x) => x.role === 'tab', { back: !before });
}

/** Arrows along the tabs to the view's, then Enter or Space opens it. */
async function openView(page: Page, id: ViewId, key: Key): Promise<void> {
  await toTabList(page);
  for (let i = 0; i < VIEWS.length; i++) {
    const at = await page.evaluate(() => document.activeElement?.id ?? '');
    if (at === `ramme-tab-${id}`) break;
    await page.keyboard.press('ArrowRight');
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ramme-tab-${id}`);
  await page.keyboard.press(key);
  await page.locator(`#ramme-tab-${id}[aria-selected=true]`).waitFor();
  await page.locator(`#ramme-panel-${id}:not([hidden])`).waitFor();
}

/**
 * Presses the focused button with `key` and waits until the view shows what it made. Focus
 * stays on the button (aria-disabled while it works, still focusable), so the next Tab goes on
 * into the results.
 */
async function pressAndWait(page: Page, id: ViewId, key: Key): Promise<void> {
  const sel = section(id);
  const button = await focused(page);
  const before = await page.evaluate((s) => document.querySelector(s)!.childElementCount, sel);
  await page.keyboard.press(key);
  await page.waitForFunction(
    ({ s, n }) => {
      const view = document.querySelector(s)!;
      return view.childElementCount > n && !view.querySelector('.fui-Spinner');
    },
    { s: sel, n: before },
  );
  expect(await focused(page)).toEqual(button);
}

/**
 * Waits for running transitions to end (a button fading from disabled to enabled would
 * otherwise be measured by axe half-way, in a grey no one sees for long).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity,
      ),
  );
}

/**
 * Fordel's "Skriv i arket" from the keyboard, when the preview may be written (no example asks
 * before replacing formulas), then "Fortryd", which puts the sheet back for the views after.
 */
async function writeAndUndo(page: Page, t: Words): Promise<void> {
  const panel = page.locator('#ramme-panel-allocate');
  const apply = panel.getByRole('button', { name: t('apply'), exact: true });
  if (await apply.isDisabled()) return;
  await tabTo(page, named(t('apply'), 'button'));
  await page.keyboard.press('Enter');
  await panel.getByText(t('written'), { exact: false }).waitFor();
  await tabTo(page, named(t('undo'), 'button'));
  await page.keyboard.press('Enter');
  await panel.getByText(t('undone')).waitFor();
}

/** The view's main action, from the keyboard. */
async function runView(page: Page, view: (typeof VIEWS)[number], t: Words): Promise<void> {
  if (view.id === 'check') {
    // Whole workbook: the arrows move the scope from "Aktivt ark" down to "Hele projektmappen".
    await tabTo(page, (f) => f.type === 'radio');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = page.locator('#ramme-panel-check').getByRole('radio', {
      name: t('scopeWorkbook'),
    });
    expect(await chosen.isChecked()).toBe(true);
  }
  if (!view.run) return;
  await tabTo(page, named(t(view.run), 'button'));
  await pressAndWait(page, view.id, view.key);
  if (view.id === 'allocate') {
    // A table found: a total typed and the preview asked for, so its lock boxes are walked too.
    const total = page.locator('#ramme-panel-allocate').getByRole('textbox', {
      name: t('total'),
    });
    if ((await total.count()) === 0) return;
    await tabTo(page, named(t('total'), 'input'));
    await page.keyboard.type(TOTAL);
    await tabTo(page, named(t('preview'), 'button'));
    await pressAndWait(page, 'allocate', 'Enter');
    await writeAndUndo(page, t);
  }
  if (view.id === 'catalogue') {
    const frame = page.locator('#ramme-panel-catalogue').getByRole('textbox', {
      name: new RegExp(t('frame')),
    });
    if ((await frame.count()) === 0) return;
    await tabTo(page, (f) => f.tag === 'input' && f.name.startsWith(t('frame')));
    await page.keyboard.type(FRAME);
    await tabTo(page, named(t('pick'), 'button'));
    await pressAndWait(page, 'catalogue', 'Space');
  }
}

/** From the view's tab, Tab through the view until focus leaves the pane. */
async function walkView(page: Page, id: ViewId): Promise<string[]> {
  await toTabList(page);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ramme-tab-${id}`);
  return walkOut(page, PANE, `#ramme-panel-${id}`);
}

/** Every view in turn on the open workbook: what went wrong, view by view. */
async function everyView(page: Page, t: Words): Promise<string[]> {
  const problems: string[] = [];
  for (const view of VIEWS) {
    await openView(page, view.id, view.key);
    await runView(page, view, t);
    await settled(page);
    // The pane is what the action changed; the whole page is scanned once at the end.
    for (const v of await seriousViolations(page, PANE))
      problems.push(`${view.id}: axe ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
    for (const p of await walkView(page, view.id)) problems.push(`${view.id}: ${p}`);
  }
  for (const v of await seriousViolations(page))
    problems.push(`page: axe ${v.id} (${v.help}) at ${v.nodes.join(', ')}`);
  return problems;
}

/** A fresh page at `width` with `workbook` open. */
async function openAt(watch: Watch, sessions: Session[], width: number, workbook: string) {
  const session = await openPage(watch);
  sessions.push(session);
  await session.page.setViewportSize({ width, height: 900 });
  await openWorkbook(session.page, path.join(EXAMPLES, workbook));
  return session.page;
}

describe.each(WIDTHS)('keyboard only, every view, at %i px', (width) => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it.each(WORKBOOKS)('%s', async (workbook) => {
    const page = await openAt(watch, sessions, width, workbook);
    expect(await everyView(page, pane)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

// English is one setting away: its labels must be as complete. The catalogue fills the most
// views (Fordel, Katalog); one workbook at the Excel pane's width keeps the time bounded.
describe('keyboard only, every view, in English at 320 px', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it('bruttokatalog-2019.xlsx', async () => {
    const page = await openAt(watch, sessions, 320, 'bruttokatalog-2019.xlsx');
    await tabTo(page, named(web('language'), 'button'));
    await page.keyboard.press('Enter');
    const en: Words = (key) => translate('en', key);
    await page.getByRole('tab', { name: en('tabCheck') }).waitFor();
    expect(await everyView(page, en)).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});

// The walk's judgements on a page made to fail them, so a clean view means something.
describe('the Tab walk itself', () => {
  let context: BrowserContext | undefined;

  afterAll(async () => {
    await context?.close();
    await disconnect();
  });

  const walkPage = async (html: string): Promise<Page> => {
    context ??= await (await connect()).newContext();
    const page = await context.newPage();
    await page.setContent(html);
    await page.focus('#first');
    return page;
  };

  it('finds a control without a focus indicator, results cut off, and one never reached', async () => {
    const page = await walkPage(`
      <div id="pane">
        <button id="first">Med ring</button>
        <button style="outline: none">Uden ring</button>
        <div style="overflow: hidden; height: 20px"><ul><li>a</li><li>b</li><li>c</li></ul></div>
        <div hidden><button>Skjult</button></div>
        <button tabindex="-1">Kun med musen</button>
        <button disabled>Slået fra</button>
      </div>
      <input aria-label="Efter">`);
    expect(await walkOut(page, '#pane', '#pane')).toEqual([
      'button[] Uden ring: no visible focus',
      'ul cut off by div.',
    ]);
  });

  it('finds Tab going up the page where the rows are shown reversed', async () => {
    const page = await walkPage(`
      <div id="pane" style="display: flex; flex-direction: column-reverse">
        <button id="first">Nederst</button>
        <button>Øverst</button>
      </div>
      <input aria-label="Efter">`);
    expect(await walkOut(page, '#pane', '#pane')).toEqual([
      'Tab went back: button[] Nederst ↑ button[] Øverst',
    ]);
  });

  it('finds a focus trap and the control behind it', async () => {
    const page = await walkPage(`
      <div id="pane">
        <input id="first" aria-label="Første">
        <input id="last" aria-label="Sidste">
        <button id="behind">Bag fælden</button>
      </div>
      <input aria-label="Efter">
      <script>
        document.getElementById('last').addEventListener('keydown', (e) => {
          if (e.key === 'Tab') { e.preventDefault(); document.getElementById('first').focus(); }
        });
      </script>`);
    expect(await walkOut(page, '#pane', '#pane', 20)).toEqual([
      'focus never left in 20 Tab presses (a trap)',
      'Tab went back: input[] Sidste → input[] Første',
      'button Bag fælden: never reached with Tab',
    ]);
  });
});
