// Native charts on a sheet the writer adds: new drawing and chart parts only, numbered past the
// package's own, every other entry stored as it was, and the chart's series reading the cells
// the patch writes (with those values cached), so Excel and LibreOffice draw it at once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchWorkbook, type CellPatch, type NativeChart } from '../../core/io/write';
import {
  checked,
  parseXml,
  readBytes,
  ROOT,
  sheetParts,
  storedRecords,
  text,
  unpack,
  wellFormed,
} from './write-helpers';

const STATUS = path.join(ROOT, 'examples', 'status-2024-q3.xlsx');
const OPENPYXL_CHART = path.join(ROOT, 'tests', 'fixtures', 'writers', 'openpyxl', 'chart.xlsx');
const LO_CHART = path.join(ROOT, 'tests', 'fixtures', 'writers', 'libreoffice', 'chart.xlsx');

/** The cells of an indicator's chart data on the Ramme sheet: periods down A, series in B and C. */
const cells: CellPatch[] = [
  ['A3', 'Periode'],
  ['B3', 'Beskæftigelse'],
  ['C3', 'Mål'],
  ['A4', '2019'],
  ['B4', 56.6],
  ['C4', 65],
  ['A5', '2021'],
  ['B5', null],
  ['C5', 65],
  ['A6', '2023'],
  ['B6', 60.3],
  ['C6', 65],
].map(([cell, v]) => ({ sheet: 'Ramme', cell: cell as string, value: { v: v as number | null } }));

const line: NativeChart = {
  sheet: 'Ramme',
  kind: 'line',
  title: 'Beskæftigelse & <mål>',
  categories: 'A4:A6',
  series: [
    { name: 'B3', values: 'B4:B6' },
    { name: 'C3', values: 'C4:C6' },
  ],
  from: 'E3',
  to: 'L18',
  numFmt: '0.0',
};

const bar: NativeChart = {
  ...line,
  kind: 'bar',
  title: 'Status',
  series: [
    { name: 'B3', values: 'B4:B6' },
    { name: 'C3', values: 'C4:C6', line: true, target: true },
  ],
  from: 'E20',
  to: 'L35',
};

function withCharts(file: string, charts: NativeChart[]) {
  const input = readBytes(file);
  const out = patchWorkbook(input, { cells, newSheets: [{ name: 'Ramme' }], charts });
  return { input, out, entries: unpack(out.bytes) };
}

/** A part's relationship targets of a type, resolved against the part's folder. */
function related(entries: Map<string, Uint8Array>, part: string, kind: string): string[] {
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const rels = text(entries, `${dir}_rels/${part.slice(dir.length)}.rels`);
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .filter((m) => m[0].includes(`/${kind}"`))
    .map((m) => path.posix.normalize(dir + /Target="([^"]+)"/.exec(m[0])![1]!));
}

