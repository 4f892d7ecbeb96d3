import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';

const CSV = 'Post;Beløb i kr.\r\nLøn;500.000\r\nHusleje;130.000\r\nI alt;620.000\r\n';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('annotateWorkbook', () => {
  it('turns a Danish CSV into a marked .xlsx with a Ramme sheet', async () => {
    const bytes = new TextEncoder().encode(CSV);
    const read = await readWorkbookBytes(bytes, 'budget.csv');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const report = checkWorkbook(read.value, { lang: 'da' });
    expect(report.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      `TOTAL_MISMATCH ${read.value.sheets[0]!.name}!B4`,
    ]);
    const out = await load(await annotateWorkbook(bytes, report, 'da'));
    const sheet = out.getWorksheet(read.value.sheets[0]!.name)!;
    expect(sheet.getCell('A2').value).toBe('Løn');
    const b4 = sheet.getCell('B4');
    expect(b4.value).toBe('620.000');
    expect((b4.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(String(b4.note)).toContain('630.000 kr.');
    const ramme = out.getWorksheet('Ramme')!;
    expect(ramme.getCell('A1').value).toBe('Ramme: fund og resultater');
    expect(ramme.getCell('A5').value).toBe('Alvor');
    expect(ramme.getCell('A6').value).toBe('Fejl');
    expect(ramme.getCell('D6').value).toBe(630000);
    expect(ramme.getCell('E6').value).toBe(620000);
  });

  it('keeps a note already on the cell and never clashes with a sheet called Ramme', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.addRows([
      ['Post', 'Beløb i kr.'],
      ['Løn', 100],
      ['Husleje', 200],
      ['I alt', 400],
    ]);
    ws.getCell('B4').note = 'Tjekket af Jens';
    wb.addWorksheet('Ramme').getCell('A1').value = 'brugerens eget ark';
    const original = new Uint8Array(await wb.xlsx.writeBuffer());
    const copy = Uint8Array.from(original);
    const read = await readWorkbookBytes(original, 'b.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    const report = checkWorkbook(read.value, { lang: 'en' });
    const out = await load(await annotateWorkbook(original, report, 'en'));
    expect(original).toEqual(copy);
    const note = JSON.stringify(out.getWorksheet('Budget')!.getCell('B4').note);
    expect(note).toContain('Tjekket af Jens');
    expect(note).toContain('Ramme: ');
    expect(out.getWorksheet('Ramme')!.getCell('A1').value).toBe('brugerens eget ark');
    expect(out.getWorksheet('Ramme (2)')!.getCell('A1').value).toBe('Ramme: findings and results');
  });
});
