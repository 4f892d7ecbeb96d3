// The page on the other files `ramme check` reads, in a real browser: an .xlsm and an .ods show
// the CLI's findings; the .xlsm's checked copy is saved as an .xlsm with its macros, the same
// cells as `ramme check --out`; the .ods's as an .ods, byte for byte `ramme check --out`'s.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliAnnotated, cliReport } from './cli';
import {
  EXAMPLES,
  checkWholeWorkbook,
  disconnect,
  foreignRequests,
  openPage,
  openWorkbook,
  pane,
  web,
  type Session,
  type Watch,
} from './session';
import { dumpXlsx } from './workbook-compare';
import { makeXlsm, ROOT, unpack } from '../io/write-helpers';

/** The finding links the pane lists, as Ark!Celle. */
async function listed(session: Session): Promise<string[]> {
  const panel = session.page.getByRole('tabpanel');
  const links = panel.getByRole('button', { name: new RegExp(`^${pane('goToCell')} `) });
  await links.first().waitFor();
  return (await links.evaluateAll((els) => els.map((e) => e.textContent ?? ''))).sort();
}

describe('the page on .xlsm and .ods', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];
  let tmp: string;
  let xlsm: string;
  const ods = path.join(ROOT, 'tests', 'fixtures', 'writers', 'libreoffice', 'features.ods');

  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-formats-'));
    xlsm = path.join(tmp, 'plan.xlsm');
    const budget = new Uint8Array(readFileSync(path.join(EXAMPLES, 'budget-2024.xlsx')));
    writeFileSync(xlsm, makeXlsm(budget));
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  /**
   * Opens `file` on a fresh page, checks it whole, expects the CLI's findings listed, and
   * downloads the checked copy: its suggested name, saved in tmp, and the CLI's own copy.
   */
  async function checkedOnPage(
    file: string,
  ): Promise<{ name: string; saved: string; cli: string }> {
    const expected = await cliReport(file);
    expect(expected.findings.length).toBeGreaterThan(0);
    const session = await openPage(watch);
    sessions.push(session);
    await openWorkbook(session.page, file);
    await checkWholeWorkbook(session.page);
    expect(await listed(session)).toEqual(
      expected.findings.map((f) => `${f.sheet}!${f.cell}`).sort(),
    );
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByRole('button', { name: web('downloadChecked') }).click(),
    ]);
    const saved = path.join(tmp, `web-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    return { name: download.suggestedFilename(), saved, cli: await cliAnnotated(file, tmp) };
  }

  it('an .xlsm: the CLI findings, and its checked copy saved as an .xlsm with the macros', async () => {
    const { name, saved, cli } = await checkedOnPage(xlsm);
    expect(name).toBe(`plan-${web('checkedName')}.xlsm`);
    const copy = unpack(new Uint8Array(readFileSync(saved)));
    expect(copy.get('xl/vbaProject.bin')).toEqual(
      unpack(new Uint8Array(readFileSync(xlsm))).get('xl/vbaProject.bin'),
    );
    expect(await dumpXlsx(readFileSync(saved))).toEqual(await dumpXlsx(readFileSync(cli)));
  });

  it('an .ods: the CLI findings, and its checked copy is the .ods ramme check --out writes', async () => {
    const { name, saved, cli } = await checkedOnPage(ods);
    expect(name).toBe(`features-${web('checkedName')}.ods`);
    expect(readFileSync(saved).equals(readFileSync(cli))).toBe(true);
  });

  it('made no request outside its own origin, raised no dialog and no page error', () => {
    expect(sessions.length).toBe(2);
    for (const s of sessions) expect(foreignRequests(watch, s.origin)).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
