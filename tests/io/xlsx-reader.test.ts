/**
 * The streaming reader on packages built part by part: what each writer does differently
 * (part names, prefixes, encodings, 1904 dates) reads the same, and values no spreadsheet can
 * hold are kept as text for the check to report, never dropped or misread.
 */
import { describe, expect, it } from 'vitest';
import { cellAt, type Sheet, type Workbook } from '../../core/grid';
import { readXlsx } from '../../core/io';
import { c, row, xlsxPackage, type PackageSpec } from './xlsx-package';

async function read(spec: PackageSpec): Promise<Workbook> {
  const res = await readXlsx(xlsxPackage(spec), 'test.xlsx');
  if (!res.ok) throw new Error(res.error.message.da);
  return res.value;
}

function at(sheet: Sheet, ref: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cellAt(sheet, Number(m[2]), col);
}

const DATE_STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="14"/></cellXfs>';

describe('the streaming reader', () => {
  it.each([
    ['1900 (no workbookPr)', undefined, '2009-03-01'],
    ['1904 written as 1', 'date1904="1"', '2013-03-02'],
    ['1904 written as true (LibreOffice)', 'date1904="true"', '2013-03-02'],
    ['1904 written as false', 'date1904="false"', '2009-03-01'],
  ])('reads dates in the %s system', async (_, workbookPr, iso) => {
    const wb = await read({
      workbookPr,
      styles: DATE_STYLES,
      sheets: [
        {
          name: 'Ark1',
          data: row(1, c('A1', '39873', undefined, 1) + c('B1', '0.5', undefined, 2)),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect((at(s, 'A1')!.value as Date).toISOString().slice(0, 10)).toBe(iso);
    expect(at(s, 'A1')!.numFmt).toBe('dd-mm-yyyy');
    expect(at(s, 'B1')).toEqual({ value: 0.5, numFmt: '0%' });
  });

  it.each([
    ['no <calcPr>', undefined, { value: 0, formula: 'SUM(B1:B2)' }],
    ['fullCalcOnLoad="1" (XlsxWriter, openpyxl)', 'calcId="124519" fullCalcOnLoad="1"', null],
    ['fullCalcOnLoad="true"', 'fullCalcOnLoad="true"', null],
    [
      'fullCalcOnLoad="0"',
      'calcId="191029" fullCalcOnLoad="0"',
      { value: 0, formula: 'SUM(B1:B2)' },
    ],
  ])(
    'a formula’s cached result in a workbook recalculated on opening (%s)',
    async (_, calcPr, b3) => {
      // XlsxWriter stores 0 as every formula's result and asks Excel to recalculate: the 0 is
      // not what Excel shows. The cell is read as a formula never calculated, and as a sum of
      // numbers it is worked out (sum-results); a product is left without a result.
      const stale = { value: 1716000, formula: 'SUM(B1:B2)' };
      const wb = await read({
        calcPr,
        sheets: [
          {
            name: 'Ark1',
            data:
              row(1, c('B1', '1572000')) +
              row(2, c('B2', '144000')) +
              row(3, '<c r="B3"><f>SUM(B1:B2)</f><v>0</v></c>') +
              row(4, '<c r="B4"><f t="shared" ref="B4:B5" si="0">B1*2</f><v>0</v></c>') +
              row(5, '<c r="B5"><f t="shared" si="0"/><v>0</v></c>') +
              row(6, '<c r="B6" t="str"><f>"I alt"</f><v>I alt</v></c>'),
          },
        ],
      });
      const s = wb.sheets[0]!;
      expect(at(s, 'B1')).toEqual({ value: 1572000 });
      expect(at(s, 'B3')).toEqual(b3 ?? stale);
      expect(at(s, 'B5')).toEqual(
        b3 ? { value: 0, formula: 'B2*2' } : { value: null, formula: 'B2*2' },
      );
      expect(at(s, 'B6')!.value).toBe(b3 ? 'I alt' : null);
    },
  );

  it('works out sums stored without a result, not formulas whose result is empty text', async () => {
    const wb = await read({
      sheets: [
        {
          name: 'Ark1',
          data:
            row(1, c('B1', '144000') + c('C1', '2')) +
            // openpyxl: no result at all, or an empty <v>.
            row(2, '<c r="B2"><f>B1+C1</f></c><c r="C2"><f>SUM(B1:C1)</f><v></v></c>') +
            // Google Sheets: '=D9' over an empty cell, its result empty text.
            row(3, '<c r="B3" t="str"><f>D9</f><v></v></c><c r="C3"><f>B1+B3</f></c>'),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(at(s, 'B2')).toEqual({ value: 144002, formula: 'B1+C1' });
    expect(at(s, 'C2')).toEqual({ value: 144002, formula: 'SUM(B1:C1)' });
    expect(at(s, 'B3')).toEqual({ value: null, formula: 'D9' });
    expect(at(s, 'C3')).toEqual({ value: null, formula: 'B1+B3' });
  });

  it('reads a format code longer than Excel keeps (255 characters) as General', async () => {
    // Id 14 is the built-in date: the long code replaces it and reads as General, not as a date.
    const long = `dd-mm-yyyy${'_'.repeat(250)}`;
    const wb = await read({
      styles:
        `<numFmts count="2"><numFmt numFmtId="14" formatCode="${long}"/>` +
        `<numFmt numFmtId="164" formatCode="${long.slice(0, 255)}"/></numFmts>` +
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>',
      sheets: [
        {
          name: 'Ark1',
          data: row(1, c('A1', '39873', undefined, 1) + c('B1', '39873', undefined, 2)),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(at(s, 'A1')).toEqual({ value: 39873 });
    expect((at(s, 'B1')!.value as Date).toISOString().slice(0, 10)).toBe('2009-03-01');
  });

  it('past 64 million characters of shared formulas, a sharing cell keeps its master’s text', async () => {
    // A master of 999 characters shared by 66.000 cells asks for 65,9 million characters.
    const f = `A1+${'1+'.repeat(497)}A1`;
    const rows = [row(1, `<c r="B1"><f t="shared" ref="B1:B66000" si="0">${f}</f><v>1</v></c>`)];
    for (let r = 2; r <= 66_000; r++)
      rows.push(row(r, `<c r="B${r}"><f t="shared" si="0"/><v>1</v></c>`));
    const s = (await read({ sheets: [{ name: 'Ark1', data: rows.join('') }] })).sheets[0]!;
    const moved = (r: number) => `A${r}+${'1+'.repeat(497)}A${r}`;
    expect(f).toHaveLength(999);
    expect(at(s, 'B2')!.formula).toBe(moved(2));
    expect(at(s, 'B64000')!.formula).toBe(moved(64000));
    // Still known to be formulas, never moved past the budget.
    expect(at(s, 'B65000')!.formula).toBe(f);
    expect(at(s, 'B66000')!.formula).toBe(f);
  });

  it('expands shared formulas to every cell, moving relative references only', async () => {
    const wb = await read({
      sheets: [
        {
          name: 'Ark1',
          data:
            row(
              1,
              '<c r="C1"><f t="shared" ref="C1:D3" si="0">A1*$B$1+SUM(A$1:B1)&amp;"A1"</f><v>1</v></c>',
            ) +
            row(
              2,
              '<c r="C2"><f t="shared" si="0"/><v>2</v></c><c r="D3"><f t="shared" si="0"/><v>3</v></c>',
            ) +
            row(
              4,
              '<c r="C4"><f t="shared" si="7"/><v>4</v></c><c r="E4"><f t="array" ref="E4:E5">A4:A5*2</f><v>8</v></c>',
            ) +
            row(5, c('E5', '10')),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(at(s, 'C1')!.formula).toBe('A1*$B$1+SUM(A$1:B1)&"A1"');
    expect(at(s, 'C2')!.formula).toBe('A2*$B$1+SUM(A$1:B2)&"A1"');
    expect(at(s, 'D3')).toEqual({ value: 3, formula: 'B3*$B$1+SUM(B$1:C3)&"A1"' });
    // A shared formula whose master is missing keeps its value.
    expect(at(s, 'C4')).toEqual({ value: 4 });
    expect(at(s, 'E4')).toEqual({ value: 8, formula: 'A4:A5*2' });
    expect(at(s, 'E5')).toEqual({ value: 10 });
  });

  it('reads shared, inline and rich text, booleans, errors, ISO dates and formula results', async () => {
    const wb = await read({
      sharedStrings:
        '<si><t>Løn</t></si><si><r><t>Samlet </t></r><r><rPr><b/></rPr><t>forbrug</t></r><rPh><t>ふりがな</t></rPh></si><si><t xml:space="preserve">A&amp;B\r\nC</t></si>',
      sheets: [
        {
          name: 'Ark1',
          data:
            row(1, c('A1', '0', 's') + c('B1', '1', 's') + c('C1', '2', 's')) +
            row(
              2,
              '<c r="A2" t="inlineStr"><is><r><t>I </t></r><r><t>alt</t></r></is></c>' +
                c('B2', '1', 'b') +
                c('C2', '#REF!', 'e'),
            ) +
            row(
              3,
              c('A3', '2024-03-01', 'd') +
                '<c r="B3" t="str"><f>A1&amp;"x"</f><v>Lønx</v></c><c r="C3" t="b"><f>1&lt;2</f><v>1</v></c>',
            ) +
            row(
              4,
              '<c r="A4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B4"><f>A9</f><v></v></c><c r="C4" s="3"/><c r="D4"/>',
            ),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(at(s, 'A1')).toEqual({ value: 'Løn', text: 'Løn' });
    expect(at(s, 'B1')!.value).toBe('Samlet forbrug');
    expect(at(s, 'C1')!.value).toBe('A&B\nC');
    expect(at(s, 'A2')!.value).toBe('I alt');
    expect(at(s, 'B2')).toEqual({ value: true });
    expect(at(s, 'C2')).toEqual({ value: { error: '#REF!' } });
    expect((at(s, 'A3')!.value as Date).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(at(s, 'B3')).toEqual({ value: 'Lønx', text: 'Lønx', formula: 'A1&"x"' });
    expect(at(s, 'C3')).toEqual({ value: true, formula: '1<2' });
    expect(at(s, 'A4')).toEqual({ value: { error: '#DIV/0!' }, formula: '1/0' });
    // No result stored: '=A9' over an empty cell is worked out as Excel shows it (sum-results).
    expect(at(s, 'B4')).toEqual({ value: 0, formula: 'A9' });
    expect(at(s, 'C4')).toBeUndefined();
    expect(s.colCount).toBe(3);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '1e309', '9'.repeat(400), '0x10', '1,5', ''])(
    'keeps <v>%s</v> as text for the check to report, never a number',
    async (v) => {
      const wb = await read({ sheets: [{ name: 'Ark1', data: row(1, c('A1', v)) }] });
      const cell = at(wb.sheets[0]!, 'A1');
      if (v === '') expect(cell).toBeUndefined();
      else expect(cell).toEqual({ value: v, text: v });
    },
  );

  it('reads 400 digits that are a double, and exponents, as Excel does', async () => {
    const wb = await read({
      sheets: [
        {
          name: 'Ark1',
          data: row(1, c('A1', '1.5E3') + c('B1', '-0') + c('C1', `0.${'3'.repeat(400)}`)),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect([at(s, 'A1')!.value, at(s, 'B1')!.value, at(s, 'C1')!.value]).toEqual([1500, 0, 1 / 3]);
  });

  it.each<[string, Partial<PackageSpec>, Partial<PackageSpec['sheets'][number]>]>([
    ['an entry stored as ./xl/…', {}, { entry: './xl/worksheets/sheet1.xml' }],
    ['an entry stored as /xl/…', {}, { entry: '/xl/worksheets/sheet1.xml' }],
    ['an absolute target', {}, { target: '/xl/worksheets/sheet1.xml' }],
    ['a target with ./ and ..', {}, { target: './../xl/worksheets/./sheet1.xml' }],
    ['a part name in other case', {}, { entry: 'XL/Worksheets/Sheet1.XML' }],
    ['a workbook elsewhere', { workbook: 'data/book.xml' }, {}],
    ['prefixed elements (x:c)', { prefix: 'x' }, {}],
    ['UTF-16 LE parts', { utf16: 'le' }, {}],
    ['UTF-16 BE parts', { utf16: 'be' }, {}],
  ])('finds and reads %s', async (_, pkg, sheet) => {
    const wb = await read({
      ...pkg,
      sharedStrings: '<si><t>Løn</t></si>',
      sheets: [{ name: 'Drift', data: row(1, c('A1', '0', 's') + c('B1', '1184500')), ...sheet }],
    });
    expect(wb.sheets.map((s) => s.name)).toEqual(['Drift']);
    expect(wb.sheets[0]!.rows).toEqual([[{ value: 'Løn', text: 'Løn' }, { value: 1184500 }]]);
  });

  it('merges a row written twice, and takes a cell addressed to another row, as Excel does', async () => {
    const wb = await read({
      sheets: [
        {
          name: 'Ark1',
          data:
            row(2, c('A2', '1') + c('C5', '9')) +
            row(2, c('B2', '2')) +
            '<row r="3">' +
            c('A3', '3') +
            row(4, c('XFD4', '4') + c('A4', '5')),
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect([at(s, 'A2')!.value, at(s, 'B2')!.value, at(s, 'C5')!.value]).toEqual([1, 2, 9]);
    expect([at(s, 'A3')!.value, at(s, 'A4')!.value, at(s, 'XFD4')!.value]).toEqual([3, 5, 4]);
    expect([s.rowCount, s.colCount]).toEqual([5, 16384]);
    expect(s.rows[3]!.length).toBe(16384);
  });

  it('skips chart sheets, marks hidden sheets and hidden rows that hold something', async () => {
    const wb = await read({
      sheets: [
        { name: 'Diagram', data: '', chart: true },
        {
          name: 'Synlig',
          data:
            row(1, c('A1', '1')) +
            row(2, c('A2', '2'), 'hidden="1"') +
            row(3, '<c r="A3" s="1"/>', 'hidden="true"') +
            row(4, c('A4', '4'), 'hidden="true"'),
        },
        { name: 'Skjult', data: row(1, c('A1', '1')), state: 'hidden' },
        { name: 'Meget skjult', data: row(1, c('A1', '1')), state: 'veryHidden' },
      ],
    });
    expect(wb.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Synlig', false],
      ['Skjult', true],
      ['Meget skjult', true],
    ]);
    expect(wb.sheets[0]!.hiddenRows).toEqual([2, 4]);
  });

  it('keeps only a merge’s top-left value, and lists tables and names found through rels', async () => {
    const wb = await read({
      definedNames:
        '<definedName name="Resultater">\'Drift 1\'!$E$1:$F$9</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">\'Drift 1\'!$A$1:$C$3</definedName><definedName name="Alt">\'Drift 1\'!$A$1:$XFD$1048576</definedName><definedName name="Formel">OFFSET(Key!$K$1,0,0)</definedName>',
      sheets: [
        {
          name: 'Drift 1',
          data:
            row(1, c('A1', '1') + c('B1', '2') + c('C1', '3')) +
            row(2, c('A2', '4') + c('B2', '5')),
          after:
            '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B2:C2"/></mergeCells><tableParts count="1"><tablePart r:id="rId3"/></tableParts>',
          rels: '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>',
        },
      ],
      extra: [
        {
          name: 'xl/tables/table1.xml',
          data: '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Mål" displayName="Mål" ref="A1:C2"/>',
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(s.merges).toEqual(['A1:B1', 'B2:C2']);
    expect(s.rows.map((r) => r?.map((x) => x?.value))).toEqual([
      [1, undefined, 3],
      [4, 5],
    ]);
    expect(wb.names).toEqual([
      { name: 'Mål', sheet: 'Drift 1', range: 'A1:C2', kind: 'table' },
      { name: 'Resultater', sheet: 'Drift 1', range: 'E1:F9', kind: 'name' },
      { name: 'Alt', sheet: 'Drift 1', range: 'A1:XFD1048576', kind: 'name' },
    ]);
  });

  it('passes over what it does not read, however large it declares itself', async () => {
    const wb = await read({
      sheets: [
        {
          name: 'Ark1',
          before:
            '<dimension ref="A1:XFD1048576"/><cols><col min="1" max="2000000000" width="9"/></cols>',
          data: row(1, c('A1', '1') + c('XFD1', '2')) + row(2, c('A2', '3')),
          after:
            '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' +
            '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>' +
            '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>"a&gt;b"</formula></cfRule></conditionalFormatting>',
        },
      ],
    });
    const s = wb.sheets[0]!;
    expect(s.rows.map((r) => r?.map((x) => x?.value))).toEqual([[1]]);
    expect([s.rowCount, s.colCount, s.merges]).toEqual([1, 1, ['A1:XFD1048576']]);
  });

  it.each([
    ['a cell past the last row', row(1, c('A999999999', '1')), 'A999999999'],
    ['a cell past the last column', row(1, c('XFE1', '1')), 'XFE1'],
    ['a row past the last row', row(1048577, c('A1', '1')), '1048577'],
    ['a cell with a broken address', row(1, c('1A', '1')), '1A'],
  ])('refuses %s with a Danish message naming sheet and address', async (_, data, ref) => {
    const res = await readXlsx(xlsxPackage({ sheets: [{ name: 'Drift', data }] }), 'fejl.xlsx');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('CORRUPT_WORKBOOK');
    expect(res.error.message.da).toContain(`fejl.xlsx kan ikke læses`);
    expect(res.error.message.da).toContain(
      `arket 'Drift' har en celle eller række med adressen '${ref}'`,
    );
    expect(res.error.sheet).toBe('Drift');
  });

  it('refuses a text index the file does not have, naming the cell', async () => {
    const res = await readXlsx(
      xlsxPackage({
        sharedStrings: '<si><t>a</t></si>',
        sheets: [{ name: 'Drift', data: row(3, c('B3', '7', 's')) }],
      }),
      'fejl.xlsx',
    );
    expect(!res.ok && [res.error.code, res.error.cell, res.error.message.da]).toEqual([
      'CORRUPT_WORKBOOK',
      'B3',
      "fejl.xlsx kan ikke læses: filen ser ud til at være beskadiget (cellen B3 i arket 'Drift' henviser til en tekst, som filen ikke har). Åbn den i Excel, og gem den igen.",
    ]);
  });

  it('refuses a zip that holds a part twice', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const bytes = xlsxPackage({
      sheets: [{ name: 'Drift', data: row(1, c('A1', '1')) }],
      extra: [{ name: './xl/worksheets/sheet1.xml', data: sheet }],
    });
    const res = await readXlsx(bytes, 'dobbelt.xlsx');
    expect(!res.ok && res.error.code).toBe('DUPLICATE_ZIP_ENTRY');
    expect(!res.ok && res.error.message.da).toMatch(
      /^dobbelt\.xlsx kan ikke læses: filen indeholder delen xl\/worksheets\/sheet1\.xml to gange\./,
    );
  });

  it('counts the cells of a sheet stored as ./xl/… against the limit', async () => {
    const data = Array.from({ length: 6 }, (_, i) => row(i + 1, c(`A${i + 1}`, '1'))).join('');
    const res = await readXlsx(
      xlsxPackage({ sheets: [{ name: 'Drift', data, entry: './xl/worksheets/sheet1.xml' }] }),
      'mange.xlsx',
      { maxCells: 5 },
    );
    expect(!res.ok && res.error.message.da).toMatch(
      /den har 6 celler \(grænsen er 5\), alle i arket 'Drift'/,
    );
  });
});
