import { describe, expect, it } from 'vitest';
import { createExcelHost } from '../../addin/excel';
import type { Finding, TableInfo } from '../../core/report';
import { createExcelMock, type ExcelMock, type FakeSheet } from './excel-mock';

const plan = (): FakeSheet => ({
  name: 'Plan',
  values: [
    ['Område', 'Årsværk', 'Andel'],
    ['Job', 2, 0.5],
    ['Uddannelse', 2, 0.5],
    ['I alt', 4, 1],
  ],
  formulas: [
    ['Område', 'Årsværk', 'Andel'],
    ['Job', 2, '=B2/B4'],
    ['Uddannelse', 2, '=B3/B4'],
    ['I alt', '=SUM(B2:B3)', '=SUM(C2:C3)'],
  ],
});

const table: TableInfo = {
  sheet: 'Plan',
  range: 'A1:C4',
  kind: 'staffing',
  unit: 'årsværk',
  roles: {
    rows: [
      { from: 1, to: 1, role: 'header' },
      { from: 2, to: 3, role: 'detail' },
      { from: 4, to: 4, role: 'total' },
    ],
    columns: [
      { column: 'A', role: 'label' },
      { column: 'B', role: 'amount' },
      { column: 'C', role: 'derived' },
    ],
  },
};

const finding: Finding = {
  severity: 'error',
  code: 'FORMULA_OMITS_CELLS',
  sheet: 'Plan',
  cell: 'B4',
  expected: '4',
  actual: '4',
  message: '=SUM(B2:B3) i B4 udelader række 5 (1).',
};

const CELLS = ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3', 'C3', 'A4', 'B4', 'C4'];

async function paint(excel: ExcelMock, cell: string, color: string): Promise<void> {
  await excel.api.run(async (context) => {
    context.workbook.worksheets.getItem('Plan').getRange(cell).format.fill.color = color;
    await context.sync();
  });
}

/** Each cell's fill; a cell the adapter never touched has Excel's "no fill" (white). */
const fills = (excel: ExcelMock) =>
  CELLS.map((c) => excel.cell('Plan', c)?.format.fill.color ?? '#FFFFFF');

/** What Excel would return for the cell when asked afterwards (load, then sync). */
async function readBack(excel: ExcelMock, cell: string) {
  return excel.api.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Plan').getRange(cell);
    range.load(['values', 'formulas', 'numberFormat']);
    await context.sync();
    return { values: range.values, formulas: range.formulas, numberFormat: range.numberFormat };
  });
}

describe('the structure map in Excel', () => {
  it('tints each role row of the table, derived columns by the column, in two syncs', async () => {
    const excel = createExcelMock([plan()]);
    const host = createExcelHost('da', excel.api);
    await host.showStructure!([table]);
    expect(Object.fromEntries(CELLS.map((c, i) => [c, fills(excel)[i]]))).toEqual({
      A1: '#D9D9D9',
      B1: '#D9D9D9',
      C1: '#D9D9D9',
      A2: '#E2EFDA',
      B2: '#E2EFDA',
      C2: '#D9D2E9',
      A3: '#E2EFDA',
      B3: '#E2EFDA',
      C3: '#D9D2E9',
      A4: '#A9D08E',
      B4: '#A9D08E',
      C4: '#D9D2E9',
    });
    expect(excel.syncs).toBe(2);
  });

  it('writes only fills: values, formulas and number formats stay as they were', async () => {
    const excel = createExcelMock([plan()]);
    const host = createExcelHost('da', excel.api);
    await host.showStructure!([table]);
    await host.hideStructure!();
    expect(await readBack(excel, 'B4')).toEqual({
      values: [[4]],
      formulas: [['=SUM(B2:B3)']],
      numberFormat: [['General']],
    });
    expect((await readBack(excel, 'C2')).formulas).toEqual([['=B2/B4']]);
  });

  it('switching off puts back every cell’s own fill exactly', async () => {
    const excel = createExcelMock([plan()]);
    await paint(excel, 'B2', '#FFFF00');
    await paint(excel, 'A4', '#00B0F0');
    const before = fills(excel);
    const host = createExcelHost('da', excel.api);
    await host.showStructure!([table]);
    expect(excel.cell('Plan', 'B2').format.fill.color).toBe('#E2EFDA');
    await host.hideStructure!();
    expect(fills(excel)).toEqual(before);
    expect(excel.cell('Plan', 'B2').format.fill.color).toBe('#FFFF00');
    expect(excel.cell('Plan', 'A4').format.fill.color).toBe('#00B0F0');
  });

  it('switching on twice and off once still restores the first fills', async () => {
    const excel = createExcelMock([plan()]);
    await paint(excel, 'B3', '#FFC000');
    const host = createExcelHost('da', excel.api);
    await host.showStructure!([table]);
    await host.showStructure!([table]);
    await host.hideStructure!();
    expect(excel.cell('Plan', 'B3').format.fill.color).toBe('#FFC000');
    expect(excel.cell('Plan', 'B2').format.fill.color).toBe('#FFFFFF');
  });

  it('keeps finding marks on top, and each layer restores what it found, in either order', async () => {
    const excel = createExcelMock([plan()]);
    await paint(excel, 'B4', '#FFFF00');
    const host = createExcelHost('da', excel.api);
    await host.showStructure!([table]);
    await host.markFindings([finding]);
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FDE7E9');
    await host.hideStructure!();
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FDE7E9');
    expect(excel.cell('Plan', 'A4').format.fill.color).toBe('#FFFFFF');
    expect([...excel.notes.values()]).toEqual([`Ramme: ${finding.message}`]);
    await host.clearMarks();
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FFFF00');
    expect(excel.notes.size).toBe(0);

    await host.markFindings([finding]);
    await host.showStructure!([table]);
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FDE7E9');
    expect(excel.cell('Plan', 'A4').format.fill.color).toBe('#A9D08E');
    await host.clearMarks();
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#A9D08E');
    await host.hideStructure!();
    expect(excel.cell('Plan', 'B4').format.fill.color).toBe('#FFFF00');
  });

  it('does nothing when switched off without being on', async () => {
    const excel = createExcelMock([plan()]);
    await createExcelHost('da', excel.api).hideStructure!();
    expect(excel.syncs).toBe(0);
  });
});
