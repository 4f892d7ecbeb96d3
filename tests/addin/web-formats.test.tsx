// The web page opens what `ramme check` reads (.xlsx, .xlsm, .ods, .csv; an .xls to say how to
// convert it) and saves what `ramme check --out` writes: an .xlsm as an .xlsm with its macros,
// an .ods as an .ods (its workbook with new values too, charts left out and said so); never a
// false "damaged" message.
import './dom-shims';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WebApp } from '../../addin/web/WebApp';
import { ACCEPT, isWorkbookName } from '../../addin/web/OpenWorkbook';
import {
  annotatedCopy,
  baseName,
  chartsLeftOut,
  openWorkbook,
  savedExtension,
  workbookWithValues,
} from '../../addin/web/downloads';
import { ViewStore } from '../../addin/web/store';
import { webText } from '../../addin/web/strings';
import { createWebHost } from '../../addin/web/web-host';
import { copyKind, extensionOf, WORKBOOK_EXTENSIONS } from '../../core/io/workbook-names';
import { makeXlsm, ROOT, text, unpack } from '../io/write-helpers';

afterEach(cleanup);

const BUDGET = path.join(ROOT, 'examples', 'budget-2024.xlsx');
const ODS = path.join(ROOT, 'tests', 'fixtures', 'writers', 'libreoffice', 'features.ods');
const XLS = path.join(ROOT, 'tests', 'fixtures', 'bad', 'legacy-excel-97.xls');
const XLSB = path.join(ROOT, 'tests', 'fixtures', 'writers', 'sheetjs', 'plain.xlsb');

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A chosen file as the browser hands it over (jsdom's File has no arrayBuffer of its own). */
function chosen(bytes: Uint8Array, name: string): File {
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => Promise.resolve(bytes.slice().buffer),
  });
  return file;
}

async function opened(bytes: Uint8Array, name: string) {
  const read = await openWorkbook(bytes, name, 'da');
  if (!read.ok) throw new Error(read.message);
  return read.doc;
}

describe('the names the page takes', () => {
  it.each([
    ['budget.xlsx', '.xlsx', true, 'xlsx'],
    ['Budget 2024.XLSX', '.xlsx', true, 'xlsx'],
    ['plan.xlsm', '.xlsm', true, 'xlsm'],
    ['plan.ods', '.ods', true, 'ods'],
    ['eksport.csv', '.csv', true, 'xlsx'],
    ['gammel.xls', '.xls', true, 'xlsx'],
    ['stor.xlsb', '.xlsb', true, 'xlsx'],
    ['skabelon.xltx', '.xltx', true, 'xlsx'],
    ['skabelon.xltm', '.xltm', true, 'xlsm'],
    ['a.b.csv', '.csv', true, 'xlsx'],
    ['mappe.xlsx/notat.txt', '.txt', false, 'xlsx'],
    ['C:\\Users\\ab\\budget.xlsm', '.xlsm', true, 'xlsm'],
    ['budget.xlsx.bak', '.bak', false, 'xlsx'],
    ['rapport.pdf', '.pdf', false, 'xlsx'],
    ['budget', '', false, 'xlsx'],
    ['.xlsx', '', false, 'xlsx'],
    ['budget.', '.', false, 'xlsx'],
  ] as const)('%s: extension %j, taken %s, its copy an .%s', (name, extension, taken, kind) => {
    expect(extensionOf(name)).toBe(extension);
    expect(isWorkbookName(name)).toBe(taken);
    expect(copyKind(name)).toBe(kind);
  });

  it("the chooser's filter lists every extension the CLI reads", () => {
    const listed = ACCEPT.split(',');
    for (const ext of WORKBOOK_EXTENSIONS) expect(listed).toContain(ext);
  });
});

