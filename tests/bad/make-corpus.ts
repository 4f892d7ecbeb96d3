/**
 * Builds the hostile/broken input corpus in tests/fixtures/bad/ (the small files, committed)
 * and the big ones at test time (tests/fixtures/bad/generated/, git-ignored).
 *
 *   npx tsx tests/bad/make-corpus.ts        # rewrites the committed small files
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { XLSX_HOSTILE_FILES } from './xlsx-hostile';

export const BAD_DIR = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
export const GENERATED_DIR = path.join(BAD_DIR, 'generated');

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A small budget overview in the layout of the example workbooks; `wrong` misstates 'I alt'. */
function budgetSheet(wb: ExcelJS.Workbook, name: string, wrong: boolean): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'Oversigt over forbrug 2024';
  ws.getCell('A3').value = 'Afholdte udgifter';
  ws.getCell('B3').value = 'Beløb i kr.';
  ws.getCell('A4').value = 'Løn';
  ws.getCell('B4').value = 1184500;
  ws.getCell('A5').value = 'Lokaleleje';
  ws.getCell('B5').value = '96.000';
  ws.getCell('A6').value = 'Workshops';
  ws.getCell('B6').value = 48250.5;
  ws.getCell('A7').value = 'I alt';
  ws.getCell('B7').value = wrong ? 1328850.5 : 1328750.5;
  return ws;
}

export async function validBudget(wrong = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  budgetSheet(wb, 'Budget 2024', wrong);
  return bytesOf(wb);
}

/** A real .xlsx cut short and scribbled on: the zip's central directory is gone. */
async function corruptZip(): Promise<Uint8Array> {
  const whole = await validBudget();
  const cut = whole.slice(0, Math.floor(whole.length / 2));
  for (let i = 200; i < cut.length; i += 97) cut[i] = 0xff;
  return cut;
}

/** A zip that holds no workbook: one text file. */
async function zipNotXlsx(): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  zip.file('readme.txt', 'Dette er ikke en projektmappe.');
  return zip.generateAsync({ type: 'uint8array' });
}

/** Exports often save CSV with an .xlsx name: Danish separators, a wrong total. */
function csvNamedXlsx(): Uint8Array {
  const text = [
    'Oversigt over forbrug 2024;',
    ';',
    'Afholdte udgifter;Beløb i kr.',
    'Løn;1.184.500',
    'Lokaleleje;96.000',
    'Workshops;48.250,50',
    'I alt;1.328.850,50',
    '',
  ].join('\r\n');
  return new TextEncoder().encode(text);
}

/**
 * An OLE compound file (CFB) whose directory names these entries (the first the root storage,
 * the rest streams, none with data): the header, one allocation-table sector, then the
 * directory, four entries a sector, chained through the table. Enough for the reader, which
 * tells such files apart by their directory alone (core/io/cfb.ts).
 */
export function compoundFile(names: string[]): Uint8Array {
  const dirSectors = Math.ceil(names.length / 4);
  const bytes = new Uint8Array(512 * (2 + dirSectors));
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 0x0009, true); // sector shift
  view.setUint16(0x20, 0x0006, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT
  for (let i = 0x4c; i < 0x200; i += 4) view.setUint32(i, 0xffffffff, true);
  view.setUint32(0x4c, 0, true); // FAT in sector 0
  // The allocation table (sector 0, file offset 0x200): itself, then the directory's chain.
  for (let i = 0; i < 128; i++) view.setUint32(0x200 + i * 4, 0xffffffff, true);
  view.setUint32(0x200, 0xfffffffd, true);
  for (let d = 1; d <= dirSectors; d++)
    view.setUint32(0x200 + d * 4, d < dirSectors ? d + 1 : 0xfffffffe, true);
  names.forEach((name, i) => {
    const at = 0x400 + i * 128; // sector 1 onwards (file offset 0x200 + 512)
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return bytes;
}

/** A password-protected .xlsx: EncryptionInfo and EncryptedPackage streams. */
const encryptedXlsx = () =>
  compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);

/**
 * An .xlsx under rights management (a sensitivity label with encryption, IRM): the data spaces
 * of MS-OFFCRYPTO's IRMDS for an ECMA-376 document, with the content in EncryptedPackage.
 */
const rightsProtectedXlsx = () =>
  compoundFile([
    'Root Entry',
    '\u0006DataSpaces',
    'Version',
    'DataSpaceMap',
    'DataSpaceInfo',
    'DRMEncryptedDataSpace',
    'TransformInfo',
    'DRMEncryptedTransform',
    '\u0006Primary',
    'EncryptedPackage',
    '\u0005SummaryInformation',
  ]);

async function emptyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ark1');
  return bytesOf(wb);
}

