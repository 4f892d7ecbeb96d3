// A file past the size limit is refused by the page before it is read: a sparse 201 MB file on
// disk (no real bytes written) gets the Danish message, and the page sends nothing anywhere.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disconnect, foreignRequests, openPage, web, type Session, type Watch } from './session';

describe('a workbook past the file size limit', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  let session: Session;
  let tmp: string;
  let file: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'ramme-e2e-large-'));
    file = path.join(tmp, 'kæmpe budget.xlsx');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 201_000_000);
    closeSync(fd);
    session = await openPage(watch);
  });

  afterAll(async () => {
    await session?.context.close();
    await disconnect();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('is refused with a message naming the file, its size and the limit', async () => {
    const { page } = session;
    await page.getByLabel(web('open')).setInputFiles(file);
    const problem = page.getByTestId('open-problem');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain('kæmpe budget.xlsx er for stor til at blive tjekket');
    expect(text).toMatch(/201 MB.*grænsen er 200 MB/);
    expect(await page.getByRole('tab', { name: /Tjek/ }).count()).toBe(0);
  });

  it('sent nothing outside its own origin and raised no error', () => {
    expect(foreignRequests(watch, session.origin)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
  });
});
