// The web page's Host on its own (no browser): reads by scope, writes that refuse formulas
// unless allowed, snapshot undo, the Ramme results sheet, and the saved workbook's values.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellAt } from '../../core/grid';
import { openWorkbook, workbookWithValues } from '../../addin/web/downloads';
import { ViewStore } from '../../addin/web/store';
import { createWebHost } from '../../addin/web/web-host';
import { EXAMPLES } from './session';
import { loadXlsx } from './workbook-compare';

const BUDGET = path.join(EXAMPLES, 'budget-2024.xlsx');

async function opened() {
  const bytes = new Uint8Array(readFileSync(BUDGET));
  const read = await openWorkbook(bytes, 'budget-2024.xlsx', 'da');
  if (!read.ok) throw new Error(read.message);
  const store = new ViewStore(read.doc);
  return { store, host: createWebHost(store, 'da') };
}

const valueAt = (store: ViewStore, sheet: string, row: number, col: number) =>
  cellAt(store.sheet(sheet)!, row, col)?.value;

describe('web Host', () => {
  it('reads the workbook, the chosen sheet, or the selection only', async () => {
    const { store, host } = await opened();
    expect(await host.activeSheet()).toBe('Budget 2024');
    const all = await host.read('workbook');
    expect(all.name).toBe('budget-2024.xlsx');
    expect(all.sheets.map((s) => s.name)).toEqual(['Budget 2024', 'Budgetopfølgning']);
    expect((await host.read('sheet')).sheets.map((s) => s.name)).toEqual(['Budget 2024']);
    await host.goTo('Budgetopfølgning', 'D6');
    expect(store.get().active).toBe('Budgetopfølgning');
    expect(store.get().focus).toMatchObject({ sheet: 'Budgetopfølgning', cell: 'D6' });
    expect(await host.selection!()).toEqual({ sheet: 'Budgetopfølgning', range: 'D6' });
    const sel = await host.read('selection');
    expect(sel.sheets).toHaveLength(1);
    const cells = sel.sheets[0]!.rows.flatMap((r, i) =>
      (r ?? []).flatMap((c, j) => (c ? [[i + 1, j + 1]] : [])),
    );
    expect(cells).toEqual([[6, 4]]);
  });

  it('never overwrites a formula without permission; undo restores values exactly', async () => {
    const { store, host } = await opened();
    const before = valueAt(store, 'Budget 2024', 16, 2);
    const refused = await host.write(
      [
        { sheet: 'Budget 2024', cell: 'B13', value: 1 },
        { sheet: 'Budget 2024', cell: 'B16', value: 2 },
      ],
      { overwriteFormulas: false },
    );
    expect(refused).toEqual({ ok: false, formulaCells: ["'Budget 2024'!B16"] });
    expect(host.canUndo()).toBe(false);
    expect(store.get().changed.size).toBe(0);

    const old13 = valueAt(store, 'Budget 2024', 13, 2);
    const done = await host.write([{ sheet: 'Budget 2024', cell: 'B13', value: 1, numFmt: '0' }], {
      overwriteFormulas: false,
    });
    expect(done).toEqual({ ok: true, written: 1 });
    expect(valueAt(store, 'Budget 2024', 13, 2)).toBe(1);
    const forced = await host.write([{ sheet: 'Budget 2024', cell: 'B16', value: 2 }], {
      overwriteFormulas: true,
    });
    expect(forced.ok).toBe(true);
    expect(store.get().changed.size).toBe(2);

    expect(await host.undo()).toBe(true);
    expect(valueAt(store, 'Budget 2024', 16, 2)).toBe(before);
    expect(cellAt(store.sheet('Budget 2024')!, 16, 2)?.formula).toBe('B13+B14+B15');
    expect(await host.undo()).toBe(true);
    expect(valueAt(store, 'Budget 2024', 13, 2)).toBe(old13);
    expect(store.get().changed.size).toBe(0);
    expect(await host.undo()).toBe(false);
  });

  it('marks and clears findings in the view', async () => {
    const { store, host } = await opened();
    const f = {
      severity: 'error' as const,
      code: 'TOTAL_MISMATCH' as const,
      sheet: 'Budget 2024',
      cell: 'B10',
      expected: '1820750',
      actual: '1830750',
      message: 'x',
    };
    await host.markFindings([f]);
    expect(store.get().marks).toEqual([f]);
    await host.clearMarks();
    expect(store.get().marks).toEqual([]);
  });

  it('writes results to a Ramme sheet, and undo removes it again', async () => {
    const { store, host } = await opened();
    await host.writeResults!({
      kind: 'status',
      title: 'Status',
      header: ['Nr.', 'Opfyldelse'],
      rows: [['1', 0.814]],
      numFmts: [undefined, '0.0%'],
    });
    expect(store.get().added).toEqual(['Ramme']);
    expect(cellAt(store.sheet('Ramme')!, 4, 2)).toEqual({ value: 0.814, numFmt: '0.0%' });
    const saved = await loadXlsx(await workbookWithValues(store.doc, store.get()));
    expect(saved.worksheets.map((w) => w.name)).toEqual([
      'Budget 2024',
      'Budgetopfølgning',
      'Ramme',
    ]);
    expect(saved.getWorksheet('Ramme')!.getCell('B4').value).toBe(0.814);
    expect(saved.getWorksheet('Ramme')!.getCell('B4').numFmt).toBe('0.0%');
    expect(await host.undo()).toBe(true);
    expect(store.sheet('Ramme')).toBeUndefined();
    expect(store.get().added).toEqual([]);
  });

  it('saves the original file with only the written cells changed, numbers as numbers', async () => {
    const { store, host } = await opened();
    await host.write(
      [
        { sheet: 'Budget 2024', cell: 'B5', value: 1_000_000.5, numFmt: '#,##0.00' },
        { sheet: 'Budgetopfølgning', cell: 'D6', value: 2500 },
      ],
      { overwriteFormulas: false },
    );
    const saved = await loadXlsx(await workbookWithValues(store.doc, store.get()));
    const original = await loadXlsx(readFileSync(BUDGET));
    expect(saved.getWorksheet('Budget 2024')!.getCell('B5').value).toBe(1_000_000.5);
    expect(saved.getWorksheet('Budget 2024')!.getCell('B5').numFmt).toBe('#,##0.00');
    expect(saved.getWorksheet('Budgetopfølgning')!.getCell('D6').value).toBe(2500);
    // The formula is kept, and so is every cell Ramme did not write.
    expect(saved.getWorksheet('Budget 2024')!.getCell('B16').formula).toBe('B13+B14+B15');
    for (const ws of original.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (['Budget 2024!B5', 'Budgetopfølgning!D6'].includes(`${ws.name}!${cell.address}`))
            return;
          expect(saved.getWorksheet(ws.name)!.getCell(cell.address).value).toEqual(cell.value);
        }),
      );
    }
  });
});