const chartNames = (entries: Map<string, Uint8Array>) =>
  [...entries.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();

describe('native charts on a new sheet', () => {
  it('adds only new parts; every entry Ramme does not own is stored byte for byte', () => {
    const { input, out, entries } = withCharts(STATUS, [line, bar]);
    expect(out.missing).toEqual([]);
    const before = storedRecords(input);
    const after = storedRecords(out.bytes);
    const owned = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
    for (const [name, hash] of before)
      if (!owned.has(name)) expect(after.get(name), name).toBe(hash);
    const added = [...after.keys()].filter((n) => !before.has(n)).sort();
    const sheet = sheetParts(entries).get('Ramme')!;
    expect(added).toEqual(
      [
        sheet,
        `xl/worksheets/_rels/${sheet.slice('xl/worksheets/'.length)}.rels`,
        'xl/drawings/drawing1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/charts/chart1.xml',
        'xl/charts/chart2.xml',
      ].sort(),
    );
  });

  it('links sheet → drawing → charts and declares their content types', () => {
    const { entries } = withCharts(STATUS, [line, bar]);
    const sheet = sheetParts(entries).get('Ramme')!;
    const xml = text(entries, sheet);
    expect(xml).toMatch(/<\/sheetData><drawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(related(entries, sheet, 'drawing')).toEqual(['xl/drawings/drawing1.xml']);
    expect(related(entries, 'xl/drawings/drawing1.xml', 'chart')).toEqual([
      'xl/charts/chart1.xml',
      'xl/charts/chart2.xml',
    ]);
    const types = text(entries, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    for (const n of [1, 2])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    for (const part of ['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml'])
      expect(wellFormed(text(entries, part)), part).toBe(true);
    const drawing = text(entries, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain(
      '<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>',
    );
    expect(drawing).toContain(
      '<xdr:to><xdr:col>11</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>',
    );
  });

  it('reads its series from the Ramme cells, with their values cached (a gap for an empty cell)', () => {
    const { entries } = withCharts(STATUS, [line, bar]);
    const doc = parseXml(text(entries, 'xl/charts/chart1.xml'));
    const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
    const all = (el: Element | Document, name: string) => [...el.getElementsByTagNameNS(C, name)];
    expect(all(doc, 'lineChart')).toHaveLength(1);
    expect(all(doc, 'barChart')).toHaveLength(0);
    const sers = all(doc, 'ser');
    expect(sers).toHaveLength(2);
    const first = sers[0]!;
    const f = all(first, 'f').map((e) => e.textContent);
    expect(f).toEqual(["'Ramme'!$B$3", "'Ramme'!$A$4:$A$6", "'Ramme'!$B$4:$B$6"]);
    const cache = (name: string) =>
      all(all(first, name)[0]!, 'pt').map((p) => [p.getAttribute('idx'), p.textContent]);
    expect(cache('tx')).toEqual([['0', 'Beskæftigelse']]);
    expect(cache('cat')).toEqual([
      ['0', '2019'],
      ['1', '2021'],
      ['2', '2023'],
    ]);
    expect(cache('val')).toEqual([
      ['0', '56.6'],
      ['2', '60.3'],
    ]);
    expect(all(all(first, 'val')[0]!, 'ptCount')[0]!.getAttribute('val')).toBe('3');
    const title = doc.getElementsByTagNameNS(
      'http://schemas.openxmlformats.org/drawingml/2006/main',
      't',
    );
    expect(title[0]!.textContent).toBe('Beskæftigelse & <mål>');
    expect(all(doc, 'numFmt')[0]!.getAttribute('formatCode')).toBe('0.0');
  });

  it('draws status as clustered columns with the target as a line on the same axes', () => {
    const { entries } = withCharts(STATUS, [bar]);
    const xml = text(entries, 'xl/charts/chart1.xml');
    expect(xml).toMatch(
      /<c:barChart><c:barDir val="col"\/><c:grouping val="clustered"\/>.*<c:f>'Ramme'!\$B\$4:\$B\$6<\/c:f>.*<\/c:barChart><c:lineChart>.*<c:f>'Ramme'!\$C\$4:\$C\$6<\/c:f>.*<\/c:lineChart>/,
    );
    const axes = [...xml.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(axes).size).toBe(2);
  });

  it('colours every series itself (a package without a theme draws them too); the target dashed', () => {
    const { entries } = withCharts(STATUS, [bar]);
    const xml = text(entries, 'xl/charts/chart1.xml');
    const sers = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0]);
    expect(sers[0]).toContain(
      '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>',
    );
    expect(sers[1]).toContain('<a:srgbClr val="C00000"/></a:solidFill><a:prstDash val="dash"/>');
    expect(sers[1]).toContain('<c:marker><c:symbol val="none"/></c:marker>');
  });

  it('numbers its parts past a package that has drawing1 and chart1 already', () => {
    for (const file of [OPENPYXL_CHART, LO_CHART]) {
      const { input, out, entries } = withCharts(file, [line]);
      const before = unpack(input);
      expect(chartNames(entries)).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);
      for (const part of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml'])
        expect(storedRecords(out.bytes).get(part), part).toBe(storedRecords(input).get(part));
      expect(text(entries, 'xl/charts/chart2.xml')).toContain("'Ramme'!$B$4:$B$6");
      const sheet = sheetParts(entries).get('Ramme')!;
      expect(related(entries, sheet, 'drawing')).toEqual(['xl/drawings/drawing2.xml']);
      expect(related(entries, 'xl/drawings/drawing2.xml', 'chart')).toEqual([
        'xl/charts/chart2.xml',
      ]);
      expect(before.has('xl/drawings/drawing2.xml')).toBe(false);
    }
  });

  it('our reader still reads the copy, the Ramme sheet with the chart data included', async () => {
    const { out } = withCharts(OPENPYXL_CHART, [line, bar]);
    const read = await readWorkbookBytes(out.bytes, 'chart.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    const ramme = read.value.sheets.find((s) => s.name === 'Ramme')!;
    expect(ramme.rows[3]?.[1]?.value).toBe(56.6);
    expect(ramme.rows[5]?.[0]?.value).toBe('2023');
  });

  it('ExcelJS loads the copy too, the Ramme sheet with its values', async () => {
    const { out } = withCharts(STATUS, [line, bar]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.bytes.buffer.slice(0) as ArrayBuffer);
    expect(wb.getWorksheet('Ramme')?.getCell('B6').value).toBe(60.3);
  });

  it('refuses a chart on a sheet it does not add, or with a bad range, and writes no part', () => {
    const input = readBytes(STATUS);
    const out = patchWorkbook(input, {
      cells,
      newSheets: [{ name: 'Ramme' }],
      charts: [
        { ...line, sheet: 'Status' },
        { ...line, categories: 'nonsense' },
      ],
    });
    expect(out.missing).toEqual(['Status!E3', 'Ramme!E3']);
    expect(chartNames(unpack(out.bytes))).toEqual([]);
    expect([...unpack(out.bytes).keys()].some((n) => n.includes('drawing'))).toBe(false);
  });
});

describe('any names and numbers', () => {
  it('give well-formed chart parts whose caches hold exactly the cells written', () => {
    const input = readBytes(STATUS);
    const name = fc.string({ maxLength: 20, unit: 'binary' });
    const value = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
    fc.assert(
      fc.property(
        name,
        fc.array(fc.tuple(name, value, value), { minLength: 1, maxLength: 6 }),
        (title, rows) => {
          const sheet = "Ramme 'diagram' & <x>";
          const put = (cell: string, v: string | number | null): CellPatch => ({
            sheet,
            cell,
            value: { v },
          });
          const cells = [
            put('B3', 'Første'),
            put('C3', 'Mål'),
            ...rows.flatMap(([cat, a, b], i) => [
              put(`A${i + 4}`, cat),
              put(`B${i + 4}`, a),
              put(`C${i + 4}`, b),
            ]),
          ];
          const last = rows.length + 3;
          const out = patchWorkbook(input, {
            cells,
            newSheets: [{ name: sheet }],
            charts: [
              {
                ...bar,
                sheet,
                title,
                categories: `A4:A${last}`,
                series: [
                  { name: 'B3', values: `B4:B${last}` },
                  { name: 'C3', values: `C4:C${last}`, line: true, target: true },
                ],
              },
            ],
          });
          const entries = unpack(out.bytes);
          for (const part of ['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml'])
            expect(wellFormed(text(entries, part)), part).toBe(true);
          const doc = parseXml(text(entries, 'xl/charts/chart1.xml'));
          const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
          const vals = [...doc.getElementsByTagNameNS(C, 'val')].map((v) =>
            [...v.getElementsByTagNameNS(C, 'pt')].map((p) => [
              Number(p.getAttribute('idx')),
              Number(p.textContent),
            ]),
          );
          for (const [s, col] of [
            [0, 1],
            [1, 2],
          ] as const)
            expect(vals[s]).toEqual(
              rows.flatMap((r, i) => (r[col] === null ? [] : [[i, r[col] === 0 ? 0 : r[col]]])),
            );
          expect(doc.getElementsByTagNameNS(C, 'f')[0]!.textContent).toBe(
            "'Ramme ''diagram'' & <x>'!$B$3",
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the annotated copy (ramme check --out, "Hent tjekket kopi")', () => {
  it("draws the status table's attainment per initiative beside it", async () => {
    const input = readBytes(STATUS);
    const report = await checked(input, 'status-2024-q3.xlsx');
    expect(report.status.length).toBeGreaterThan(0);
    const entries = unpack(await annotateWorkbook(input, report, 'da'));
    expect(chartNames(entries)).toEqual(['xl/charts/chart1.xml']);
    const sheet = sheetParts(entries).get('Ramme')!;
    expect(related(entries, sheet, 'drawing')).toEqual(['xl/drawings/drawing1.xml']);
    const doc = parseXml(text(entries, 'xl/charts/chart1.xml'));
    const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
    const all = (el: Element | Document, name: string) => [...el.getElementsByTagNameNS(C, name)];
    expect(all(doc, 'barChart')).toHaveLength(1);
    const [name, cat, val] = all(doc, 'f').map((e) => e.textContent!);
    const head = Number(/\$I\$(\d+)$/.exec(name!)![1]);
    const n = report.status.length;
    expect(cat).toBe(`'Ramme'!$D$${head + 1}:$D$${head + n}`);
    expect(val).toBe(`'Ramme'!$I$${head + 1}:$I$${head + n}`);
    const pts = (el: Element) => all(el, 'pt').map((p) => all(p, 'v')[0]!.textContent);
    const ser = all(doc, 'ser')[0]!;
    expect(pts(all(ser, 'tx')[0]!)).toEqual(['Målopfyldelse (%)']);
    expect(pts(all(doc, 'cat')[0]!)).toEqual(report.status.map((r) => r.label));
    expect(pts(all(doc, 'val')[0]!)).toEqual(
      report.status.flatMap((r) => (r.attainment === null ? [] : [String(Number(r.attainment))])),
    );
  });

  it('adds no chart where the workbook has no status table', async () => {
    const input = readBytes(path.join(ROOT, 'examples', 'budget-2024.xlsx'));
    const report = await checked(input, 'budget-2024.xlsx');
    expect(report.status).toEqual([]);
    const entries = unpack(await annotateWorkbook(input, report, 'da'));
    expect(chartNames(entries)).toEqual([]);
  });
});

describe('LibreOffice opens and re-saves the copy with its chart', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ramme-chart-lo-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('converts with exit 0 and keeps a chart reading the Ramme cells', () => {
    const files = [STATUS, OPENPYXL_CHART].map((f, i) => {
      const file = path.join(tmp, `copy${i}.xlsx`);
      writeFileSync(file, withCharts(f, [line, bar]).out.bytes);
      return file;
    });
    const outDir = path.join(tmp, 'out');
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${tmp}/profile`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 240_000, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    for (const [i, own] of [
      [0, 0],
      [1, 1],
    ]) {
      const entries = unpack(new Uint8Array(readFileSync(path.join(outDir, `copy${i}.xlsx`))));
      const charts = chartNames(entries);
      expect(charts.length, `copy${i}`).toBe(2 + own!);
      const refs = charts.map((c) => text(entries, c)).join('');
      expect(refs).toMatch(/Ramme'?!\$B\$4:\$B\$6/);
      expect(refs).toContain('56.6');
    }
  }, 250_000);
});
