// A budget with a note in XFD on each of its 20.000 lines (the hostile corpus's
// xlsx-xfd-note-every-line.xlsx) on the web page: read, checked and shown with its structure
// map without the tab freezing or crashing; its one wrong total is found.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_DIR } from '../bad/make-corpus';
import {
  checkWholeWorkbook,
  countFrames,
  disconnect,
  markAllFindings,
  markedFindings,
  openPage,
  openWorkbook,
  pane,
  type Session,
  type Watch,
} from './session';

/** The longest time between two frames since countFrames, in ms. */
async function longestGap(session: Session): Promise<number> {
  return session.page.evaluate(() => {
    const f = (window as unknown as { frames_: number[] }).frames_;
    return Math.max(0, ...f.slice(1).map((t, i) => t - f[i]!));
  });
}

describe('rows reaching XFD on the web page', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  let session: Session | undefined;

  afterAll(async () => {
    await session?.context.close();
    await disconnect();
  });

  it('reads, checks and maps the budget without standing still', async () => {
    session = await openPage(watch);
    const { page } = session;
    await countFrames(page);
    await openWorkbook(page, path.join(BAD_DIR, 'xlsx-xfd-note-every-line.xlsx'));
    await checkWholeWorkbook(page);
    await markAllFindings(page);
    expect((await markedFindings(page)).map((f) => [f.cell, f.code])).toEqual([
      ['B20002', 'TOTAL_MISMATCH'],
    ]);
    await page.getByRole('switch', { name: pane('showStructure') }).click();
    await page.getByTestId('structure-legend').waitFor();
    await page.locator('td[data-cell="B2"][data-row-role="detail"]').waitFor();
    // Read in the worker, checked and mapped on the page: a check of 20.000 lines may hold the
    // page a moment, never the seconds a walk of 16.384 columns a line took.
    expect(await longestGap(session)).toBeLessThan(3000);
    expect(watch.errors).toEqual([]);
  });
});
