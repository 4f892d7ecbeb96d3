// The structure map on the web page, in a real browser: budget-2024.xlsx's tables coloured by
// the roles the core gave their rows and columns, with a legend, readable (axe) and removable.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../../addin/taskpane/strings';
import {
  EXAMPLES,
  disconnect,
  markedFindings,
  openPage,
  openWorkbook,
  pane,
  web,
  screenshot,
  seriousViolations,
  type Session,
  type Watch,
} from './session';

describe('the structure map on the web page', () => {
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  const sessions: Session[] = [];

  afterAll(async () => {
    for (const s of sessions) await s.context.close();
    await disconnect();
  });

  it('shows budget-2024.xlsx’s rows and columns by role with a legend, and switches off', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const page = s.page;
    await openWorkbook(page, path.join(EXAMPLES, 'budget-2024.xlsx'));
    const sheet = page.locator('table[data-sheet="Budget 2024"]');
    await sheet.waitFor();
    const role = (cell: string) =>
      sheet.locator(`td[data-cell="${cell}"]`).getAttribute('data-row-role');

    await page.getByRole('switch', { name: pane('showStructure') }).click();
    const legend = page.getByTestId('structure-legend');
    await legend.waitFor();
    for (const key of ['row_header', 'row_detail', 'row_heraf', 'row_total'] as const) {
      expect(await legend.getByText(pane(key), { exact: true }).first().isVisible()).toBe(true);
    }
    await sheet.locator('td[data-cell="B18"][data-row-role]').waitFor();
    const roles: Record<string, string | null> = {};
    for (const cell of ['A4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'A11', 'B16', 'B18']) {
      roles[cell] = await role(cell);
    }
    expect(roles).toEqual({
      A4: 'header',
      B5: 'detail',
      B6: 'detail',
      B7: 'detail',
      B8: 'detail',
      B9: 'heraf',
      B10: 'subtotal',
      A11: null,
      B16: 'subtotal',
      B18: 'total',
    });
    const fill = await sheet
      .locator('td[data-cell="B18"]')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe('rgb(169, 208, 142)');
    expect(await sheet.locator('th[scope="col"]').nth(1).getAttribute('data-column-role')).toBe(
      'amount',
    );
    await screenshot(page, 'struktur');
    expect(await seriousViolations(page)).toEqual([]);

    // Checked and marked: B10's finding keeps its mark over the map, its words listed in full.
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: pane('runCheck'), exact: true }).click();
    await panel.getByText(`${pane('tablesFound')}:`).waitFor();
    await panel.getByRole('button', { name: pane('markCells') }).click();
    await sheet.locator('td[data-cell="B10"][data-mark="error"]').waitFor();
    expect(await role('B10')).toBe('subtotal');
    const marked = await markedFindings(page);
    const b10 = marked.find((f) => f.cell === 'B10');
    expect(b10?.code).toBe('TOTAL_MISMATCH');
    const item = page.locator('[data-testid=marked-findings] > li[data-cell="B10"]');
    expect(await item.textContent()).toContain(b10!.message);
    expect(await item.textContent()).not.toContain('TOTAL_MISMATCH');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('switch', { name: pane('showStructure') }).click();
    await legend.waitFor({ state: 'detached' });
    expect(await sheet.locator('td[data-row-role]').count()).toBe(0);
    expect(watch.errors).toEqual([]);
  });

  it('speaks English one setting away', async () => {
    const s = await openPage(watch);
    sessions.push(s);
    const page = s.page;
    await openWorkbook(page, path.join(EXAMPLES, 'budget-2024.xlsx'));
    await page.getByRole('button', { name: web('language') }).click();
    await page.getByRole('switch', { name: translate('en', 'showStructure') }).click();
    const legend = page.getByTestId('structure-legend');
    await legend.getByText(translate('en', 'row_subtotal'), { exact: true }).waitFor();
    expect(await legend.getByText(translate('en', 'column_not-summed')).isVisible()).toBe(true);
    expect(watch.errors).toEqual([]);
  });
});
