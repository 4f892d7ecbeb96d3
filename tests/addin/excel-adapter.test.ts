import { describe, expect, it } from 'vitest';
import {
  createExcelHost,
  planBatches,
  BATCH_BUDGET,
  PAYLOAD_LIMIT,
  isDateFormat,
} from '../../addin/excel';
import { createExcelMock, type FakeSheet } from './excel-mock';

function column(rows: number, make: (i: number) => unknown = (i) => i + 1): FakeSheet {
  return { name: 'Ark1', values: Array.from({ length: rows }, (_, i) => [make(i)]) };
}

describe('reading with a constant number of syncs', () => {
  it('reads 10 and 100,000 rows with the same number of context.sync calls', async () => {
    const counts: number[] = [];
    for (const rows of [10, 100_000]) {
      const excel = createExcelMock([column(rows)]);
      const wb = await createExcelHost('da', excel.api).read('sheet');
      expect(wb.sheets[0]!.rowCount).toBe(rows);
      expect(wb.sheets[0]!.rows[rows - 1]![0]!.value).toBe(rows);
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('splits a read over 5 MB into batches, each under the limit: 2 + ceil(estimate / 4 MiB) syncs', async () => {
    const sheet: FakeSheet = {
      name: 'Ark1',
      values: Array.from({ length: 100_000 }, (_, i) => [`Linje ${i}`, i * 1000, 0.25, i % 7]),
      numberFormat: Array.from({ length: 100_000 }, () => ['General', '#,##0', '0.0%', '0']),
    };
    const excel = createExcelMock([sheet]);
    const wb = await createExcelHost('da', excel.api).read('sheet');
    const expectedBatches = Math.ceil((100_000 * 4 * 40) / BATCH_BUDGET);
    expect(expectedBatches).toBe(4);
    expect(excel.syncs).toBe(2 + expectedBatches);
    expect(excel.payloads.length).toBe(expectedBatches);
    for (const bytes of excel.payloads) expect(bytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    const last = wb.sheets[0]!.rows[99_999]!;
    expect(last.map((c) => c?.value)).toEqual(['Linje 99999', 99_999_000, 0.25, 99_999 % 7]);
    expect(last[2]!.numFmt).toBe('0.0%');
  });

  it('re-reads a batch in halves when long texts make it larger than estimated', async () => {
    const long = 'x'.repeat(200);
    const excel = createExcelMock([column(20_000, (i) => `${long}${i}`)]);
    const wb = await createExcelHost('da', excel.api).read('sheet');
    expect(wb.sheets[0]!.rows[19_999]![0]!.value).toBe(`${long}19999`);
    // The first attempt (~13 MB) is refused; its halves and quarters get through.
    const accepted = excel.payloads.filter((b) => b <= PAYLOAD_LIMIT);
    expect(accepted.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    expect(excel.payloads.some((b) => b > PAYLOAD_LIMIT)).toBe(true);
  });

  it('plans batches by size only: rows are never split and each batch fits the budget', () => {
    const batches = planBatches([
      { sheet: 'A', row: 0, col: 0, rows: 50_000, cols: 3 },
      { sheet: 'B', row: 4, col: 1, rows: 10, cols: 2 },
    ]);
    expect(batches.length).toBe(Math.ceil(((50_000 * 3 + 10 * 2) * 40) / BATCH_BUDGET));
    for (const b of batches)
      expect(b.reduce((s, x) => s + x.rows * x.cols * 40, 0)).toBeLessThanOrEqual(BATCH_BUDGET);
    const rows = batches
      .flat()
      .filter((b) => b.sheet === 'A')
      .reduce((s, b) => s + b.rows, 0);
    expect(rows).toBe(50_000);
    expect(batches.flat().find((b) => b.sheet === 'B')).toMatchObject({ row: 4, col: 1, rows: 10 });
  });
});

describe('what is read', () => {
  const two = (): FakeSheet[] => [
    {
      name: 'Ark1',
      values: [
        ['a', 1],
        ['b', 2],
      ],
    },
    { name: 'Ark 2', values: [['c', 3]] },
  ];

  it('the active sheet, the whole workbook or only the selection', async () => {
    const active = await createExcelHost(
      'da',
      createExcelMock(two(), { active: 'Ark 2' }).api,
    ).read('sheet');
    expect(active.sheets.map((s) => s.name)).toEqual(['Ark 2']);
    const all = await createExcelHost('da', createExcelMock(two()).api).read('workbook');
    expect(all.sheets.map((s) => [s.name, s.rowCount, s.colCount])).toEqual([
      ['Ark1', 2, 2],
      ['Ark 2', 1, 2],
    ]);
    const excel = createExcelMock(two());
    const selection = await createExcelHost('da', excel.api).read('selection');
    // The mock's selection is Ark1!A1.
    expect(selection.sheets.map((s) => [s.name, s.rowCount, s.colCount])).toEqual([['Ark1', 1, 1]]);
    expect(selection.sheets[0]!.rows[0]![0]!.value).toBe('a');
    expect(excel.syncs).toBe(3);
  });

  it('reports the selection as sheet and range, and the active sheet', async () => {
    const host = createExcelHost('da', createExcelMock(two()).api);
    expect(await host.selection!()).toEqual({ sheet: 'Ark1', range: 'A1' });
    expect(await host.activeSheet()).toBe('Ark1');
  });
});

describe('the grid the adapter makes', () => {
  it('keeps formulas, formats, errors and dates the way the file reader does', async () => {
    const excel = createExcelMock([
      {
        name: 'Plan',
        values: [
          ['Område', 'Årsværk'],
          ['Job', 2.5],
          ['I alt', 5],
          ['Start', 39873],
          ['Fejl', '#DIV/0!'],
        ],
        formulas: [
          ['Område', 'Årsværk'],
          ['Job', 2.5],
          ['I alt', '=SUM(B2:B2)'],
          ['Start', 39873],
          ['Fejl', '=1/0'],
        ],
        numberFormat: [
          ['General', 'General'],
          ['General', '0.0'],
          ['General', '0.0'],
          ['General', 'dd-mm-yyyy'],
          ['General', 'General'],
        ],
        merges: ['A1:A2'],
      },
    ]);
    const wb = await createExcelHost('da', excel.api).read('workbook');
    const rows = wb.sheets[0]!.rows;
    expect(wb.name).toBe('Bog.xlsx');
    expect(wb.sheets[0]!.merges).toEqual(['A1:A2']);
    expect(rows[0]![0]).toEqual({ value: 'Område', text: 'Område' });
    expect(rows[1]![1]).toEqual({ value: 2.5, text: '2.5', numFmt: '0.0' });
    expect(rows[2]![1]).toMatchObject({ value: 5, formula: 'SUM(B2:B2)' });
    expect(rows[3]![1]!.value).toEqual(new Date(Date.UTC(2009, 2, 1)));
    expect(rows[4]![1]).toMatchObject({ value: { error: '#DIV/0!' }, formula: '1/0' });
  });

  it('tells date formats from others', () => {
    for (const f of ['dd-mm-yyyy', 'd. mmmm yyyy', '[$-406]mmm yy', 'yyyy'])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ['0.0', '#,##0 "kr."', '0.0%', 'h:mm', '_-* #,##0_-', '@'])
      expect(isDateFormat(f)).toBe(false);
  });
});

describe('writing, undo and marks', () => {
  const plan = (): FakeSheet => ({
    name: 'Plan',
    values: [
      ['Område', 'Årsværk'],
      ['Job', 2],
      ['Uddannelse', 2],
      ['I alt', 4],
    ],
    formulas: [
      ['Område', 'Årsværk'],
      ['Job', 2],
      ['Uddannelse', 2],
      ['I alt', '=SUM(B2:B3)'],
    ],
    numberFormat: [
      ['General', 'General'],
      ['General', '0'],
      ['General', '0'],
      ['General', '0'],
    ],
  });

  it('writes numbers as numbers with a format in two syncs, one undo step, and Fortryd restores', async () => {
    const excel = createExcelMock([plan()]);
    const host = createExcelHost('da', excel.api);
    const out = await host.write(
      [
        { sheet: 'Plan', cell: 'B2', value: 2.5, numFmt: '0.0' },
        { sheet: 'Plan', cell: 'B3', value: 1.5, numFmt: '0.0' },
      ],
      { overwriteFormulas: false },
    );
    expect(out).toEqual({ ok: true, written: 2 });
    expect(excel.syncs).toBe(2);
    expect(excel.suspended).toBe(1);
    expect(excel.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(excel.cell('Plan', 'B2').values).toEqual([[2.5]]);
    expect(excel.cell('Plan', 'B2').numberFormat).toEqual([['0.0']]);
    expect(host.canUndo()).toBe(true);

    expect(await host.undo()).toBe(true);
    expect(excel.cell('Plan', 'B2').values).toEqual([[2]]);
    expect(excel.cell('Plan', 'B2').numberFormat).toEqual([['0']]);
    expect(excel.cell('Plan', 'B3').values).toEqual([[2]]);
    expect(host.canUndo()).toBe(false);
    expect(await host.undo()).toBe(false);
  });

  it('never overwrites a formula without being allowed to; restores it on undo', async () => {
    const excel = createExcelMock([plan()]);
    const host = createExcelHost('da', excel.api);
    const refused = await host.write([{ sheet: 'Plan', cell: 'B4', value: 5, numFmt: '0' }], {
      overwriteFormulas: false,
    });
    expect(refused).toEqual({ ok: false, formulaCells: ['Plan!B4'] });
    expect(excel.cell('Plan', 'B4').values).toEqual([[4]]);
    expect(host.canUndo()).toBe(false);

    await host.write([{ sheet: 'Plan', cell: 'B4', value: 5, numFmt: '0' }], {
      overwriteFormulas: true,
    });
    expect(excel.cell('Plan', 'B4').values).toEqual([[5]]);
    await host.undo();
    expect(excel.cell('Plan', 'B4').formulas).toEqual([['=SUM(B2:B3)']]);
  });

  it('uses no undo group where ExcelApi 1.20 is missing, and no suspension before 1.6', async () => {
    const excel = createExcelMock([plan()], { versions: ['1.1', '1.7'] });
    await createExcelHost('da', excel.api).write([{ sheet: 'Plan', cell: 'B2', value: 1 }], {
      overwriteFormulas: false,
    });
    expect(excel.runOptions).toEqual([]);
    expect(excel.suspended).toBe(0);
  });

  it('marks findings with a fill and a note, and removing them restores the fills', async () => {
    const excel = createExcelMock([plan()]);
    const host = createExcelHost('da', excel.api);
    await host.markFindings([
      {
        severity: 'error',
        code: 'TOTAL_MISMATCH',
        sheet: 'Plan',
        cell: 'B4',
        expected: '4',
        actual: '5',
        message: 'I alt er 5, men rækkerne giver 4.',
      },
    ]);
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FDE7E9');
    expect([...excel.notes.values()]).toEqual(['Ramme: I alt er 5, men rækkerne giver 4.']);
    await host.clearMarks();
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FFFFFF');
    expect(excel.notes.size).toBe(0);
  });
});

describe('a used range too large to read', () => {
  const budget: FakeSheet = {
    name: 'Budget',
    values: [
      ['Post', 'Beløb'],
      ['Løn', 100],
    ],
  };

  it.each<[string, FakeSheet[], 'sheet' | 'workbook', RegExp, RegExp]>([
    [
      'a note in XFD on 20.002 rows',
      [{ ...budget, usedRange: { rows: 20_002, cols: 16_384 } }],
      'sheet',
      /området A1:XFD20002 på arket "Budget" har 327\.712\.768 celler, tomme med, og Ramme læser højst 4\.000\.000\. Markér tabellen, og tjek "Det markerede område"\.$/,
      /the range A1:XFD20002 on "Budget" has 327,712,768 cells, blank ones included, and Ramme reads at most 4,000,000\. Select the table and check "The selection"\.$/,
    ],
    [
      'two sheets past the limit together',
      [
        { ...budget, usedRange: { rows: 1_000_000, cols: 3 } },
        { name: 'Noter', values: [['x']], usedRange: { rows: 500_000, cols: 3 } },
      ],
      'workbook',
      /arkene har i alt 4\.500\.000 celler, tomme med \(flest i A1:C1000000 på arket "Budget"\)/,
      /the sheets have 4,500,000 cells, blank ones included \(most in A1:C1000000 on "Budget"\)/,
    ],
  ])(
    '%s: refused in both languages before a cell is loaded',
    async (_name, sheets, scope, da, en) => {
      const excel = createExcelMock(sheets);
      const error = await createExcelHost('da', excel.api)
        .read(scope)
        .then(
          () => undefined,
          (e: unknown) => e as { error: { message: { da: string; en: string } } },
        );
      expect(error?.error.message.da).toMatch(da);
      expect(error?.error.message.en).toMatch(en);
      // The sheet list and the used ranges' sizes: no block of cells was asked for.
      expect(excel.syncs).toBe(2);
      expect(excel.payloads).toEqual([]);
    },
  );

  it('reads a used range within the limit', async () => {
    const excel = createExcelMock([{ ...budget, usedRange: { rows: 2, cols: 2 } }]);
    const wb = await createExcelHost('da', excel.api).read('sheet');
    expect(wb.sheets[0]!.rows[1]![1]!.value).toBe(100);
  });
});
