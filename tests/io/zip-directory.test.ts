/** The central-directory reader on zips built byte by byte and on real workbooks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../core/io';
import { entryData } from '../../core/io/zip-directory';
import { DOMAIN_EXAMPLES } from '../shared-dir';
import { buildZip, minimalXlsx, noise, numberRows, type ZipPart } from './zip-builder';

const SHEET =
  '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';

describe('readZipDirectory', () => {
  const cases: Array<{
    what: string;
    part: ZipPart;
    want: { name: string; method: number; uncompressedSize: number };
  }> = [
    {
      what: 'a deflated part',
      part: { name: 'xl/worksheets/sheet1.xml', data: SHEET },
      want: { name: 'xl/worksheets/sheet1.xml', method: 8, uncompressedSize: 85 },
    },
    {
      what: 'a stored part',
      part: { name: 'xl/media/image1.png', data: noise(1000), method: 0 },
      want: { name: 'xl/media/image1.png', method: 0, uncompressedSize: 1000 },
    },
    {
      what: 'a 900 MB declared size, as the directory says it',
      part: { name: 'xl/worksheets/sheet1.xml', data: SHEET, declaredSize: 900_000_000 },
      want: { name: 'xl/worksheets/sheet1.xml', method: 8, uncompressedSize: 900_000_000 },
    },
    {
      what: 'ZIP64 sizes past 4 GB',
      part: { name: 'xl/worksheets/sheet1.xml', data: SHEET, declaredSize: 5e9, zip64: true },
      want: { name: 'xl/worksheets/sheet1.xml', method: 8, uncompressedSize: 5_000_000_000 },
    },
    {
      what: 'a UTF-8 name',
      part: { name: 'xl/media/løn og årsværk.png', data: 'x' },
      want: { name: 'xl/media/løn og årsværk.png', method: 8, uncompressedSize: 1 },
    },
    {
      what: 'a leading slash (some writers add one)',
      part: { name: '/xl/workbook.xml', data: '<workbook/>' },
      want: { name: 'xl/workbook.xml', method: 8, uncompressedSize: 11 },
    },
  ];
  for (const { what, part, want } of cases) {
    it(`reads ${what}`, () => {
      const zip = buildZip([{ name: 'first.xml', data: '<a/>' }, part]);
      const entries = readZipDirectory(zip)!;
      expect(entries).toHaveLength(2);
      expect(entries[1]).toMatchObject(want);
      // The compressed bytes are where the local header says, whatever was declared.
      const data = entryData(zip, entries[1]!)!;
      const raw = typeof part.data === 'string' ? new TextEncoder().encode(part.data) : part.data;
      const unpacked = want.method === 0 ? data : new Uint8Array(inflateRawSync(data));
      expect(unpacked).toEqual(raw);
    });
  }

  it('reads a directory found through the ZIP64 end records', () => {
    const parts = [
      { name: 'a.xml', data: '<a/>' },
      { name: 'xl/worksheets/sheet1.xml', data: SHEET, declaredSize: 6e9, zip64: true },
    ];
    const entries = readZipDirectory(buildZip(parts, true));
    expect(entries?.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['a.xml', 4],
      ['xl/worksheets/sheet1.xml', 6_000_000_000],
    ]);
  });

  it('gives undefined when the ZIP64 end records are missing', () => {
    const zip = buildZip([{ name: 'a.xml', data: '<a/>' }], true);
    // Break the locator's signature: the classic record's 0xFFFF fields then lead nowhere.
    const locator = zip.length - 22 - 20;
    zip[locator] = 0;
    expect(readZipDirectory(zip)).toBeUndefined();
  });

  it('reads a directory behind a zip comment', () => {
    const zip = buildZip([{ name: 'a.xml', data: '<a/>' }]);
    const comment = new TextEncoder().encode('gemt af et regneark');
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(readZipDirectory(withComment)?.map((e) => e.name)).toEqual(['a.xml']);
  });

  const unreadable: Array<[string, Uint8Array]> = [
    ['no bytes', new Uint8Array(0)],
    ['random bytes', noise(5000)],
    ['a zip cut off before its directory', minimalXlsx([{ name: 'A', rows: '' }]).slice(0, 400)],
    ['a zip missing its last byte', buildZip([{ name: 'a.xml', data: '<a/>' }]).slice(0, -1)],
  ];
  for (const [what, bytes] of unreadable) {
    it(`gives undefined for ${what}`, () => {
      expect(readZipDirectory(bytes)).toBeUndefined();
    });
  }

  it('gives undefined when the directory points past the end of the file', () => {
    const zip = buildZip([{ name: 'a.xml', data: '<a/>' }]);
    new DataView(zip.buffer).setUint32(zip.length - 6, zip.length + 100, true);
    expect(readZipDirectory(zip)).toBeUndefined();
  });

  it('agrees with zlib on every part of an ExcelJS workbook and the example workbooks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Budget 2024');
    ws.addRows([
      ['Post', 'Beløb'],
      ['Løn', 1184500],
      ['I alt', { formula: 'SUM(B2)' }],
    ]);
    const files = [new Uint8Array(await wb.xlsx.writeBuffer())];
    for (const f of ['budget-2023.xlsx', 'arbejdsplan-2024.xlsx', 'barometer-2022.xlsx']) {
      files.push(new Uint8Array(readFileSync(path.join(DOMAIN_EXAMPLES, f))));
    }
    for (const bytes of files) {
      const entries = readZipDirectory(bytes)!;
      expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
      for (const e of entries) {
        const data = entryData(bytes, e)!;
        const size = e.method === 0 ? data.length : inflateRawSync(data).length;
        expect(size, e.name).toBe(e.uncompressedSize);
      }
    }
  });

  it('never throws, whatever the bytes', () => {
    const zip = minimalXlsx([{ name: 'A', rows: numberRows(3) }]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        fc.nat(zip.length),
        (changes, cut) => {
          const bytes = zip.slice(0, Math.max(cut, zip.length - 200));
          for (const [at, v] of changes) if (at < bytes.length) bytes[at] = v;
          const entries = readZipDirectory(bytes);
          expect(entries === undefined || Array.isArray(entries)).toBe(true);
          for (const e of entries ?? []) entryData(bytes, e);
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 300) },
    );
  });
});
