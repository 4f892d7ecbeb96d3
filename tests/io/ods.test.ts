/**
 * The .ods reader: every LibreOffice spreadsheet in shared/writers gives the same report as its
 * .xlsx twin; repeated rows and columns are never expanded empty and count against the cell
 * limit; values, formats, formulas, merges, hidden sheets and rows read as in an .xlsx.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Workbook } from '../../core/grid';
import { readWorkbookBytes } from '../../core/io';
import { odsFormula } from '../../core/io/ods-formula';
import { SHARED } from '../shared-dir';
import { buildZip } from './zip-builder';

const LO = path.join(SHARED, 'writers', 'libreoffice');
const twins = existsSync(LO) ? readdirSync(LO).filter((f) => f.endsWith('.ods')) : [];

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"';

/** A minimal .ods: the mimetype stored first, then content.xml with these styles and tables. */
function ods(tables: string, styles = ''): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
  });
}

const s = (text: string): string =>
  `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const f = (value: number, extra = ''): string =>
  `<table:table-cell office:value-type="float" office:value="${value}" ${extra}><text:p>${value}</text:p></table:table-cell>`;
const row = (...cells: string[]): string => `<table:table-row>${cells.join('')}</table:table-row>`;
const EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="16382"/>';

async function read(bytes: Uint8Array, limits = {}): Promise<Workbook> {
  const r = await readWorkbookBytes(bytes, 'test.ods', limits);
  if (!r.ok) throw new Error(r.error.message.da);
  return r.value;
}

describe('LibreOffice .ods against its .xlsx twin', () => {
  it('finds the twins', () => {
    expect(twins.length).toBeGreaterThanOrEqual(12);
  });

  it.each(twins)('%s: the same tables, findings and results', async (name) => {
    const reports = await Promise.all(
      [name, name.replace(/\.ods$/, '.xlsx')].map(async (file) => {
        const r = await readWorkbookBytes(readFileSync(path.join(LO, file)), 'twin');
        expect(r.ok, file).toBe(true);
        return checkWorkbook((r as { value: Workbook }).value, { lang: 'da' });
      }),
    );
    expect(reports[0]).toEqual(reports[1]);
  });
});

describe('readOds', () => {
  it('never expands empty repeats: a million rows and 16.384 columns', async () => {
    const wb = await read(
      ods(
        `<table:table table:name="Budget 2024"><table:table-column table:number-columns-repeated="16384"/>${row(s('Post'), s('Beløb i kr.'), EMPTY_TAIL)}${row(s('Løn'), f(500000), EMPTY_TAIL)}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`,
      ),
    );
    const sheet = wb.sheets[0]!;
    expect([sheet.rowCount, sheet.colCount]).toEqual([2, 2]);
    expect(sheet.rows[1]![1]).toEqual({ value: 500000 });
  });

  it('a repeated value counts against the cell limit, which names the sheet', async () => {
    const bytes = ods(
      `<table:table table:name="Stor"><table:table-row table:number-rows-repeated="1000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000"/></table:table-row></table:table>`,
    );
    const r = await readWorkbookBytes(bytes, 'stor.ods', { maxCells: 5000 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message.da).toBe(
      "stor.ods er for stor til at blive tjekket: den har 1.000.000 celler (grænsen er 5.000), alle i arket 'Stor'. Del projektmappen op i mindre filer, eller slet tomme rækker og kolonner, der har formatering.",
    );
    const small = await read(bytes, { maxCells: 1_000_000 });
    expect(small.sheets[0]!.rowCount).toBe(1000);
    expect(small.sheets[0]!.rows[999]![999]).toEqual({ value: 1 });
  });

  it('elements nested 50.000 deep in a cell are walked, not recursed', async () => {
    // Attribute values that vary, so the part packs as a real one and is not refused as a bomb.
    let open = '';
    for (let i = 0; i < 50_000; i++) open += `<text:span text:style-name="T${i}">`;
    const deep = `<table:table-cell office:value-type="string"><text:p>${open}Note${'</text:span>'.repeat(50_000)}</text:p></table:table-cell>`;
    const wb = await read(
      ods(
        `<table:table table:name="Budget">${row(s('Post'), s('Beløb'))}${row(s('Løn'), f(1000))}${row(s('Husleje'), f(500))}${row(s('I alt'), f(1600))}${row(deep)}</table:table>`,
      ),
    );
    expect(wb.sheets[0]!.rows[4]![0]?.value).toBe('Note');
    const findings = checkWorkbook(wb, { lang: 'da' }).findings;
    expect(findings.map((x) => `${x.code} ${x.cell}`)).toEqual(['TOTAL_MISMATCH B4']);
  });

  it('a number style whose code would pass 255 characters reads as General', async () => {
    const styles =
      `<number:number-style style:name="N1"><number:number number:decimal-places="2"/><number:text> ${'kr. '.repeat(70)}</number:text></number:number-style>` +
      '<number:number-style style:name="N2"><number:number number:decimal-places="2"/><number:text> kr.</number:text></number:number-style>' +
      '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>' +
      '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>';
    const cell = (style: string) =>
      `<table:table-cell table:style-name="${style}" office:value-type="float" office:value="1234.5"/>`;
    const wb = await read(
      ods(`<table:table table:name="Ark1">${row(cell('ce1'), cell('ce2'))}</table:table>`, styles),
    );
    const cells = wb.sheets[0]!.rows[0]!;
    expect(cells[0]).toEqual({ value: 1234.5 });
    expect(cells[1]).toEqual({ value: 1234.5, numFmt: '0.00" kr."' });
  });

  it('values, dates, percentages with their format, formulas, errors and merges', async () => {
    const styles =
      '<number:percentage-style style:name="P1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>' +
      '<number:number-style style:name="N1"><number:number number:decimal-places="2" number:min-decimal-places="2" number:grouping="true"/><number:text> kr.</number:text></number:number-style>' +
      '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="P1"/>' +
      '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N1"/>';
    const wb = await read(
      ods(
        `<table:table table:name="Ark1">${row(
          '<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Titel</text:p><text:p>linje <text:s text:c="2"/>to</text:p></table:table-cell><table:covered-table-cell/>',
          '<table:table-cell table:style-name="ce1" office:value-type="percentage" office:value="0.125"/>',
          '<table:table-cell table:style-name="ce2" office:value-type="float" office:value="1234.5"/>',
          '<table:table-cell office:value-type="date" office:date-value="2024-03-01"/>',
          '<table:table-cell table:formula="of:=SUM([.B5:.B11];[$\'Ark 2\'.C3])" office:value-type="float" office:value="7"/>',
          '<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error" xmlns:calcext="urn:x"><text:p>#DIV/0!</text:p></table:table-cell>',
          '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>',
        )}</table:table>`,
        styles,
      ),
    );
    const cells = wb.sheets[0]!.rows[0]!;
    expect(cells[0]).toEqual({ value: 'Titel\nlinje   to', text: 'Titel\nlinje   to' });
    expect(cells[1]).toBeUndefined();
    expect(cells[2]).toEqual({ value: 0.125, numFmt: '0.0%' });
    expect(cells[3]).toEqual({ value: 1234.5, numFmt: '#,##0.00" kr."' });
    expect(cells[4]).toEqual({ value: new Date(Date.UTC(2024, 2, 1)), numFmt: 'yyyy-mm-dd' });
    expect(cells[5]).toEqual({ value: 7, formula: "SUM(B5:B11,'Ark 2'!C3)" });
    expect(cells[6]).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    expect(cells[7]).toEqual({ value: true });
    expect(wb.sheets[0]!.merges).toEqual(['A1:B1']);
  });

  it('hidden sheets by their table style, hidden rows up to the last row read', async () => {
    const styles =
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const wb = await read(
      ods(
        `<table:table table:name="Synlig">${row(s('a'))}<table:table-row table:visibility="collapse">${s('b')}</table:table-row><table:table-row table:visibility="collapse" table:number-rows-repeated="1048000"><table:table-cell/></table:table-row></table:table><table:table table:name="Skjult" table:style-name="ta2">${row(s('c'))}</table:table>`,
        styles,
      ),
    );
    expect(wb.sheets.map((sh) => [sh.name, sh.hidden ?? false])).toEqual([
      ['Synlig', false],
      ['Skjult', true],
    ]);
    expect(wb.sheets[0]!.hiddenRows).toEqual([2]);
  });

  it('named and database ranges become names and tables', async () => {
    const wb = await read(
      ods(
        `<table:table table:name="Budget 2024">${row(s('a'))}</table:table><table:named-expressions><table:named-range table:name="Poster" table:cell-range-address="$'Budget 2024'.$A$3:.$B$9"/></table:named-expressions><table:database-ranges><table:database-range table:name="Tabel1" table:target-range-address="'Budget 2024'.A3:'Budget 2024'.C10"/><table:database-range table:name="__Anonymous_Sheet_DB__0" table:target-range-address="'Budget 2024'.A1:'Budget 2024'.A2"/></table:database-ranges>`,
      ),
    );
    expect(wb.names).toEqual([
      { name: 'Poster', sheet: 'Budget 2024', range: 'A3:B9', kind: 'name' },
      { name: 'Tabel1', sheet: 'Budget 2024', range: 'A3:C10', kind: 'table' },
    ]);
  });

  it('a damaged content.xml is a Danish message, never a throw', async () => {
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content><table:table'),
    });
    const r = await readWorkbookBytes(bytes, 'skadet.ods');
    expect(!r.ok && r.error.message.da).toBe(
      'skadet.ods kan ikke læses: filen ser ud til at være beskadiget (delen content.xml kan ikke pakkes ud eller læses). Åbn den i Excel, og gem den igen.',
    );
    expect(!r.ok && r.error.message.en).toBe(
      'skadet.ods cannot be read: the file looks damaged (the part content.xml cannot be unpacked or read). Open it in Excel and save it again.',
    );
  });

  it.each([
    [
      'content.xml twice (the second copy would win)',
      (content: string) => [
        { name: 'content.xml', data: content },
        { name: 'content.xml', data: content.replace('500000', '1') },
      ],
      'DUPLICATE_ZIP_ENTRY',
      /delen content\.xml to gange/,
    ],
    [
      'content.xml declaring 400 MB unpacked',
      (content: string) => [{ name: 'content.xml', data: content, declaredSize: 400_000_000 }],
      'WORKBOOK_TOO_LARGE',
      /^z\.ods er for stor til at blive tjekket: delen content\.xml fylder 400 MB udpakket/,
    ],
    [
      'content.xml packed 1.000 : 1',
      (content: string) => [{ name: 'content.xml', data: content + ' '.repeat(3_000_000) }],
      'ZIP_BOMB',
      /pakker ud til [\d.]+ gange sin størrelse/,
    ],
    [
      'content.xml unpacking past what it declares',
      (content: string) => [
        { name: 'content.xml', data: content + ' '.repeat(100_000), declaredSize: 50_000 },
      ],
      'ZIP_BOMB',
      /fylder mere udpakket, end filen selv angiver/,
    ],
  ] as const)('refuses %s before parsing it', async (_, parts, code, da) => {
    const content = new TextDecoder().decode(
      unzipSync(ods(`<table:table table:name="Ark1">${row(s('Løn'), f(500000))}</table:table>`))[
        'content.xml'
      ]!,
    );
    const mimetype = {
      name: 'mimetype',
      data: 'application/vnd.oasis.opendocument.spreadsheet',
      method: 0 as const,
    };
    const r = await readWorkbookBytes(buildZip([mimetype, ...parts(content)]), 'z.ods');
    expect(!r.ok && r.error.code).toBe(code);
    expect(!r.ok && r.error.message.da).toMatch(da);
  });

  it('a password-protected .ods says where to remove the password, in Danish and English', async () => {
    // LibreOffice's encryption: the manifest says how each part is encrypted; the parts are noise.
    const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="900"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>`;
    const noise = new Uint8Array(900).map((_, i) => (i * 151 + 7) & 0xff);
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'META-INF/manifest.xml': strToU8(manifest),
      'content.xml': noise,
    });
    const r = await readWorkbookBytes(bytes, 'budget.ods');
    expect(!r.ok && r.error.code).toBe('ENCRYPTED');
    expect(!r.ok && r.error.message.da).toBe(
      'budget.ods er krypteret (beskyttet med adgangskode), så Ramme kan ikke læse den. Åbn den i LibreOffice, vælg Filer > Gem som, fjern markeringen ved Gem med adgangskode, gem og prøv igen.',
    );
    expect(!r.ok && r.error.message.en).toContain('Open it in LibreOffice, choose File > Save As');
  });

  it('text:s spaces are bounded in a workbook: 20.000 cells asking for 50.000 each', async () => {
    // An 83 KB file once made a gigabyte of spaces; past 16 million each element gives one.
    const cell = s(`${'<text:s text:c="1000"/>b'.repeat(50)}`);
    const rows = Array.from({ length: 20_000 }, () => row(cell)).join('');
    const wb = await read(ods(`<table:table table:name="Ark1">${rows}</table:table>`));
    const texts = wb.sheets[0]!.rows.map((r) => String(r![0]!.value));
    const length = texts.reduce((n, t) => n + t.length, 0);
    expect(length).toBeLessThanOrEqual(16_000_000 + 20_000 * 50 * 2);
    expect(texts[0]).toBe(`${' '.repeat(1000)}b`.repeat(50));
    expect(texts[19_999]).toBe(' b'.repeat(50));
  });

  it.each([
    [
      'a text cell',
      `<office:annotation><dc:creator>Kasper</dc:creator><text:p>Tjek</text:p><text:p>igen <text:s text:c="2"/>nu</text:p></office:annotation><text:p>6,5</text:p>`,
      '6,5',
    ],
    [
      'two paragraphs',
      `<office:annotation><text:p>a</text:p></office:annotation><text:p>Løn</text:p><text:p>i alt</text:p>`,
      'Løn\ni alt',
    ],
    [
      'a note after the text',
      `<text:p>1.830.750</text:p><office:annotation><text:p>x</text:p><text:p>y</text:p></office:annotation>`,
      '1.830.750',
    ],
  ])("a note is not the cell's text: %s", async (_, inner, text) => {
    const cell = `<table:table-cell office:value-type="string">${inner}</table:table-cell>`;
    const wb = await read(ods(`<table:table table:name="Ark1">${row(cell)}</table:table>`));
    expect(wb.sheets[0]!.rows[0]![0]!.value).toBe(text);
  });

  it('OpenFormula to A1', () => {
    expect(odsFormula('of:=[.A1]+[.B2]*2')).toBe('A1+B2*2');
    expect(odsFormula('of:=IF([.A1]>0;"a;b";[$Ark2.$C$3:.$D$4])')).toBe(
      'IF(A1>0,"a;b",Ark2!$C$3:$D$4)',
    );
  });
});
