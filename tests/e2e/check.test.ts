// Tjek in a real browser on every example workbook: the findings the page shows are exactly
// `ramme check --json`'s, clicking one shows its cell, and "Hent resultat" gives the same
// annotated copy as `ramme check --out`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAnnotated, cliReport } from './cli';
import {
  EXAMPLES,
  checkWholeWorkbook,
  disconnect,
  foreignRequests,
  markedFindings,
  openPage,
  openWorkbook,
  pane,
  screenshot,
  seriousViolations,
  web,
  type Session,
  type ShownFinding,
  type Watch,
} from './session';
import { dumpXlsx } from './workbook-compare';

const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

const byPlace = (a: ShownFinding, b: ShownFinding) =>
  `${a.sheet}!${a.cell}!${a.code}`.localeCompare(`${b.sheet}!${b.cell}!${b.code}`);

describe('Tjek on the example workbooks', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];
  let tmp: string;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-check-'));
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('finds the examples', () => {
    expect(examples).toContain('budget-2024.xlsx');
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of examples) {
    it(`${name}: the findings shown equal ramme check --json`, async () => {
      const file = path.join(EXAMPLES, name);
      const expected = await cliReport(file);
      const session = await openPage(watch);
      sessions.push(session);
      const { page } = session;
      await openWorkbook(page, file);
      await checkWholeWorkbook(page);
      const panel = page.getByRole('tabpanel');
      const want: ShownFinding[] = expected.findings
        .map((f) => ({
          sheet: f.sheet,
          cell: f.cell,
          code: f.code,
          severity: f.severity,
          message: f.message,
        }))
        .sort(byPlace);

      if (want.length === 0) {
        await panel.getByText(pane('noFindings')).waitFor();
        expect(await markedFindings(page)).toEqual([]);
      } else {
        // The pane lists Ark!Celle for each finding...
        const links = panel.getByRole('button', { name: new RegExp(`^${pane('goToCell')} `) });
        const names = await links.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
        expect(names.sort()).toEqual(want.map((f) => `${f.sheet}!${f.cell}`).sort());
        // ...and, marked, the page lists them with their codes and colours their cells.
        await panel.getByRole('button', { name: pane('markCells') }).click();
        await page
          .locator('[data-testid=marked-findings] > li')
          .nth(want.length - 1)
          .waitFor();
        expect((await markedFindings(page)).sort(byPlace)).toEqual(want);

        // Clicking a finding shows its sheet and scrolls its cell into view, outlined.
        const last = want[want.length - 1]!;
        await page
          .locator(
            `[data-testid=marked-findings] > li[data-sheet=${JSON.stringify(last.sheet)}][data-cell="${last.cell}"]`,
          )
          .first()
          .getByRole('button')
          .click();
        const cell = page.locator(
          `table[data-sheet=${JSON.stringify(last.sheet)}] td[data-cell="${last.cell}"][data-focus="true"]`,
        );
        await cell.waitFor();
        expect(await cell.getAttribute('data-mark')).toBe(last.severity);
        const inView = await cell.evaluate((td) => {
          const r = td.getBoundingClientRect();
          const box = td.closest('[role=region]')!.getBoundingClientRect();
          return (
            r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right
          );
        });
        expect(inView).toBe(true);
      }
      await screenshot(page, `tjek-${path.basename(name, '.xlsx')}`);
      expect(await seriousViolations(page)).toEqual([]);

      // "Hent resultat": the checked copy, byte-for-byte the same cells as `ramme check --out`.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: web('downloadChecked') }).click(),
      ]);
      const saved = path.join(tmp, `${name}-web.xlsx`);
      await download.saveAs(saved);
      const fromCli = await cliAnnotated(file, tmp);
      expect(await dumpXlsx(readFileSync(saved))).toEqual(await dumpXlsx(readFileSync(fromCli)));
      expect(watch.dialogs).toEqual([]);
    });
  }

  it('made no request outside its own origin, raised no dialog and no page error', () => {
    expect(sessions.length).toBe(examples.length);
    expect(watch.requests.length).toBeGreaterThan(0);
    for (const s of sessions) expect(foreignRequests(watch, s.origin)).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
