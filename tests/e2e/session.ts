// One browser page on the served web page, with everything the tests watch: every request
// (for the own-origin test), dialogs, page errors and CSP violations.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { translate, type StringKey } from '../../addin/taskpane/strings';
import { webText, type WebStringKey } from '../../addin/web/strings';
import { ROOT } from './build-web';

export const SCREENSHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');
export const EXAMPLES = path.join(ROOT, 'examples');

/** The pane's and the page's Danish texts, as the user sees them. */
export const pane = (key: StringKey): string => translate('da', key);
export const web = (key: WebStringKey): string => webText('da', key);

export interface Watch {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

let browser: Browser | undefined;

export async function connect(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'), { timeout: 120_000 });
  return browser;
}

export async function disconnect(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  watch: Watch;
  origin: string;
}

/** A fresh context (own storage) and page, already showing "Åbn projektmappe". */
export async function openPage(watch: Watch): Promise<Session> {
  const b = await connect();
  const context = await b.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    locale: 'da-DK',
  });
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  const base = inject('baseUrl');
  await page.goto(`${base}index.html`);
  await page.getByLabel(web('open')).waitFor();
  return { context, page, watch, origin: new URL(base).origin };
}

/** Opens a workbook through the file input and waits for the pane on it. */
export async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.getByLabel(web('open')).setInputFiles(file);
  await page.getByText(path.basename(file), { exact: true }).waitFor();
  await page.getByRole('tab', { name: pane('tabCheck') }).waitFor();
}

/** Checks the whole workbook in the pane's Tjek view; resolves when the result shows. */
export async function checkWholeWorkbook(page: Page): Promise<void> {
  const panel = page.getByRole('tabpanel');
  await page.getByRole('tab', { name: pane('tabCheck') }).click();
  await panel.getByRole('radio', { name: pane('scopeWorkbook') }).check();
  await panel.getByRole('button', { name: pane('runCheck'), exact: true }).click();
  await panel.getByText(`${pane('tablesFound')}:`).waitFor();
}

/** Marks the check's findings in the sheet; resolves when their list shows. */
export async function markAllFindings(page: Page): Promise<void> {
  await page
    .getByRole('tabpanel')
    .getByRole('button', { name: pane('markCells') })
    .click();
  await page.locator('[data-testid=marked-findings] > li').first().waitFor();
}

/** Starts recording the times of the page's animation frames (window.frames_). */
export async function countFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[] };
    w.frames_ = [];
    const tick = (t: number) => {
      w.frames_.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export interface ShownFinding {
  sheet: string;
  cell: string;
  code: string;
  severity: string;
  message: string;
}

/** The findings the page lists as marked in the sheet (data attributes, structurally). */
export async function markedFindings(page: Page): Promise<ShownFinding[]> {
  return page.locator('[data-testid=marked-findings] > li').evaluateAll((items) =>
    items.map((li) => {
      const d = (li as HTMLElement).dataset;
      return {
        sheet: d.sheet ?? '',
        cell: d.cell ?? '',
        code: d.code ?? '',
        severity: d.severity ?? '',
        message: d.message ?? '',
      };
    }),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page as it is (or only the part under the selector `within`); only serious
 * and critical violations are returned.
 */
export async function seriousViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const has = await page.evaluate(() => 'axe' in window);
  // The page's CSP forbids inline scripts, so axe goes in through the DevTools protocol.
  if (!has) await page.evaluate(AXE);
  const found = await page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    // Tabster (Fluent's focus manager) puts aria-hidden <i tabindex=0> sentinels around
    // focus groups that hand focus straight on; axe flags them, a person never lands on them.
    const r = await axe.run(
      { include: within ? [[within]] : [document], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, within);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Requests that went anywhere but the page's own origin (blob: and data: are local). */
export function foreignRequests(watch: Watch, origin: string): string[] {
  return watch.requests.filter(
    (u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin,
  );
}