/** A small budget and one touched cell in the last row Excel has. */
async function lastRowTouched(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', true);
  ws.getCell('A1048576').value = 'nederst';
  return bytesOf(wb);
}

async function errorValues(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', false);
  ws.getCell('B4').value = { formula: 'Ark2!B9', result: { error: '#REF!' } } as ExcelJS.CellValue;
  ws.getCell('B5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  ws.getCell('B6').value = { error: '#N/A' } as ExcelJS.CellValue;
  return bytesOf(wb);
}

async function mergedHeader(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget 2024');
  ws.getCell('A1').value = 'Oversigt over forbrug 2024';
  ws.mergeCells('A1:C1');
  ws.getCell('A3').value = 'Post';
  ws.getCell('B3').value = 'Beløb i kr.';
  ws.mergeCells('B3:C3');
  ws.getCell('A4').value = 'Løn';
  ws.getCell('B4').value = 1184500;
  ws.getCell('A5').value = 'Lokaleleje';
  ws.getCell('B5').value = 96000;
  ws.getCell('A6').value = 'I alt';
  ws.getCell('B6').value = 1280600;
  return bytesOf(wb);
}

/** A hidden row inside a correct total (it counts, as in SUM) and a hidden sheet. */
async function hiddenRowsAndSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', false);
  ws.getRow(5).hidden = true;
  const secret = budgetSheet(wb, 'Skjult', true);
  secret.state = 'hidden';
  const very = wb.addWorksheet('MegetSkjult');
  very.getCell('A1').value = 'intern';
  very.state = 'veryHidden';
  return bytesOf(wb);
}

async function datesAsText(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bemanding');
  ws.addRow(['Medarbejder', 'Fra', 'Til', 'Andel']);
  ws.addRow(['Konsulent A', '01-01-2024', '31-12-2024', '1']);
  ws.addRow(['Konsulent B', '1. marts 2024', '31.12.2024', '0,5']);
  ws.addRow(['Konsulent C', '2024-13-45', 'snart', '1']);
  return bytesOf(wb);
}

/** Amounts that Excel shows as dates: a date format on a number, and a real date. */
async function numbersAsDates(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', false);
  ws.getCell('B5').value = new Date(Date.UTC(2163, 9, 26)); // serial 96000 shown as a date
  ws.getCell('B5').numFmt = 'dd-mm-yyyy';
  return bytesOf(wb);
}

async function longStrings(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', true);
  ws.getCell('A4').value = `Løn ${'x'.repeat(32_763)}`;
  ws.getCell('C4').value = 'æøå'.repeat(10_922) + 'a';
  ws.getCell('A9').value = '9'.repeat(32_767);
  return bytesOf(wb);
}

/** Text cells holding markup, formulas, CSV-injection prefixes and terminal escapes. */
export const HOSTILE_TEXTS = [
  '<script>alert("ramme")</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://example.invalid/?q="&A1;"klik")',
  '=1+1',
  "+cmd|' /C calc'!A0",
  '@SUM(A1:A2)',
  '\u001b[31mRØD\u001b[0m \u001b]0;titel\u0007',
];

async function htmlAndFormulasInText(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget <img src=x>');
  ws.getCell('A1').value = HOSTILE_TEXTS[0]!;
  ws.getCell('A3').value = 'Afholdte udgifter';
  ws.getCell('B3').value = 'Beløb i kr.';
  HOSTILE_TEXTS.slice(1).forEach((text, i) => {
    ws.getCell(`A${4 + i}`).value = text;
    ws.getCell(`B${4 + i}`).value = 1000 * (i + 1);
  });
  ws.getCell(`A${4 + HOSTILE_TEXTS.length - 1}`).value = 'I alt';
  ws.getCell(`B${4 + HOSTILE_TEXTS.length - 1}`).value = 99999;
  ws.getCell('C4').value = HOSTILE_TEXTS[6]!;
  return bytesOf(wb);
}

/** Totals whose formulas refer to themselves and each other, with cached values saved. */
async function circularReferences(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', false);
  ws.getCell('B7').value = { formula: 'SUM(B4:B7)', result: 1328750.5 } as ExcelJS.CellValue;
  ws.getCell('D1').value = { formula: 'E1+1', result: 0 } as ExcelJS.CellValue;
  ws.getCell('E1').value = { formula: 'D1+1', result: 0 } as ExcelJS.CellValue;
  return bytesOf(wb);
}

