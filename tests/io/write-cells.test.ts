// The writer's cell edits on small packages made here: values typed, formulas never dropped
// silently, rows and cells without addresses, prefixed and UTF-16 parts, the calculation chain,
// cloned styles, and a property: any two rounds of edits read back as written.
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyWorkbook, patchWorkbook, type CellPatch } from '../../core/io/write';
import { loadXlsx } from '../e2e/workbook-compare';
import {
  attr,
  cellsOf,
  readBytes,
  ROOT,
  storedRecords,
  styleItems,
  text,
  unpack,
  wellFormed,
} from './write-helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const BUDGET = path.join(ROOT, 'examples', 'budget-2024.xlsx');

/** emptyWorkbook's package with its first sheet's XML (and more parts) replaced. */
function withSheet(
  sheetXml: string,
  extra: Record<string, string> = {},
  edit?: (files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzipSync(emptyWorkbook(['Ark1']));
  files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  edit?.(files);
  return zipSync(files);
}

const sheet1 = (bytes: Uint8Array) => text(unpack(bytes), 'xl/worksheets/sheet1.xml');

describe('patchWorkbook: values', () => {
  it('writes numbers as numbers, text inline, booleans, dates and errors; other cells stay', async () => {
    const original = readBytes(BUDGET);
    const cells: CellPatch[] = [
      { sheet: 'Budget 2024', cell: 'B6', value: { v: 150000.25 }, numFmt: '#,##0.00' },
      { sheet: 'Budget 2024', cell: 'C20', value: { v: '  Løn & <husleje>\n' } },
      { sheet: 'Budget 2024', cell: 'D21', value: { v: true } },
      {
        sheet: 'Budget 2024',
        cell: 'E3',
        value: { v: new Date(Date.UTC(2024, 11, 31)) },
        numFmt: 'dd-mm-yyyy',
      },
      { sheet: 'Budget 2024', cell: 'A22', value: { v: { error: '#N/A' } } },
      { sheet: 'Budget 2024', cell: 'A23', value: { v: Number.NaN } },
    ];
    const out = patchWorkbook(original, { cells });
    expect(out.keptFormulas).toEqual([]);
    expect(out.missing).toEqual([]);
    const wb = await loadXlsx(out.bytes);
    const ws = wb.getWorksheet('Budget 2024')!;
    expect(ws.getCell('B6').value).toBe(150000.25);
    expect(ws.getCell('B6').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C20').value).toBe('  Løn & <husleje>\n');
    expect(ws.getCell('D21').value).toBe(true);
    expect((ws.getCell('E3').value as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(ws.getCell('E3').numFmt).toBe('dd-mm-yyyy');
    expect(ws.getCell('A22').value).toEqual({ error: '#N/A' });
    // NaN is never written into a sheet.
    expect(ws.getCell('A23').value).toBeNull();
    expect(sheet1(out.bytes)).not.toMatch(/NaN|Infinity/);
    const before = await loadXlsx(original);
    before.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((c) => {
          if (s.name === 'Budget 2024' && c.address === 'B6') return;
          expect(
            wb.getWorksheet(s.name)!.getCell(c.address).value,
            `${s.name}!${c.address}`,
          ).toEqual(c.value);
        }),
      ),
    );
  });

  it('reports cells it cannot find instead of guessing', () => {
    const out = patchWorkbook(readBytes(BUDGET), {
      cells: [
        { sheet: 'Findes ikke', cell: 'A1', value: { v: 1 } },
        { sheet: 'Budget 2024', cell: 'ZZZZ1', value: { v: 1 } },
      ],
    });
    expect(out.missing).toEqual(["'Findes ikke'!A1", "'Budget 2024'!ZZZZ1"]);
  });

  it('counts dates from 1904 in a 1904 workbook', () => {
    const bytes = withSheet(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, {}, (files) => {
      files['xl/workbook.xml'] = strToU8(
        new TextDecoder()
          .decode(files['xl/workbook.xml'])
          .replace('<sheets>', '<workbookPr date1904="true"/><sheets>'),
      );
    });
    const out = patchWorkbook(bytes, {
      cells: [{ sheet: 'Ark1', cell: 'A1', value: { v: new Date(Date.UTC(1904, 0, 2)) } }],
    });
    expect(cellsOf(sheet1(out.bytes)).get('A1')).toBe('<c r="A1"><v>1</v></c>');
  });
});

describe('patchWorkbook: formulas', () => {
  const SHARED = `<worksheet xmlns="${MAIN}"><sheetData>
<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>
<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>
<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f>A3+1</f><v>4</v></c></row>
</sheetData></worksheet>`;
  const CALC = `<calcChain xmlns="${MAIN}"><c r="B1" i="1"/><c r="B2"/><c r="B3"/><c r="C3"/></calcChain>`;
  const bytes = withSheet(SHARED, { 'xl/calcChain.xml': CALC }, (files) => {
    const dec = (k: string) => new TextDecoder().decode(files[k]);
    files['[Content_Types].xml'] = strToU8(
      dec('[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      dec('xl/_rels/workbook.xml.rels').replace(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
      ),
    );
  });

  it('never replaces a formula unless asked, and says which it kept', () => {
    const out = patchWorkbook(bytes, { cells: [{ sheet: 'Ark1', cell: 'C3', value: { v: 9 } }] });
    expect(out.keptFormulas).toEqual(['Ark1!C3']);
    expect(sheet1(out.bytes)).toBe(SHARED);
    expect(unpack(out.bytes).has('xl/calcChain.xml')).toBe(true);
  });

  it('with permission replaces a formula and drops the calculation chain Excel rebuilds', () => {
    const out = patchWorkbook(bytes, {
      cells: [
        { sheet: 'Ark1', cell: 'C3', value: { v: 9 } },
        { sheet: 'Ark1', cell: 'B2', value: { v: 5 } },
      ],
      overwriteFormulas: true,
    });
    expect(out.keptFormulas).toEqual([]);
    const cells = cellsOf(sheet1(out.bytes));
    expect(cells.get('C3')).toBe('<c r="C3"><v>9</v></c>');
    expect(cells.get('B2')).toBe('<c r="B2"><v>5</v></c>');
    expect(cells.get('B3')).toBe('<c r="B3"><f t="shared" si="0"/><v>6</v></c>');
    const entries = unpack(out.bytes);
    expect(entries.has('xl/calcChain.xml')).toBe(false);
    expect(text(entries, '[Content_Types].xml')).not.toContain('calcChain');
    expect(text(entries, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });

  it('never removes the anchor of a shared formula, even with permission', () => {
    const out = patchWorkbook(bytes, {
      cells: [{ sheet: 'Ark1', cell: 'B1', value: { v: 0 } }],
      overwriteFormulas: true,
    });
    expect(out.keptFormulas).toEqual(['Ark1!B1']);
    expect(cellsOf(sheet1(out.bytes)).get('B1')).toContain(
      '<f t="shared" ref="B1:B3" si="0">A1*2</f>',
    );
  });
});

describe('patchWorkbook: how sheets are written', () => {
  it('gives rows and cells without addresses one where a new cell would shift them', async () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="5"><c r="B5"><v>5</v></c></row></sheetData></worksheet>`;
    const out = patchWorkbook(withSheet(xml), {
      cells: [
        { sheet: 'Ark1', cell: 'A2', fill: 'FFFFC7CE' },
        { sheet: 'Ark1', cell: 'C1', value: { v: 'x' } },
        { sheet: 'Ark1', cell: 'A4', value: { v: 4 } },
      ],
    });
    const ws = (await loadXlsx(out.bytes)).getWorksheet('Ark1')!;
    expect(['A1', 'B1', 'C1', 'A2', 'A4', 'B5'].map((a) => ws.getCell(a).value)).toEqual([
      1,
      2,
      'x',
      3,
      4,
      5,
    ]);
    expect(wellFormed(sheet1(out.bytes))).toBe(true);
  });

  it('keeps a prefixed sheet prefixed, and an empty sheetData becomes rows', () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`;
    const out = patchWorkbook(withSheet(xml), {
      cells: [{ sheet: 'Ark1', cell: 'B2', value: { v: 7 }, note: 'hej' }],
    });
    const s = sheet1(out.bytes);
    expect(s).toContain(
      '<x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData>',
    );
    expect(s).toMatch(/<x:legacyDrawing r:id="rId\d+"\/><\/x:worksheet>$/);
    expect(wellFormed(s)).toBe(true);
  });

  it('puts a new note drawing at its place among the root elements, never inside another', () => {
    const xml =
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      '<conditionalFormatting sqref="A1"><cfRule type="cellIs" priority="1" operator="equal"><formula>1</formula>' +
      '<extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<tableParts count="0"/><extLst><ext uri="y"/></extLst></worksheet>';
    const out = patchWorkbook(withSheet(xml), {
      cells: [{ sheet: 'Ark1', cell: 'A1', note: 'Ramme: x' }],
    });
    const s = sheet1(out.bytes);
    expect(s).toMatch(/footer="0\.3"\/><legacyDrawing r:id="rId\d+"\/><tableParts count="0"\/>/);
    expect(s.replace(/<legacyDrawing r:id="rId\d+"\/>/, '')).toBe(xml);
  });

  it('reads a UTF-16 sheet and writes it back as UTF-8', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Beløb</t></is></c></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    const files = unzipSync(emptyWorkbook(['Ark1']));
    files['xl/worksheets/sheet1.xml'] = utf16;
    const out = patchWorkbook(zipSync(files), {
      cells: [{ sheet: 'Ark1', cell: 'B1', value: { v: 2 } }],
    });
    const s = sheet1(out.bytes);
    expect(s.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(s).toContain('<t>Beløb</t></is></c><c r="B1"><v>2</v></c>');
  });

  it('marks one cell of a 100.000-row sheet (each touched row scanned, not each cell)', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Linje ${r}</t></is></c><c r="B${r}" s="0"><v>${r * 3}</v></c></row>`,
      );
    const big = withSheet(
      `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    // Quadratic work on this sheet took minutes, past the test's time-out; linear work takes a
    // second or two. The test holds no clock to it.
    const out = patchWorkbook(big, {
      cells: [
        { sheet: 'Ark1', cell: 'B50000', fill: 'FFFFC7CE', note: 'Ramme: x' },
        { sheet: 'Ark1', cell: 'C100001', value: { v: 1 } },
      ],
    });
    const cells = cellsOf(sheet1(out.bytes));
    expect(cells.size).toBe(200_001);
    expect(attr(cells.get('B50000')!, 's')).toBe('1');
    expect(cells.get('C100001')).toBe('<c r="C100001"><v>1</v></c>');
  });

  it('copies every entry as stored when nothing changes', () => {
    const original = readBytes(BUDGET);
    const out = patchWorkbook(original, { cells: [] });
    expect([...storedRecords(out.bytes)]).toEqual([...storedRecords(original)]);
  });
});

describe('patchWorkbook: styles', () => {
  it('one clone per style and colour; cells sharing the style keep theirs', () => {
    const original = readBytes(BUDGET);
    const before = unpack(original);
    const xml = text(before, 'xl/worksheets/sheet1.xml');
    const shared = [...cellsOf(xml)].filter(([, c]) => attr(c, 's') === '2').map(([r]) => r);
    expect(shared.length).toBeGreaterThanOrEqual(4);
    const [a, b, c] = shared;
    const out = patchWorkbook(original, {
      cells: [
        { sheet: 'Budget 2024', cell: a!, fill: 'FFFFC7CE' },
        { sheet: 'Budget 2024', cell: b!, fill: 'FFFFC7CE' },
        { sheet: 'Budget 2024', cell: c!, fill: 'FFFFEB9C' },
      ],
    });
    const after = unpack(out.bytes);
    const xfsIn = styleItems(text(before, 'xl/styles.xml'), 'cellXfs', 'xf');
    const xfsOut = styleItems(text(after, 'xl/styles.xml'), 'cellXfs', 'xf');
    expect(xfsOut.length).toBe(xfsIn.length + 2);
    const cellsOut = cellsOf(text(after, 'xl/worksheets/sheet1.xml'));
    expect(attr(cellsOut.get(a!)!, 's')).toBe(String(xfsIn.length));
    expect(attr(cellsOut.get(b!)!, 's')).toBe(String(xfsIn.length));
    expect(attr(cellsOut.get(c!)!, 's')).toBe(String(xfsIn.length + 1));
    for (const r of shared.slice(3)) expect(attr(cellsOut.get(r)!, 's')).toBe('2');
  });

  it('a number format the cell has already adds no style', () => {
    const original = readBytes(BUDGET);
    const out = patchWorkbook(original, {
      cells: [{ sheet: 'Budget 2024', cell: 'A1', value: { v: 1 }, numFmt: 'General' }],
    });
    expect(text(unpack(out.bytes), 'xl/styles.xml')).toBe(text(unpack(original), 'xl/styles.xml'));
  });
});

/** What XML can carry of a text: control characters other than tab and line breaks go. */
const xmlText = (t: string) =>
  [...t]
    .filter((ch) => ch >= ' ' || ch === '\t' || ch === '\n' || ch === '\r')
    .join('')
    .replace(/[\ufffe\uffff]/g, '');

describe('patchWorkbook: any edits read back as written', () => {
  const value = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc
      .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
      .filter((d) => !Object.is(d, -0)),
    fc.string({ maxLength: 12, unit: 'binary' }).filter((t) => xmlText(t) !== ''),
    fc.boolean(),
  );
  const edit = fc.record({
    row: fc.integer({ min: 1, max: 30 }),
    col: fc.integer({ min: 1, max: 8 }),
    v: value,
  });
  const ref = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;

  it('two rounds of edits: the last value of every cell wins, the rest are empty', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { maxLength: 40 }),
        fc.array(edit, { maxLength: 20 }),
        async (first, second) => {
          const expected = new Map<string, unknown>();
          const round = (edits: typeof first) =>
            edits.map((e) => {
              expected.set(ref(e.row, e.col), typeof e.v === 'string' ? xmlText(e.v) : e.v);
              return { sheet: 'Ark1', cell: ref(e.row, e.col), value: { v: e.v } };
            });
          const once = patchWorkbook(emptyWorkbook(['Ark1']), { cells: round(first) }).bytes;
          const twice = patchWorkbook(once, { cells: round(second) }).bytes;
          const ws = (await loadXlsx(twice)).getWorksheet('Ark1')!;
          for (let row = 1; row <= 30; row++)
            for (let col = 1; col <= 8; col++) {
              const want = expected.get(ref(row, col));
              const got = ws.getCell(row, col).value;
              expect(got).toEqual(want === undefined ? null : want);
            }
        },
      ),
      { numRuns: 25 },
    );
  });
});
