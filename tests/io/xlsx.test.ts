import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, type Sheet, type Workbook } from '../../core/grid';
import { readXlsx } from '../../core/io';

async function build(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function read(bytes: Uint8Array, name = 'test.xlsx'): Promise<Workbook> {
  const res = await readXlsx(bytes, name);
  if (!res.ok) throw new Error(res.error.message.en);
  return res.value;
}

function at(sheet: Sheet, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cellAt(sheet, Number(m[2]), col);
}

describe('readXlsx', () => {
  it('keeps cached formula results, the formula text, and error values', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Budget 2024');
        ws.getCell('A1').value = 1184500;
        ws.getCell('A2').value = 96000;
        ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 1280500 };
        ws.getCell('A4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
        ws.getCell('A5').value = { error: '#REF!' };
        ws.getCell('A6').value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
      }),
    );
    const s = wb.sheets[0]!;
    expect(s.name).toBe('Budget 2024');
    expect(at(s, 'A3')).toEqual({ value: 1280500, formula: 'SUM(A1:A2)' });
    expect(at(s, 'A4')).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(at(s, 'A5')).toEqual({ value: { error: '#REF!' } });
    expect(at(s, 'A6')).toEqual({ value: null, formula: 'A1*2' });
    expect(s.rowCount).toBe(6);
    expect(s.colCount).toBe(1);
  });

  it('translates shared formulas and keeps date, text and boolean results', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Ark1');
        ws.getCell('A1').value = 1;
        ws.getCell('A2').value = 2;
        ws.fillFormula('B1:B2', 'A1*2', [2, 4]);
        ws.getCell('C1').value = {
          formula: 'DATE(2009,3,1)',
          result: new Date(Date.UTC(2009, 2, 1)),
        } as ExcelJS.CellFormulaValue;
        ws.getCell('C1').numFmt = 'dd-mm-yyyy';
        ws.getCell('C2').value = {
          formula: 'A1&" årsværk"',
          result: '1 årsværk',
        } as ExcelJS.CellFormulaValue;
        ws.getCell('D1').value = { formula: 'A1<A2', result: true } as ExcelJS.CellFormulaValue;
        ws.getCell('D2').value = {
          text: { richText: [{ text: 'Bilag ' }, { text: '1' }] },
          hyperlink: 'https://www.kk.dk',
        } as unknown as ExcelJS.CellHyperlinkValue;
      }),
    );
    const s = wb.sheets[0]!;
    expect(at(s, 'B1')).toEqual({ value: 2, formula: 'A1*2' });
    expect(at(s, 'B2')).toEqual({ value: 4, formula: 'A2*2' });
    expect((at(s, 'C1')!.value as Date).toISOString()).toBe('2009-03-01T00:00:00.000Z');
    expect(at(s, 'C1')!.formula).toBe('DATE(2009,3,1)');
    expect(at(s, 'C2')).toEqual({
      value: '1 årsværk',
      text: '1 årsværk',
      formula: 'A1&" årsværk"',
    });
    expect(at(s, 'D1')).toEqual({ value: true, formula: 'A1<A2' });
    expect(at(s, 'D2')).toEqual({ value: 'Bilag 1', text: 'Bilag 1' });
  });

  it('flattens rich text and hyperlinks, keeps number formats and dates', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Ark1');
        ws.getCell('A1').value = {
          richText: [{ text: 'Samlet ' }, { font: { bold: true }, text: 'forbrug' }],
        };
        ws.getCell('B1').value = { text: 'Kilde', hyperlink: 'https://www.kk.dk' };
        ws.getCell('C1').value = 0.848;
        ws.getCell('C1').numFmt = '0.0%';
        ws.getCell('D1').value = 1572000;
        ws.getCell('D1').numFmt = '#,##0';
        ws.getCell('E1').value = new Date(Date.UTC(2009, 2, 1));
        ws.getCell('E1').numFmt = 'dd-mm-yyyy';
        ws.getCell('F1').value = true;
      }),
    );
    const s = wb.sheets[0]!;
    expect(at(s, 'A1')).toEqual({ value: 'Samlet forbrug', text: 'Samlet forbrug' });
    expect(at(s, 'B1')).toEqual({ value: 'Kilde', text: 'Kilde' });
    expect(at(s, 'C1')).toEqual({ value: 0.848, numFmt: '0.0%' });
    expect(at(s, 'D1')).toEqual({ value: 1572000, numFmt: '#,##0' });
    const date = at(s, 'E1')!.value as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2009-03-01T00:00:00.000Z');
    expect(at(s, 'E1')!.numFmt).toBe('dd-mm-yyyy');
    expect(at(s, 'F1')).toEqual({ value: true });
  });

  it('keeps only the top-left value of a merge and lists the merge', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Aftale');
        ws.mergeCells('A1:C1');
        ws.getCell('A1').value = 'Aftale om integrationsinitiativer 2024';
        ws.getCell('A2').value = 'Initiativ';
      }),
    );
    const s = wb.sheets[0]!;
    expect(s.merges).toEqual(['A1:C1']);
    expect(at(s, 'A1')!.value).toBe('Aftale om integrationsinitiativer 2024');
    expect(at(s, 'B1')).toBeUndefined();
    expect(at(s, 'C1')).toBeUndefined();
  });

  it('marks hidden sheets and hidden rows', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Synlig');
        ws.getCell('A1').value = 'a';
        ws.getCell('A2').value = 'skjult';
        ws.getRow(2).hidden = true;
        ws.getCell('A3').value = 'c';
        w.addWorksheet('Skjult', { state: 'hidden' }).getCell('A1').value = 1;
        w.addWorksheet('Meget skjult', { state: 'veryHidden' }).getCell('A1').value = 2;
      }),
    );
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Synlig', false],
      ['Skjult', true],
      ['Meget skjult', true],
    ]);
    expect(wb.sheets[0]!.hiddenRows).toEqual([2]);
  });

  it('lists Excel tables and defined names, skipping Excel-internal names', async () => {
    const wb = await read(
      await build((w) => {
        const ws = w.addWorksheet('Status 3. kvartal');
        ws.addTable({
          name: 'Mål',
          ref: 'B2',
          headerRow: true,
          columns: [{ name: 'Indsats' }, { name: 'Mål 2024' }],
          rows: [
            ['Fritidsjob', 200],
            ['Lærepladser', 150],
          ],
        });
        w.definedNames.add("'Status 3. kvartal'!$E$1:$F$9", 'Resultater');
        w.definedNames.add("'Status 3. kvartal'!$A$1:$C$3", '_xlnm.Print_Area');
      }),
    );
    expect(wb.names).toEqual([
      { name: 'Mål', sheet: 'Status 3. kvartal', range: 'B2:C4', kind: 'table' },
      { name: 'Resultater', sheet: 'Status 3. kvartal', range: 'E1:F9', kind: 'name' },
    ]);
  });

  it('fails with a Danish and English message on input that is not a workbook', async () => {
    const cases: Array<[Uint8Array, string]> = [
      [new TextEncoder().encode('hello world'), 'NOT_A_WORKBOOK'],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        'ENCRYPTED_OR_XLS',
      ],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'CORRUPT_WORKBOOK'],
      [new Uint8Array([0, 1, 2, 3, 0, 0]), 'NOT_A_WORKBOOK'],
    ];
    for (const [bytes, code] of cases) {
      const res = await readXlsx(bytes, 'x.xlsx');
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe(code);
        expect(res.error.message.da).toContain('x.xlsx');
        expect(res.error.message.en).toContain('x.xlsx');
      }
    }
  });

  it('fails (never throws) on a truncated real workbook', async () => {
    const full = await build((w) => {
      w.addWorksheet('A').getCell('A1').value = 'Samlet forbrug';
    });
    const res = await readXlsx(full.slice(0, Math.floor(full.length / 2)), 'halv.xlsx');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('CORRUPT_WORKBOOK');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await build((w) => {
      w.addWorksheet('A').getCell('B2').value = 7;
    });
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const wb = await read(new Uint8Array(buf));
    expect(cellAt(wb.sheets[0]!, 2, 2)).toEqual({ value: 7 });
    const res = await readXlsx(buf as ArrayBuffer, 'ab.xlsx');
    expect(res.ok && cellAt(res.value.sheets[0]!, 2, 2)).toEqual({ value: 7 });
  });
});
