// The page reads a workbook in a Web Worker: while a 100.000-line workbook is read, the page
// keeps drawing frames and answers a click on the language switch, and the check then finds
// the one error planted in it; its checked copy is made in a worker too, the page answering
// meanwhile; and its initial JS stays within 350 KB gzipped (the reader is not in it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialScripts } from '../../bench/pane';
import { syntheticBudget, writeSyntheticXlsx } from '../../scripts/gen-synthetic';
import { webText } from '../../addin/web/strings';
import { WEB_DIST } from './build-web';
import {
  checkWholeWorkbook,
  countFrames,
  disconnect,
  openPage,
  openWorkbook,
  pane,
  web,
  type Session,
  type Watch,
} from './session';

const tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-worker-'));
const file = path.join(tmp, 'budget-100000.xlsx');
const watch: Watch = { requests: [], dialogs: [], errors: [] };
let session: Session | undefined;

let planted = '';

beforeAll(async () => {
  const budget = syntheticBudget(100_000);
  planted = budget.wrongCells.join();
  await writeSyntheticXlsx(budget, file);
}, 300_000);

afterAll(async () => {
  await session?.context.close();
  await disconnect();
  rmSync(tmp, { recursive: true, force: true });
});

describe('reading in a Web Worker', () => {
  it('keeps the page answering while a 100.000-line workbook is read', async () => {
    session = await openPage(watch);
    const { page } = session;
    // Frames drawn from here on, with their times.
    await countFrames(page);
    const started = await page.evaluate(() => performance.now());
    await page.getByLabel(web('open')).setInputFiles(file);
    const spinner = page.getByText(webText('da', 'reading'));
    await spinner.waitFor();
    // The language switch answers while the worker reads.
    await page.getByRole('button', { name: web('language') }).click();
    await page.getByText(webText('en', 'reading')).waitFor({ timeout: 5_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const switchedAt = await page.evaluate(() => performance.now());
    await page.getByText('budget-100000.xlsx', { exact: true }).waitFor({ timeout: 150_000 });
    const done = await page.evaluate(() => performance.now());
    const frames = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { frames_: number[] }).frames_.filter((t) => t >= from! && t <= to!),
      [started, switchedAt] as const,
    );
    const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
    const read = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { frames_: number[] }).frames_.filter((t) => t >= from! && t <= to!),
      [started, done] as const,
    );
    const readGaps = read.slice(1).map((t, i) => t - read[i]!);
    const long = readGaps.flatMap((g, i) =>
      g > 200 ? [`${Math.round(read[i]! - started)}+${Math.round(g)}`] : [],
    );
    console.log(
      `long gaps at ${long.join(' ')}; worker read: ${Math.round(done - started)} ms, ${read.length} frames, longest gap ${Math.round(Math.max(...readGaps))} ms; before the switch ${frames.length} frames, longest gap ${Math.round(Math.max(0, ...gaps))} ms`,
    );
    // The reading took long enough to matter, and the page drew frames all along it.
    expect(done - switchedAt).toBeGreaterThan(0);
    expect(read.length).toBeGreaterThan(10);
    // Read on the page's own thread, the page stood still for the whole read: no gap between
    // two frames may come near the read's own length (a ratio within the run, not a clock).
    expect(Math.max(...readGaps)).toBeLessThan((done - started) / 2);
    expect(watch.errors).toEqual([]);
  });

  it("finds the planted error in the workbook the browser's own inflater unpacked", async () => {
    // The sheet's 13 MB of XML and its 3,6 MB of shared texts go through DecompressionStream.
    const other = await openPage(watch);
    try {
      await openWorkbook(other.page, file);
      await checkWholeWorkbook(other.page);
      const panel = other.page.getByRole('tabpanel');
      const links = panel.getByRole('button', { name: new RegExp(`^${pane('goToCell')} `) });
      await links.first().waitFor({ timeout: 60_000 });
      const cells = await links.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      expect(cells).toEqual([`Budget 2025!${planted}`]);
      expect(watch.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  }, 120_000);

  it('keeps the page answering while the checked copy of that workbook is made', async () => {
    // Read, checked and patched again in the copy worker: seconds of work on the page's thread.
    const other = await openPage(watch);
    try {
      const { page } = other;
      await openWorkbook(page, file);
      await countFrames(page);
      const started = await page.evaluate(() => performance.now());
      const downloaded = page.waitForEvent('download', { timeout: 150_000 });
      await page.getByRole('button', { name: web('downloadChecked') }).click();
      const saving = page.getByText(webText('da', 'saving'));
      await saving.waitFor();
      // The language switch answers while the copy is made: the page is in English, the
      // status still says the copy is being saved.
      await page.getByRole('button', { name: web('language') }).click();
      await page.getByRole('button', { name: webText('en', 'downloadChecked') }).waitFor();
      expect(await saving.isVisible()).toBe(true);
      const download = await downloaded;
      const done = await page.evaluate(() => performance.now());
      const saved = path.join(tmp, 'checked-copy.xlsx');
      await download.saveAs(saved);
      // The copy marks the planted error: its note is in the sheet's comments.
      const parts = unzipSync(new Uint8Array(readFileSync(saved)));
      const comments = Object.keys(parts).filter((n) => /^xl\/comments\d*\.xml$/.test(n));
      expect(comments).toHaveLength(1);
      expect(strFromU8(parts[comments[0]!]!)).toContain(`ref="${planted}"`);
      const frames = await page.evaluate(
        ([from, to]) =>
          (window as unknown as { frames_: number[] }).frames_.filter(
            (t) => t >= from! && t <= to!,
          ),
        [started, done] as const,
      );
      const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
      console.log(
        `checked copy: ${Math.round(done - started)} ms, ${frames.length} frames, longest gap ${Math.round(Math.max(...gaps))} ms`,
      );
      expect(Math.max(...gaps)).toBeLessThan((done - started) / 2);
      expect(watch.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  }, 200_000);

  it('loads at most 350 KB of gzipped JS at start; the reader is a separate worker chunk', () => {
    const scripts = initialScripts(WEB_DIST, 'index.html');
    const kb = scripts.reduce((s, x) => s + x.gz, 0) / 1024;
    console.log(
      `web page initial JS: ${kb.toFixed(0)} KB gzipped (${scripts.map((s) => s.src).join(', ')})`,
    );
    expect(kb).toBeLessThanOrEqual(350);
  });
});
