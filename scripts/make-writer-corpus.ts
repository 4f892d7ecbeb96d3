/**
 * Writes tests/fixtures/writers/exceljs/*.xlsx from spec.json with ExcelJS: the twins every
 * other writer's file is compared with (tests/io/writers.test.ts). ExcelJS writes no charts,
 * so its 'chart' variant holds the tables alone.
 *
 *   npx tsx scripts/make-writer-corpus.ts   (or scripts/make-writer-corpus.sh for all writers)
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = fileURLToPath(new URL('../tests/fixtures/writers/', import.meta.url));
// The 2x2 red PNG every 'image' variant holds (the Python writers read it too).
const PNG = readFileSync(path.join(ROOT, 'image.png'));

type SpecValue = string | number | { date: string };
interface Spec {
  sheets: Array<{ name: string; hidden?: boolean; rows: SpecValue[][] }>;
  variants: Record<string, string[]>;
}

function value(v: SpecValue): ExcelJS.CellValue {
  return typeof v === 'object' ? new Date(`${v.date}T00:00:00Z`) : v;
}

async function write(features: string[], spec: Spec, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (features.includes('date1904')) wb.properties.date1904 = true;
  for (const sheet of spec.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
    const table = features.includes('table') && sheet.name === 'Budget 2024';
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        // The table writes its own header and rows (A3:B8, its total row inside).
        if (table && r >= 2 && r <= 7) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value(v);
        if (typeof v === 'object') cell.numFmt = 'dd-mm-yyyy';
      }),
    );
    if (table) {
      ws.addTable({
        name: 'Udgifter',
        ref: 'A3',
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: (sheet.rows[2] as string[]).map((name) => ({ name })),
        rows: sheet.rows.slice(3, 8).map((row) => row.map(value)),
      });
    }
  }
  const budget = wb.getWorksheet('Budget 2024')!;
  if (features.includes('comment')) budget.getCell('B5').note = 'Tjek beløbet med økonomi';
  if (features.includes('image')) {
    const image = wb.addImage({ buffer: PNG as never, extension: 'png' });
    budget.addImage(image, 'D3:E4');
  }
  if (features.includes('dv')) {
    const dv = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true };
    (
      budget as unknown as { dataValidations: { add(r: string, v: object): void } }
    ).dataValidations.add('B4:B1048576', dv);
  }
  if (features.includes('richtext')) {
    budget.getCell('A4').value = {
      richText: [{ text: 'Løn,', font: { bold: true } }, { text: ' tre medarbejdere' }],
    };
  }
  await wb.xlsx.writeFile(out);
}

const spec = JSON.parse(readFileSync(path.join(ROOT, 'spec.json'), 'utf8')) as Spec;
const dir = path.join(ROOT, 'exceljs');
mkdirSync(dir, { recursive: true });
for (const [variant, features] of Object.entries(spec.variants)) {
  const out = path.join(dir, `${variant}.xlsx`);
  await write(features, spec, out);
  process.stdout.write(`${out}\n`);
}
