/**
 * Pane bench: the gzipped initial JS of the web page (the scripts index.html loads) and of the
 * Excel pane (taskpane.html; Office.js from Microsoft's CDN not counted), aim ≤ 350 KB; and
 * time to interactive in headless Chromium, navigation start → "Åbn projektmappe" enabled,
 * aim ≤ 1 s, beside a blank page's load in the same browser and run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serveWeb } from '../scripts/serve-web.mjs';
import { LAUNCH } from '../tests/e2e/browser';
import { buildWeb } from '../tests/e2e/build-web';
import { median, roundMs } from './measure';
import type { BenchRow, BenchSuite } from './types';

const AIM_KB = 350;

/** The own-origin scripts a built page loads at start, and their gzipped size. */
export function initialScripts(dist: string, page: string): Array<{ src: string; gz: number }> {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^(https?:)?\/\//.test(src));
  return srcs.map((src) => ({
    src,
    gz: gzipSync(readFileSync(path.join(dist, src)), { level: 9 }).length,
  }));
}

function sizeRow(dist: string, page: string, label: string, later = ''): BenchRow {
  const scripts = initialScripts(dist, page);
  const total = scripts.reduce((s, x) => s + x.gz, 0);
  const kb = total / 1024;
  return {
    name: `${label}: initial JS, gzipped (KB; no timing)`,
    size: Math.round(kb),
    rammeMs: 0,
    baseline: `aim ${AIM_KB} KB`,
    baselineMs: Number.NaN,
    ratio: Number((kb / AIM_KB).toFixed(2)),
    aim: '≤ 1× (350 KB)',
    note: scripts.map((x) => `${x.src} ${(x.gz / 1024).toFixed(0)} KB`).join(', ') + later,
  };
}

// Runs before the page's own scripts (DevTools, so the page's CSP does not apply): records the
// moment the file input exists and is enabled, on the navigation's own clock.
const WATCH_INPUT = `(() => {
  const seen = () => {
    const input = document.querySelector('input[type=file]');
    if (input && !input.disabled && window.__ramme_tti === undefined) {
      window.__ramme_tti = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, o) => { if (seen()) o.disconnect(); })
    .observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function timeToInteractive(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_INPUT);
    await page.goto(url);
    await page.waitForFunction(() => '__ramme_tti' in window, null, { timeout: 60_000 });
    return await page.evaluate(() => (window as unknown as { __ramme_tti: number }).__ramme_tti);
  } finally {
    await context.close();
  }
}

async function blankLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return nav.loadEventEnd;
    });
  } finally {
    await context.close();
  }
}

const suite: BenchSuite = {
  name: 'pane',
  async run({ quick }): Promise<BenchRow[]> {
    const dist = await buildWeb();
    // The baseline page, served by the same server from the same folder.
    writeFileSync(path.join(dist, 'blank.html'), '<!doctype html><title>blank</title>');
    const initial = new Set(
      ['index.html', 'taskpane.html'].flatMap((p) => initialScripts(dist, p).map((x) => x.src)),
    );
    const lazy = readdirSync(dist)
      .filter((f) => /^\d+\.[0-9a-f]+\.js$/.test(f) && !initial.has(f))
      .map((f) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length);
    const later = lazy.length
      ? `; on opening a workbook +${Math.round(Math.max(...lazy) / 1024)} KB (ExcelJS chunk)`
      : '';
    const rows = [
      sizeRow(dist, 'index.html', 'web page', later),
      sizeRow(dist, 'taskpane.html', 'Excel pane'),
    ];
    const server = await serveWeb({ root: dist, port: 0 });
    const browser = await chromium.launch(LAUNCH);
    try {
      const runs = quick ? 3 : 9;
      await timeToInteractive(browser, `${server.url}index.html`);
      const tti: number[] = [];
      const blank: number[] = [];
      for (let i = 0; i < runs; i++) {
        blank.push(await blankLoad(browser, `${server.url}blank.html`));
        tti.push(await timeToInteractive(browser, `${server.url}index.html`));
      }
      const ms = median(tti);
      const base = median(blank);
      rows.push({
        name: 'web page: time to interactive (headless Chromium, "Åbn projektmappe" enabled)',
        size: runs,
        rammeMs: roundMs(ms),
        baseline: 'blank page load',
        baselineMs: roundMs(base),
        ratio: Number((ms / base).toFixed(2)),
        aim: '≤ 1000 ms',
        note: `${ms <= 1000 ? 'within' : 'over'} the 1 s aim; median of ${runs} cold loads`,
      });
    } finally {
      await browser.close();
      await server.close();
    }
    return rows;
  },
};

export default suite;