/**
 * A zip bomb in miniature: the budget workbook with 50 MB of spaces in its sheet, which deflate
 * packs about 1000:1 into 50 KB, as zip bombs pack gigabytes. Ramme refuses it from the zip's
 * directory alone, before unpacking a byte (core/io/limits).
 */
async function zipBomb(): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await validBudget());
  const sheet = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(sheet)!.async('string');
  zip.file(sheet, xml.replace('</worksheet>', `${' '.repeat(50_000_000)}</worksheet>`));
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** A PDF saved under a workbook's name: text up front, no NUL byte in its first 4 KB. */
function pdfNamedXlsx(): Uint8Array {
  return new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/** A note saved as .csv: lines of prose, no separator, so no table. */
function proseNamedCsv(): Uint8Array {
  return new TextEncoder().encode('Husk budgetmødet torsdag\nTal med økonomi om rammen\n');
}

/**
 * Small files written into tests/fixtures/bad/ and committed. Also committed there, made by
 * LibreOffice (`soffice --headless --convert-to xls examples/budget-2024.xlsx`), not here:
 * legacy-excel-97.xls.
 */
export const SMALL_FILES: Record<string, () => Uint8Array | Promise<Uint8Array>> = {
  'corrupt-zip.xlsx': corruptZip,
  'zip-not-xlsx.xlsx': zipNotXlsx,
  'random-bytes.xlsx': () => new Uint8Array(randomBytes(2048)).map((b, i) => (i === 0 ? 1 : b)),
  'zero-bytes.xlsx': () => new Uint8Array(0),
  'csv-named.xlsx': csvNamedXlsx,
  'encrypted.xlsx': encryptedXlsx,
  'rights-protected.xlsx': rightsProtectedXlsx,
  'empty-workbook.xlsx': emptyWorkbook,
  'last-row-touched.xlsx': lastRowTouched,
  'error-values.xlsx': errorValues,
  'merged-header.xlsx': mergedHeader,
  'hidden-rows-and-sheets.xlsx': hiddenRowsAndSheets,
  'dates-as-text.xlsx': datesAsText,
  'numbers-as-dates.xlsx': numbersAsDates,
  'long-strings.xlsx': longStrings,
  'html-and-formulas-in-text.xlsx': htmlAndFormulasInText,
  'circular-references.xlsx': circularReferences,
  'zip-bomb.xlsx': zipBomb,
  'pdf-named.xlsx': pdfNamedXlsx,
  'prose-named.csv': proseNamedCsv,
  ...XLSX_HOSTILE_FILES,
};

/** The 150 MB single-line CSV: '1;' over and over, no line break. */
async function singleLineCsv(file: string): Promise<void> {
  const chunk = Buffer.from('1;'.repeat(1 << 19));
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < 150_000_000; written += chunk.length) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

/**
 * Hostile files made at test time in a folder of their own (outside the repository: a pipe
 * there would hang tools that read every file), each with its expected outcome in
 * GENERATED_EXPECTED: special files, a 229 KB CSV with a 90.000-field row, a 150 MB line, and
 * names with terminal escapes and a line break.
 */
export const GENERATED_FILES: Record<string, (file: string) => void | Promise<void>> = {
  'named-pipe.csv': (file) => void execFileSync('mkfifo', [file]),
  'dev-zero-link.xlsx': (file) => symlinkSync('/dev/zero', file),
  'wide-row.csv': (file) =>
    writeFileSync(file, `${Array(90_000).fill('1').join(';')}\n${'a;1\n'.repeat(12_000)}`),
  'single-line-150mb.csv': singleLineCsv,
  'escape-\u001b[31m-bell-\u0007-name.csv': (file) => writeFileSync(file, csvNamedXlsx()),
  'newline-\nFEJL  forfalsket!A1.csv': (file) => writeFileSync(file, csvNamedXlsx()),
};

export const BIG_FILE_BYTES = 50 * 1024 * 1024;

/**
 * A 50 MB workbook: a small budget with a wrong total and an embedded 50 MB picture that does
 * not compress (workbooks with photos and logos get this big).
 */
export async function bigWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = budgetSheet(wb, 'Budget 2024', true);
  const image = wb.addImage({ buffer: randomBytes(BIG_FILE_BYTES) as never, extension: 'png' });
  ws.addImage(image, 'D2:H20');
  await mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  await mkdir(BAD_DIR, { recursive: true });
  for (const [name, make] of Object.entries(SMALL_FILES)) {
    await writeFile(path.join(BAD_DIR, name), await make());
    process.stdout.write(`${name}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await main();
}
