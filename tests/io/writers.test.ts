/**
 * The writer corpus (scripts/make-writer-corpus.sh, tests/fixtures/writers/): the tables of
 * spec.json written by ExcelJS, openpyxl, XlsxWriter, LibreOffice and SheetJS, with comments, images,
 * charts, Excel tables, data validation to row 1.048.576, rich text, hidden sheets, the 1904
 * date system, and SheetJS's inline t="str" strings and ISO t="d" dates.
 * Every file must give the same findings and results as its ExcelJS twin; how long each takes
 * (the aim: under a second) is measured by `npm run bench -- files`, not asserted here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import type { FileReport } from '../../core/report';

const DIR = path.resolve(__dirname, '../fixtures/writers');

async function check(file: string): Promise<{ report: FileReport }> {
  const read = await readWorkbookBytes(readFileSync(file), path.basename(file));
  if (!read.ok) throw new Error(read.error.message.en);
  const report = checkWorkbook(read.value, { lang: 'da' });
  return { report };
}

/** What must agree between writers: the findings and every result, not the file's name. */
function essence(r: FileReport): unknown {
  return {
    findings: r.findings,
    capacity: r.capacity,
    funding: r.funding,
    indicators: r.indicators,
    status: r.status,
  };
}

// The workbooks Ramme reads; SheetJS's .xlsb is there to be named, not read
// (tests/cli/special-files.test.ts).
const others = ['openpyxl', 'xlsxwriter', 'libreoffice', 'sheetjs'].flatMap((writer) =>
  readdirSync(path.join(DIR, writer))
    .filter((f) => !f.endsWith('.xlsb'))
    .map((f) => path.join(writer, f)),
);

/** A PNG's pixel bytes, inflated with the checksum zlib verifies; throws on a damaged image. */
function pngPixels(png: Uint8Array): { width: number; height: number; bytes: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (let at = 8; at + 8 <= png.length;) {
    const length = view.getUint32(at);
    const type = strFromU8(png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [view.getUint32(at + 8), view.getUint32(at + 12)];
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  return { width, height, bytes: inflateSync(Buffer.concat(idat)).length };
}

describe('the writer corpus', () => {
  it('holds every variant from every writer', () => {
    const variants = Object.keys(
      (JSON.parse(readFileSync(path.join(DIR, 'spec.json'), 'utf8')) as { variants: object })
        .variants,
    );
    for (const writer of ['exceljs', 'openpyxl', 'xlsxwriter', 'libreoffice'])
      for (const v of variants)
        expect(
          others.concat(readdirSync(path.join(DIR, 'exceljs')).map((f) => `exceljs/${f}`)),
        ).toContain(`${writer}/${v}.xlsx`);
  });

  it.each(readdirSync(path.join(DIR, 'exceljs')))(
    'exceljs/%s: the planted errors are found (the twins are worth comparing with)',
    async (file) => {
      const { report } = await check(path.join(DIR, 'exceljs', file));
      const at = report.findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
      expect(at).toContain('TOTAL_MISMATCH Budget 2024!B8');
      expect(at).toContain('TOTAL_MISMATCH Skjult!B4');
    },
  );

  it.each(others)(
    '%s: the same findings and results as its ExcelJS twin',
    async (file) => {
      // 'plain.iso-dates.xlsx' is plain.xlsx written another way.
      const twin = path.join(DIR, 'exceljs', `${path.basename(file).split('.')[0]}.xlsx`);
      const [mine, theirs] = [await check(path.join(DIR, file)), await check(twin)];
      expect(essence(mine.report)).toEqual(essence(theirs.report));
    },
    60_000,
  );

  // The image every writer was given is whole: a damaged one made LibreOffice's libpng report
  // "IDAT: incorrect data check" on every conversion.
  it.each(['exceljs', 'openpyxl', 'xlsxwriter', 'libreoffice'])(
    '%s/image.xlsx holds the 2×2 picture whole',
    (writer) => {
      const parts = unzipSync(readFileSync(path.join(DIR, writer, 'image.xlsx')));
      const pngs = Object.keys(parts).filter((k) => k.toLowerCase().endsWith('.png'));
      expect(pngs).toHaveLength(1);
      // Filter byte + 3 bytes a pixel, a row: an 8-bit RGB picture 2 wide and 2 high.
      expect(pngPixels(parts[pngs[0]!]!)).toEqual({ width: 2, height: 2, bytes: 14 });
    },
  );

  it.each([
    ['plain.inline-strings.xlsx', /<c r="A4" t="str"><v>Løn, tre medarbejdere<\/v><\/c>/],
    ['plain.iso-dates.xlsx', /<c r="B2" s="\d+" t="d"><v>2024-01-01T00:00:00\.000Z<\/v><\/c>/],
  ])('sheetjs/%s holds the shape it is there for', (file, cell) => {
    const parts = unzipSync(readFileSync(path.join(DIR, 'sheetjs', file)));
    const sheets = Object.keys(parts).filter((k) => k.startsWith('xl/worksheets/sheet'));
    expect(sheets.some((k) => cell.test(strFromU8(parts[k]!)))).toBe(true);
  });
});
