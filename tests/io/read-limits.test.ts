/**
 * readWorkbookBytes refuses a workbook past the read limits with a Danish and English message
 * naming the file, the sheet and the limit, before ExcelJS unpacks it; everything within the
 * limits reads as before. The zips are built in the test: a sheet can declare 900 MB in a few
 * hundred bytes, so nothing big is ever written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installInflater, readWorkbookBytes, type ReadLimits } from '../../core/io';
import { nodeInflate } from '../../core/io/node';
import { DOMAIN_EXAMPLES } from '../shared-dir';
import { row, xlsxPackage } from './xlsx-package';
import { minimalXlsx, noise, numberRows } from './zip-builder';

interface Refusal {
  what: string;
  bytes: () => Uint8Array;
  limits?: Partial<ReadLimits>;
  code: string;
  da: RegExp;
  en: RegExp;
  sheet?: string;
}

const refusals: Refusal[] = [
  {
    what: 'a sheet that unpacks to 900 MB',
    // Incompressible bytes, so the ratio is that of a real big sheet (about 450:1 at most).
    bytes: () =>
      minimalXlsx([
        {
          name: 'Drift & løn',
          rows: '',
          raw: noise(2_000_000),
          part: { declaredSize: 900_000_000 },
        },
      ]),
    code: 'WORKBOOK_TOO_LARGE',
    da: /^stor\.xlsx er for stor til at blive tjekket: arket 'Drift & løn' fylder 900 MB udpakket \(grænsen er 300 MB\)\. Del projektmappen op/,
    en: /^stor\.xlsx is too large to check: the sheet 'Drift & løn' is 900 MB unpacked \(the limit is 300 MB\)\. Split the workbook/,
    sheet: 'Drift & løn',
  },
  {
    what: 'a sheet declaring 5 GB in ZIP64 fields',
    bytes: () =>
      minimalXlsx([
        {
          name: 'Ark1',
          rows: '',
          raw: noise(20_000_000),
          part: { declaredSize: 5e9, zip64: true },
        },
      ]),
    code: 'WORKBOOK_TOO_LARGE',
    da: /arket 'Ark1' fylder 5\.000 MB udpakket \(grænsen er 300 MB\)/,
    en: /the sheet 'Ark1' is 5,000 MB unpacked \(the limit is 300 MB\)/,
    sheet: 'Ark1',
  },
  {
    what: 'too many cells (a lowered limit, so the test stays small)',
    bytes: () => minimalXlsx([{ name: 'Budget 2024', rows: numberRows(5, 2) }]),
    limits: { maxCells: 9 },
    code: 'WORKBOOK_TOO_LARGE',
    da: /^stor\.xlsx er for stor til at blive tjekket: den har 10 celler \(grænsen er 9\), alle i arket 'Budget 2024'\./,
    en: /^stor\.xlsx is too large to check: it has 10 cells \(the limit is 9\), all in the sheet 'Budget 2024'\./,
  },
  {
    what: 'too many cells over several sheets, the largest named first',
    bytes: () =>
      minimalXlsx([
        { name: 'Noter', rows: numberRows(1) },
        { name: 'Ark 1', rows: numberRows(300) },
        { name: 'Ark 2', rows: numberRows(400) },
        { name: 'Ark 3', rows: numberRows(350) },
      ]),
    limits: { maxCells: 1000 },
    code: 'WORKBOOK_TOO_LARGE',
    da: /den har 1\.051 celler \(grænsen er 1\.000\), heraf 'Ark 2' 400, 'Ark 3' 350 og 'Ark 1' 300\./,
    en: /it has 1,051 cells \(the limit is 1,000\), of which 'Ark 2' 400, 'Ark 3' 350 and 'Ark 1' 300\./,
  },
  {
    what: 'a zip bomb: 50 MB of spaces packed 1000:1',
    bytes: () => minimalXlsx([{ name: 'Budget', rows: numberRows(2), padding: 50_000_000 }]),
    code: 'ZIP_BOMB',
    da: /arket 'Budget' pakker ud til \d\.?\d{3} gange sin størrelse \(grænsen er 500 gange\)\. Sådan ser en "zip-bombe" ud/,
    en: /the sheet 'Budget' unpacks to \d,?\d{3} times its size \(the limit is 500 times\)\. That is what a "zip bomb" looks like/,
    sheet: 'Budget',
  },
  {
    what: 'a sheet that unpacks to more than it declares',
    bytes: () =>
      minimalXlsx([
        { name: 'Budget', rows: numberRows(2), padding: 200_000, part: { declaredSize: 400 } },
      ]),
    code: 'ZIP_BOMB',
    da: /^stor\.xlsx kan ikke læses: arket 'Budget' fylder mere udpakket, end filen selv angiver\. Filen er beskadiget/,
    en: /^stor\.xlsx cannot be read: the sheet 'Budget' is larger unpacked than the file itself declares\./,
    sheet: 'Budget',
  },
  {
    what: 'shared strings that unpack to 400 MB',
    bytes: () =>
      minimalXlsx(
        [{ name: 'Budget', rows: '' }],
        [{ name: 'xl/sharedStrings.xml', data: noise(1_000_000), declaredSize: 400_000_000 }],
      ),
    code: 'WORKBOOK_TOO_LARGE',
    da: /cellernes tekster \(xl\/sharedStrings\.xml\) fylder 400 MB udpakket \(grænsen er 300 MB\)/,
    en: /the cells' texts \(xl\/sharedStrings\.xml\) is 400 MB unpacked/,
  },
  {
    what: 'parts that unpack to 1.2 GB together',
    bytes: () =>
      minimalXlsx(
        [{ name: 'Budget', rows: '' }],
        [1, 2, 3, 4].map((i) => ({
          name: `xl/media/image${i}.png`,
          data: noise(1_000_000, i),
          declaredSize: 300_000_000,
        })),
      ),
    code: 'WORKBOOK_TOO_LARGE',
    da: /indholdet fylder 1\.201 MB udpakket \(grænsen er 1\.000 MB\)\. Del projektmappen op i mindre filer, eller fjern billeder/,
    en: /its content is 1,201 MB unpacked \(the limit is 1,000 MB\)/,
  },
  {
    what: 'a file over 200 MB (checked before anything else)',
    bytes: () => {
      const big = new Uint8Array(200_000_001);
      big.set([0x50, 0x4b, 0x03, 0x04]);
      return big;
    },
    code: 'FILE_TOO_LARGE',
    da: /^stor\.xlsx er for stor til at blive tjekket: filen fylder 201 MB \(grænsen er 200 MB\)\. Del projektmappen op i mindre filer, eller fjern billeder/,
    en: /^stor\.xlsx is too large to check: the file is 201 MB \(the limit is 200 MB\)\./,
  },
  {
    what: 'a CSV over a lowered file limit',
    // 27 bytes a line: 2,700,000 bytes.
    bytes: () => new TextEncoder().encode('Post;Beløb\nLøn;1.184.500\n'.repeat(100_000)),
    limits: { maxFileBytes: 2_000_000 },
    code: 'FILE_TOO_LARGE',
    da: /^stor\.xlsx er for stor til at blive tjekket: filen fylder 3 MB \(grænsen er 2 MB\)\./,
    en: /^stor\.xlsx is too large to check: the file is 3 MB \(the limit is 2 MB\)\./,
  },
];

// Both ways of measuring a part: the web stream (the browser's) and Node's zlib (the CLI's).
describe.each([
  ['streamed', undefined],
  ["Node's zlib", nodeInflate],
] as const)('readWorkbookBytes past the limits, %s', (_, inflater) => {
  beforeAll(() => installInflater(inflater));
  afterAll(() => installInflater(undefined));

  for (const r of refusals) {
    it(`refuses ${r.what}: ${r.code}`, async () => {
      const res = await readWorkbookBytes(r.bytes(), 'stor.xlsx', r.limits);
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.error.code).toBe(r.code);
      expect(res.error.message.da).toMatch(r.da);
      expect(res.error.message.en).toMatch(r.en);
      expect(res.error.sheet).toBe(r.sheet);
    });
  }

  it('reads exactly the cell limit, and refuses one cell fewer', async () => {
    const zip = minimalXlsx([{ name: 'Budget 2024', rows: numberRows(5, 2) }]);
    expect((await readWorkbookBytes(zip, 'b.xlsx', { maxCells: 10 })).ok).toBe(true);
    const res = await readWorkbookBytes(zip, 'b.xlsx', { maxCells: 9 });
    expect(!res.ok && res.error.code).toBe('WORKBOOK_TOO_LARGE');
  });
});

describe('readWorkbookBytes within the limits', () => {
  it('reads exactly the cell limit', async () => {
    const res = await readWorkbookBytes(
      minimalXlsx([{ name: 'Budget 2024', rows: numberRows(5, 2) }]),
      'b.xlsx',
      { maxCells: 10 },
    );
    expect(res.ok && res.value.sheets[0]!.rows.map((row) => row?.map((c) => c?.value))).toEqual([
      [10, 11],
      [20, 21],
      [30, 31],
      [40, 41],
      [50, 51],
    ]);
  });

  it('reads a workbook with a 50 MB picture (as the corpus has) under the default limits', async () => {
    const picture = { name: 'xl/media/image1.png', data: noise(50_000_000), method: 0 as const };
    const res = await readWorkbookBytes(
      minimalXlsx([{ name: 'Budget 2024', rows: numberRows(3, 2) }], [picture]),
      'billede.xlsx',
    );
    expect(res.ok && res.value.sheets[0]!.rows.length).toBe(3);
  });

  it('reads every example workbook under the default limits', async () => {
    for (const f of ['aftale-2024.xlsx', 'budget-2023.xlsx', 'status-2024-q2.xlsx']) {
      const res = await readWorkbookBytes(readFileSync(path.join(DOMAIN_EXAMPLES, f)), f);
      expect(res.ok, f).toBe(true);
    }
  });

  it('counts ExcelJS’s empty formatted cells too, as ExcelJS builds them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget');
    ws.getCell('A1').value = 'Løn';
    ws.getCell('B1').value = 1184500;
    ws.getCell('C3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect((await readWorkbookBytes(bytes, 'b.xlsx', { maxCells: 3 })).ok).toBe(true);
    const res = await readWorkbookBytes(bytes, 'b.xlsx', { maxCells: 2 });
    expect(!res.ok && res.error.message.da).toMatch(/den har 3 celler \(grænsen er 2\)/);
  });

  it('never throws on a damaged workbook, and a damaged one is still called damaged', async () => {
    const zip = minimalXlsx([{ name: 'A', rows: numberRows(20, 3) }]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (changes) => {
          const bytes = zip.slice();
          for (const [at, v] of changes) bytes[at] = v;
          const res = await readWorkbookBytes(bytes, 'skadet.xlsx');
          expect(typeof res.ok).toBe('boolean');
          if (!res.ok) expect(res.error.message.da).toMatch(/skadet\.xlsx/);
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 100) },
    );
  });
});

describe('shared formulas written out', () => {
  it('refuses a workbook past 256 million characters of them, naming the sheet', async () => {
    // Five sheets of 66.000 cells sharing 999 characters: 64 million written out a sheet (the
    // rest keep their master's text), so the fifth sheet passes 256 million.
    const f = `A1+${'1+'.repeat(497)}A1`;
    const rows = [row(1, `<c r="B1"><f t="shared" ref="B1:B66000" si="0">${f}</f><v>1</v></c>`)];
    for (let r = 2; r <= 66_000; r++) {
      rows.push(row(r, `<c r="B${r}"><f t="shared" si="0"/><v>1</v></c>`));
    }
    const data = rows.join('');
    const sheets = ['Ark1', 'Ark2', 'Ark3', 'Ark4', 'Ark5'].map((name) => ({ name, data }));
    const res = await readWorkbookBytes(xlsxPackage({ sheets }), 'model.xlsx');
    expect(!res.ok && res.error.code).toBe('WORKBOOK_TOO_LARGE');
    expect(!res.ok && res.error.message.da).toBe(
      "model.xlsx er for stor til at blive tjekket: dens delte formler fylder over 256.000.000 tegn, når de skrives ud i hver celle (grænsen nås i arket 'Ark5'). Del projektmappen op i mindre filer.",
    );
    expect(!res.ok && res.error.message.en).toBe(
      "model.xlsx is too large to check: its shared formulas take over 256,000,000 characters when written out in every cell (the limit is reached in the sheet 'Ark5'). Split the workbook into smaller files.",
    );
    // Four of them read.
    const four = await readWorkbookBytes(xlsxPackage({ sheets: sheets.slice(0, 4) }), 'm.xlsx');
    expect(four.ok).toBe(true);
  });
});