describe('opening on the page', () => {
  it.each([
    ['plan.ods', () => bytesOf(ODS)],
    ['plan.xlsm', () => makeXlsm(bytesOf(BUDGET))],
  ])('%s opens and names itself', async (name, bytes) => {
    render(<WebApp initialLang="da" />);
    fireEvent.change(screen.getByTestId('open-workbook'), {
      target: { files: [chosen(bytes(), name)] },
    });
    expect(await screen.findByText(name, { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByTestId('open-problem')).toBeNull();
  });

  it.each([
    [
      'da',
      'legacy-excel-97.xls er i det gamle Excel-format (.xls), som Ramme ikke læser. Åbn den i Excel og vælg Filer > Gem som > Excel-projektmappe (*.xlsx), eller konvertér den med LibreOffice: soffice --headless --convert-to xlsx "legacy-excel-97.xls".',
    ],
    [
      'en',
      'legacy-excel-97.xls is in the old Excel format (.xls), which Ramme does not read. Open it in Excel and choose File > Save As > Excel Workbook (*.xlsx), or convert it with LibreOffice: soffice --headless --convert-to xlsx "legacy-excel-97.xls".',
    ],
  ] as const)('an .xls is answered with how to convert it (%s)', async (lang, said) => {
    render(<WebApp initialLang={lang} />);
    fireEvent.change(screen.getByTestId('open-workbook'), {
      target: { files: [chosen(bytesOf(XLS), 'legacy-excel-97.xls')] },
    });
    expect((await screen.findByTestId('open-problem')).textContent).toBe(said);
  });

  it.each([
    ['da', 'stor.xlsb er en binær Excel-projektmappe (.xlsb), som Ramme ikke læser.'],
    ['en', 'stor.xlsb is an Excel binary workbook (.xlsb), which Ramme does not read.'],
  ] as const)('an .xlsb is answered with how to convert it (%s)', async (lang, said) => {
    render(<WebApp initialLang={lang} />);
    fireEvent.change(screen.getByTestId('open-workbook'), {
      target: { files: [chosen(bytesOf(XLSB), 'stor.xlsb')] },
    });
    const problem = (await screen.findByTestId('open-problem')).textContent!;
    expect(problem.startsWith(said)).toBe(true);
    expect(problem).toContain('soffice --headless --convert-to xlsx "stor.xlsb"');
  });

  it.each([
    ['da', 'Ramme kan åbne .xlsx-, .xlsm-, .ods- og .csv-filer.'],
    ['en', 'Ramme can open .xlsx, .xlsm, .ods and .csv files.'],
  ] as const)('any other name is refused before it is read (%s)', async (lang, said) => {
    render(<WebApp initialLang={lang} />);
    fireEvent.change(screen.getByTestId('open-workbook'), {
      target: { files: [chosen(new TextEncoder().encode('%PDF-1.7'), 'rapport.pdf')] },
    });
    expect((await screen.findByTestId('open-problem')).textContent).toBe(said);
  });
});

describe('saving', () => {
  it('an .xlsm: the checked copy keeps the macros and the macro extension', async () => {
    const xlsm = makeXlsm(bytesOf(BUDGET));
    const doc = await opened(xlsm, 'plan.xlsm');
    expect(doc.format).toBe('xlsx');
    expect(savedExtension(doc)).toBe('xlsm');
    const input = unpack(xlsm);
    const copy = unpack(await annotatedCopy(doc, { lang: 'da' }));
    expect(copy.get('xl/vbaProject.bin')).toEqual(input.get('xl/vbaProject.bin'));
    expect(text(copy, '[Content_Types].xml')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(text(copy, 'xl/workbook.xml')).toContain('name="Ramme"');
  });

  it.each([
    ['budget.xlsx', 'xlsx', () => bytesOf(BUDGET)],
    ['budget.csv', 'xlsx', () => new TextEncoder().encode('Post;Beløb\nLøn;100\nI alt;100\n')],
    ['plan.ods', 'ods', () => bytesOf(ODS)],
    // A template's copy is a workbook (the writer gives it a workbook's content type).
    ['skabelon.xltx', 'xlsx', () => bytesOf(BUDGET)],
    ['skabelon.xltm', 'xlsm', () => makeXlsm(bytesOf(BUDGET))],
  ])('%s is saved as .%s', async (name, extension, bytes) => {
    expect(savedExtension(await opened(bytes(), name))).toBe(extension);
    expect(baseName(name)).toBe(name.slice(0, name.lastIndexOf('.')));
  });

  it('a page that may not start a worker (a file: URL) makes the copy in line', async () => {
    const doc = await opened(bytesOf(BUDGET), 'budget.xlsx');
    const inLine = await annotatedCopy(doc, { lang: 'da' });
    const started: string[] = [];
    // As Chromium answers `new Worker` on a page opened from a file.
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: URL) {
          started.push(String(url));
          throw new DOMException('Script cannot be accessed from origin null.', 'SecurityError');
        }
      },
    );
    try {
      expect(await annotatedCopy(doc, { lang: 'da' })).toEqual(inLine);
      expect(started).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('an .ods: the checked copy is an .ods in which only content.xml changed', async () => {
    const input = bytesOf(ODS);
    const doc = await opened(input, 'plan.ods');
    expect(doc.format).toBe('ods');
    const copy = await annotatedCopy(doc, { lang: 'da' });
    const [a, b] = [unpack(input), unpack(copy)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((k) => !equalBytes(a.get(k)!, b.get(k)!))).toEqual(['content.xml']);
    expect(text(b, 'content.xml')).toContain('table:name="Ramme"');
  });

  it('an .ods: the workbook with new values is an .ods with the values and the Ramme sheet', async () => {
    const input = bytesOf(ODS);
    const doc = await opened(input, 'plan.ods');
    const store = new ViewStore(doc);
    const host = createWebHost(store, 'da');
    await host.write(
      [
        { sheet: 'Budget 2024', cell: 'B4', value: 1_600_000, numFmt: '#,##0' },
        { sheet: 'Budget 2024', cell: 'D2', value: 0.25, numFmt: '0%' },
      ],
      { overwriteFormulas: false },
    );
    await host.writeResults!({
      kind: 'status',
      title: 'Status',
      header: ['Nr.', 'Opfyldelse'],
      rows: [['1', 0.814]],
      numFmts: [undefined, '0.0%'],
    });
    expect(chartsLeftOut(doc, store.get())).toBe(false);
    const saved = await workbookWithValues(doc, store.get(), 'da');
    const [a, b] = [unpack(input), unpack(saved)];
    expect([...a.keys()].filter((k) => !equalBytes(a.get(k)!, b.get(k)!))).toEqual(['content.xml']);
    const read = await openWorkbook(saved, 'plan.ods', 'da');
    if (!read.ok) throw new Error(read.message);
    const sheets = read.doc.workbook.sheets;
    expect(sheets.map((x) => x.name)).toEqual(['Budget 2024', 'Bemanding 2024', 'Skjult', 'Ramme']);
    const budget = sheets[0]!;
    expect(budget.rows[3]![1]!.value).toBe(1_600_000);
    expect(budget.rows[1]![3]).toEqual({ value: 0.25, numFmt: '0%' });
    expect(sheets[3]!.rows[3]![1]).toEqual({ value: 0.814, numFmt: '0.0%' });
    // Every other value as it was.
    const before = doc.workbook.sheets[1]!.rows.map((r) => r?.map((c) => c?.value));
    expect(sheets[1]!.rows.map((r) => r?.map((c) => c?.value))).toEqual(before);
  });

  it.each([
    [
      'da',
      'Diagrammet kom ikke med: Ramme tegner endnu ikke diagrammer i .ods-filer; tallene står på arket.',
    ],
    [
      'en',
      'The chart was left out: Ramme does not yet draw charts in .ods files; its numbers are on the sheet.',
    ],
  ] as const)(
    'an .ods with a chart inserted: saved without it, and the page says so (%s)',
    async (lang, said) => {
      const doc = await opened(bytesOf(ODS), 'plan.ods');
      const store = new ViewStore(doc);
      const host = createWebHost(store, lang);
      await host.insertChart!({
        kind: 'columnClustered',
        sheet: 'Ramme diagram',
        title: 'Status',
        categories: ['1', '2'],
        series: [{ name: 'Opfyldelse', values: [0.5, 0.75] }],
        numFmt: '0%',
      });
      expect(chartsLeftOut(doc, store.get())).toBe(true);
      expect(webText(lang, 'odsChartsLeftOut')).toBe(said);
      const saved = await workbookWithValues(doc, store.get(), lang);
      const read = await openWorkbook(saved, 'plan.ods', lang);
      if (!read.ok) throw new Error(read.message);
      expect(read.doc.workbook.sheets.map((x) => x.name)).toContain('Ramme diagram');
    },
  );
});
