/**
 * The .ods copy (core/io/ods-write): marked cells split out of repeated rows and cells, their
 * styles cloned with a fill, notes as annotations, the Ramme table added; only content.xml
 * changes. Table-driven on small documents, a property over random repeats, and every
 * LibreOffice .ods at hand read back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/check';
import type { Workbook } from '../../core/grid';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchOds, type OdsMark } from '../../core/io/ods-write';
import { elementEnd, nextTag } from '../../core/io/ods-write/tag-scan';
import { PackageError } from '../../core/io/write';
import { odsCorpus, ROOT } from './write-helpers';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(' ');

/** A minimal .ods: mimetype stored first, content.xml with these automatic styles and tables. */
function ods(tables: string, styles = '', ns = NS): Uint8Array {
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8('<office:document-styles/>'),
  });
}

const s = (text: string, extra = '') =>
  `<table:table-cell${extra} office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const n = (v: number, extra = '') =>
  `<table:table-cell${extra} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
const row = (cells: string, extra = '') => `<table:table-row${extra}>${cells}</table:table-row>`;
const table = (rows: string, name = 'Ark1', head = '') =>
  `<table:table table:name="${name}">${head}${rows}</table:table>`;

const mark = (cell: string, note = 'Ramme: forkert', sheet = 'Ark1'): OdsMark => ({
  sheet,
  cell,
  fill: 'FFFFC7CE',
  note,
});

const content = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['content.xml']!);

async function grid(bytes: Uint8Array): Promise<Workbook> {
  const r = await readWorkbookBytes(bytes, 'x.ods');
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

/** Each sheet's values as rows of JSON, trailing empties trimmed. */
function values(wb: Workbook, only?: string[]): Record<string, string[][]> {
  const out: Record<string, string[][]> = {};
  for (const sheet of wb.sheets) {
    if (only && !only.includes(sheet.name)) continue;
    // Array.from, not map: the grid's rows and cells are sparse.
    out[sheet.name] = Array.from(sheet.rows, (r) =>
      Array.from(r ?? [], (c) => JSON.stringify(c?.value ?? null)),
    );
  }
  return out;
}

describe('tag-scan', () => {
  it.each([
    ['no children', '<a:t x="1"></a:t>'],
    ['self-closing', '<a:t x="1"/>'],
    ['the same name nested', '<a:t><a:t/><a:t><a:t>x</a:t></a:t></a:t>'],
    ['a longer name sharing the start', '<a:t><a:t-row></a:t-row></a:t>'],
    ['a > inside an attribute value', '<a:t v="1>0"><b v=">"/></a:t>'],
  ])('elementEnd: %s', (_, element) => {
    const xml = `${element}<a:t>tail</a:t>`;
    expect(elementEnd(xml, nextTag(xml, 0)!)).toBe(element.length);
  });

  it('skips comments, CDATA and processing instructions; an unclosed tag is a PackageError', () => {
    const xml = '<?xml version="1.0"?><!-- <a:t> --><![CDATA[<a:t>]]><b:u k="v"/>';
    const at = xml.indexOf('<b:u');
    expect(nextTag(xml, 0)).toEqual({ start: at, end: xml.length, name: 'b:u', kind: 'empty' });
    expect(() => nextTag('<a:t x="1', 0)).toThrow(PackageError);
    expect(() => elementEnd('<a:t><a:t></a:t>', nextTag('<a:t><a:t></a:t>', 0)!)).toThrow(
      PackageError,
    );
  });
});

describe('patchOds on small documents', () => {
  it.each([
    [
      'a cell inside repeated rows',
      table(row(n(7), ' table:number-rows-repeated="5"')),
      'A3',
      /<table:table-row table:number-rows-repeated="2">.*<\/table:table-row><table:table-row><table:table-cell [^>]*table:style-name="Ramme-ce1"[^>]*><office:annotation>.*<\/table:table-row><table:table-row table:number-rows-repeated="2">/,
    ],
    [
      'a cell inside repeated cells',
      table(row(n(1, ' table:number-columns-repeated="4"'))),
      'B1',
      /<table:table-row><table:table-cell table:number-columns-repeated="1"|<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1<\/text:p><\/table:table-cell><table:table-cell office:value-type="float" office:value="1" table:style-name="Ramme-ce1"><office:annotation>/,
    ],
    [
      'a self-closing cell',
      table(row(`${s('Post')}<table:table-cell/>`)),
      'B1',
      /<table:table-cell table:style-name="Ramme-ce1"><office:annotation><dc:creator>Ramme<\/dc:creator><text:p>Ramme: forkert<\/text:p><\/office:annotation><\/table:table-cell>/,
    ],
    [
      'a cell past the row',
      table(row(s('Post'))),
      'D1',
      /<text:p>Post<\/text:p><\/table:table-cell><table:table-cell table:number-columns-repeated="2"\/><table:table-cell table:style-name="Ramme-ce1">/,
    ],
    [
      'a row past the table',
      table(row(s('Post'))),
      'A4',
      /<\/table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell\/><\/table:table-row><table:table-row><table:table-cell table:style-name="Ramme-ce1">/,
    ],
    [
      'a note already there',
      table(
        row(
          `<table:table-cell office:value-type="float" office:value="3"><office:annotation><text:p>Kaspers note</text:p></office:annotation><text:p>3</text:p></table:table-cell>`,
        ),
      ),
      'A1',
      /<office:annotation><text:p>Kaspers note<\/text:p><text:p>Ramme: forkert<\/text:p><\/office:annotation><text:p>3<\/text:p>/,
    ],
  ])('%s: only that cell is split out and marked', async (_, tables, cell, shape) => {
    const input = ods(tables);
    const copy = patchOds(input, { marks: [mark(cell)] });
    expect(content(copy)).toMatch(shape);
    // The values read the same (the note is no cell text).
    expect(values(await grid(copy))).toEqual(values(await grid(input)));
  });

  it.each([
    [
      'a note after the text',
      '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p><office:annotation><text:p>K</text:p></office:annotation></table:table-cell>',
      '<text:p>3</text:p><office:annotation><text:p>K</text:p><text:p>Ramme: forkert</text:p></office:annotation>',
    ],
    [
      'an empty note',
      '<table:table-cell office:value-type="float" office:value="3"><office:annotation/><text:p>3</text:p></table:table-cell>',
      '<office:annotation><text:p>Ramme: forkert</text:p></office:annotation><text:p>3</text:p>',
    ],
    [
      'a range source first',
      '<table:table-cell office:value-type="float" office:value="3"><table:cell-range-source table:name="x"/><text:p>3</text:p></table:table-cell>',
      '<table:cell-range-source table:name="x"/><office:annotation><dc:creator>Ramme</dc:creator><text:p>Ramme: forkert</text:p></office:annotation><text:p>3</text:p>',
    ],
  ])('one note per cell: %s', (_, cell, inside) => {
    const xml = content(patchOds(ods(table(row(cell))), { marks: [mark('A1')] }));
    expect(xml).toContain(inside);
    expect(xml.match(/<office:annotation[\s>/]/g)).toHaveLength(1);
  });

  it('a note over several lines is a paragraph per line', () => {
    const copy = patchOds(ods(table(row(n(1)))), { marks: [mark('A1', 'Ramme: a\nb & <c>')] });
    expect(content(copy)).toContain(
      '<office:annotation><dc:creator>Ramme</dc:creator><text:p>Ramme: a</text:p><text:p>b &amp; &lt;c&gt;</text:p></office:annotation>',
    );
  });

  it.each([
    [
      'its own automatic style: cloned whole, the fill set',
      '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"><style:table-cell-properties style:rotation-align="none" fo:background-color="#ffffff"/></style:style>',
      ' table:style-name="ce1"',
      '',
      '<style:style style:name="Ramme-ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"><style:table-cell-properties style:rotation-align="none" fo:background-color="#ffc7ce"/></style:style>',
    ],
    [
      'an automatic style without cell properties',
      '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N4"/>',
      ' table:style-name="ce2"',
      '',
      '<style:style style:name="Ramme-ce1" style:family="table-cell" style:data-style-name="N4"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>',
    ],
    [
      'a common style: its child',
      '',
      ' table:style-name="Heading"',
      '',
      '<style:style style:name="Ramme-ce1" style:family="table-cell" style:parent-style-name="Heading"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>',
    ],
    [
      "its column's default style",
      '',
      '',
      '<table:table-column table:default-cell-style-name="Kolonne"/>',
      '<style:style style:name="Ramme-ce1" style:family="table-cell" style:parent-style-name="Kolonne"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>',
    ],
    [
      'no style at all',
      '',
      '',
      '',
      '<style:style style:name="Ramme-ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffc7ce"/></style:style>',
    ],
  ])('the marked cell style, from %s', (_, styles, cellStyle, head, clone) => {
    const input = ods(table(row(n(5, cellStyle)), 'Ark1', head), styles);
    const xml = content(patchOds(input, { marks: [mark('A1')] }));
    expect(xml).toContain(clone);
    // The original style is still there, unchanged, for every other cell that uses it.
    if (styles) expect(xml).toContain(styles);
  });

  it('one clone per style and severity; an unmarked cell keeps its style', () => {
    const cells = n(1, ' table:style-name="ce1"').repeat(3);
    const input = ods(
      table(row(cells)),
      '<style:style style:name="ce1" style:family="table-cell"/>',
    );
    const xml = content(
      patchOds(input, {
        marks: [mark('A1'), mark('B1'), { ...mark('C1'), fill: 'FFFFEB9C' }],
      }),
    );
    expect(xml.match(/style:name="Ramme-ce\d"/g)).toEqual([
      'style:name="Ramme-ce1"',
      'style:name="Ramme-ce2"',
    ]);
    expect(xml.match(/table:style-name="Ramme-ce1"/g)).toHaveLength(2);
    expect(xml).toContain('fo:background-color="#ffeb9c"');
  });

  it('a name already taken in styles.xml or content.xml is not reused', () => {
    const input = ods(
      table(row(n(1))),
      '<style:style style:name="Ramme-ce1" style:family="table-cell"/>',
    );
    expect(content(patchOds(input, { marks: [mark('A1')] }))).toContain(
      'table:style-name="Ramme-ce2"',
    );
  });

  it('binds the dc prefix where the document has not, refuses one bound elsewhere', () => {
    expect(content(patchOds(ods(table(row(n(1)))), { marks: [mark('A1')] }))).toMatch(
      /^<\?xml[^>]*\?><office:document-content [^>]*xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/">/,
    );
    const other = ods(table(row(n(1))), '', `${NS} xmlns:dc="urn:other"`);
    expect(() => patchOds(other, { marks: [mark('A1')] })).toThrow(PackageError);
  });

  it('a mark on a sheet or cell that is not there changes nothing but the new sheet', () => {
    const input = ods(table(row(n(1))));
    const xml = content(patchOds(input, { marks: [mark('A1', 'x', 'Andet'), mark('Q')] }));
    expect(xml).toBe(content(input));
  });

  it('the new sheet comes after the last, with its widths, bold headings and numbers', async () => {
    const copy = patchOds(ods(table(row(n(1))) + table(row(n(2)), 'Ark2')), {
      newSheets: [
        {
          name: 'Ramme',
          rows: [
            [{ v: 'Fund', bold: true }],
            [],
            [
              { v: 'FEJL' },
              undefined,
              { v: 1820750.5, numFmt: '#,##0.0' },
              { v: 0.775, numFmt: '0%' },
            ],
          ],
          widths: [
            [1, 14],
            [6, 80],
          ],
        },
      ],
    });
    const xml = content(copy);
    expect(xml).toMatch(
      /table:name="Ark2">.*<\/table:table><table:table table:name="Ramme"><table:table-column table:style-name="Ramme-co1"\/><table:table-column table:number-columns-repeated="4"\/><table:table-column table:style-name="Ramme-co2"\/>/,
    );
    expect(xml).toContain('<style:table-column-properties style:column-width="2.66cm"/>');
    expect(xml).toContain(
      '<style:style style:name="Ramme-ce1" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>',
    );
    expect(xml).toContain(
      '<number:number-style style:name="Ramme-N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>',
    );
    expect(xml).toContain(
      '<number:percentage-style style:name="Ramme-N2"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>',
    );
    expect(xml).toMatch(/xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"/);
    const wb = await grid(copy);
    expect(wb.sheets.map((x) => x.name)).toEqual(['Ark1', 'Ark2', 'Ramme']);
    expect(values(wb, ['Ramme']).Ramme).toEqual([
      ['"Fund"'],
      [],
      ['"FEJL"', 'null', '1820750.5', '0.775'],
    ]);
    expect(wb.sheets[2]!.rows[2]![3]!.numFmt).toBe('0%');
  });

  it.each([
    [
      'a number over text',
      s('gammel'),
      7.5,
      '<table:table-cell office:value-type="float" office:value="7.5"><text:p>7.5</text:p></table:table-cell>',
    ],
    [
      'text over a formula',
      '<table:table-cell table:formula="of:=[.B1]*2" office:value-type="float" office:value="4"><text:p>4</text:p></table:table-cell>',
      'Løn & <drift>',
      '<table:table-cell office:value-type="string"><text:p>Løn &amp; &lt;drift&gt;</text:p></table:table-cell>',
    ],
    [
      'empty over a number, its style and note kept',
      '<table:table-cell table:style-name="ce1" office:value-type="float" office:value="3"><office:annotation><text:p>n</text:p></office:annotation><text:p>3</text:p></table:table-cell>',
      null,
      '<table:table-cell table:style-name="ce1"><office:annotation><text:p>n</text:p></office:annotation></table:table-cell>',
    ],
    [
      'a date',
      '<table:table-cell/>',
      new Date(Date.UTC(2024, 2, 1)),
      '<table:table-cell office:value-type="date" office:date-value="2024-03-01"><text:p>2024-03-01</text:p></table:table-cell>',
    ],
    [
      'a truth value',
      '<table:table-cell/>',
      true,
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>SAND</text:p></table:table-cell>',
    ],
    ['no NaN ever', n(1), Number.NaN, '<table:table-cell></table:table-cell>'],
  ] as const)('a new value: %s', (_, cell, v, written) => {
    const xml = content(
      patchOds(ods(table(row(cell))), { values: [{ sheet: 'Ark1', cell: 'A1', v }] }),
    );
    expect(xml).toContain(`<table:table-row>${written}</table:table-row>`);
    expect(xml).not.toContain('xmlns:dc=');
  });

  it("a new sheet named as one of the document's replaces it in its place", async () => {
    const input = ods(
      table(row(n(1))) + table(row(s('gammel')), 'Ramme') + table(row(n(3)), 'Sidst'),
    );
    const copy = patchOds(input, { newSheets: [{ name: 'Ramme', rows: [[{ v: 'ny' }]] }] });
    const wb = await grid(copy);
    expect(wb.sheets.map((x) => x.name)).toEqual(['Ark1', 'Ramme', 'Sidst']);
    expect(values(wb, ['Ramme']).Ramme).toEqual([['"ny"']]);
  });

  it('a content.xml that is no spreadsheet is a PackageError, never a TypeError', () => {
    const bad = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content><office:body/></office:document-content>'),
    });
    expect(() => patchOds(bad, { marks: [mark('A1')] })).toThrow(PackageError);
    const none = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') });
    expect(() => patchOds(none, { marks: [] })).toThrow(PackageError);
  });
});

describe('the new styles, wherever content.xml keeps its automatic styles', () => {
  const body = `<office:body><office:spreadsheet>${table(row(n(7)))}</office:spreadsheet></office:body>`;
  it.each([
    [
      'an element with styles',
      '<office:automatic-styles><style:style style:name="co1"/></office:automatic-styles>',
    ],
    ['an empty element', '<office:automatic-styles></office:automatic-styles>'],
    ['a self-closing element', '<office:automatic-styles/>'],
    ['a self-closing element with a space', '<office:automatic-styles />'],
    ['no element', ''],
  ])('%s', (_, automatic) => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>${automatic}${body}</office:document-content>`;
    const bytes = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(xml),
    });
    const out = content(patchOds(bytes, { marks: [mark('A1')] }));
    // One element, before the body, holding the styles it held and the new fill.
    expect(out.match(/<office:automatic-styles/g)).toHaveLength(1);
    const styles = /<office:automatic-styles>(.*)<\/office:automatic-styles><office:body>/.exec(
      out,
    );
    expect(styles?.[1]).toMatch(/fo:background-color="#ffc7ce"/);
    if (automatic.includes('co1')) expect(styles?.[1]).toMatch(/^<style:style style:name="co1"\/>/);
    expect(out).toMatch(/<table:table-cell [^>]*table:style-name="Ramme-ce1"/);
    // The root tag binds what the note needs, once.
    expect(out.match(/xmlns:dc=/g)).toHaveLength(1);
  });
});

describe('patchOds over random repeats (property)', () => {
  /** A table of rows, each cells with repeats; values are their (row, column) of first place. */
  const shape = fc.array(
    fc.record({
      repeat: fc.integer({ min: 1, max: 4 }),
      cells: fc.array(fc.record({ repeat: fc.integer({ min: 1, max: 4 }), empty: fc.boolean() }), {
        minLength: 1,
        maxLength: 5,
      }),
    }),
    { minLength: 1, maxLength: 6 },
  );

  type Shape = Array<{ repeat: number; cells: Array<{ repeat: number; empty: boolean }> }>;

  /** The table's XML: each cell's value is its number in document order. */
  function tableOf(rows: Shape): string {
    let k = 0;
    return table(
      rows
        .map((r) =>
          row(
            r.cells
              .map((c) => {
                k++;
                const rep = c.repeat > 1 ? ` table:number-columns-repeated="${c.repeat}"` : '';
                return c.empty ? `<table:table-cell${rep}/>` : n(k, rep);
              })
              .join(''),
            r.repeat > 1 ? ` table:number-rows-repeated="${r.repeat}"` : '',
          ),
        )
        .join(''),
    );
  }

  const places = fc.array(
    fc.tuple(fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 22 })),
    { maxLength: 8 },
  );
  const runs = { numRuns: Math.min(Number(process.env.RAMME_FUZZ_RUNS ?? 150), 20_000) };

  it('new values land in their cells and nowhere else', async () => {
    await fc.assert(
      fc.asyncProperty(shape, places, async (rows, targets) => {
        const input = ods(tableOf(rows));
        const written = new Map(
          targets.map(([c, r], i) => [`${String.fromCharCode(64 + c)}${r}`, -(i + 1) / 4]),
        );
        const copy = patchOds(input, {
          values: [...written].map(([cell, v]) => ({ sheet: 'Ark1', cell, v })),
        });
        const [before, after] = [await grid(input), await grid(copy)];
        const [a, b] = [before.sheets[0]!, after.sheets[0]!];
        for (let r = 1; r <= Math.max(a.rows.length, b.rows.length); r++) {
          for (let c = 1; c <= 26; c++) {
            const cell = `${String.fromCharCode(64 + c)}${r}`;
            const want = written.has(cell)
              ? written.get(cell)
              : (a.rows[r - 1]?.[c - 1]?.value ?? null);
            expect(b.rows[r - 1]?.[c - 1]?.value ?? null, cell).toBe(want);
          }
        }
      }),
      runs,
    );
  });

  it('every value reads the same, and exactly the marked cells carry a note', async () => {
    await fc.assert(
      fc.asyncProperty(shape, places, async (rows, targets) => {
        const input = ods(tableOf(rows));
        const cells = [...new Set(targets.map(([c, r]) => `${String.fromCharCode(64 + c)}${r}`))];
        const copy = patchOds(input, { marks: cells.map((c) => mark(c)) });
        const [before, after] = [values(await grid(input)), values(await grid(copy))];
        // Cells added past a row's end read as empty: compare without trailing nulls.
        const trim = (v: Record<string, string[][]>) =>
          (v.Ark1 ?? []).map((r) => {
            const out = [...r];
            while (out.at(-1) === 'null') out.pop();
            return out;
          });
        const [a, b] = [trim(before), trim(after)];
        while (b.length > a.length && b.at(-1)!.length === 0) b.pop();
        expect(b).toEqual(a);
        expect(content(copy).match(/<office:annotation>/g)?.length ?? 0).toBe(cells.length);
      }),
      runs,
    );
  });
});

const ODS_FILES = odsCorpus();

describe('annotated copies of real .ods files', () => {
  it('has the LibreOffice files', () => {
    expect(ODS_FILES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(ODS_FILES.map((f) => [path.relative(ROOT, f).replace(/^(\.\.\/)+/, ''), f]))(
    '%s: only content.xml changes; the values read the same; Ramme is added',
    async (_, file) => {
      const input = new Uint8Array(readFileSync(file));
      const wb = await grid(input);
      const report = { ...checkWorkbook(wb, { lang: 'da' }), file: path.basename(file) };
      const copy = await annotateWorkbook(input, report, 'da');
      const [a, b] = [unzipSync(input), unzipSync(copy)];
      expect(Object.keys(b)).toEqual(Object.keys(a));
      for (const k of Object.keys(a)) if (k !== 'content.xml') expect(b[k], k).toEqual(a[k]);
      expect(strFromU8(copy.subarray(30, 38))).toBe('mimetype');
      const back = await grid(copy);
      const names = wb.sheets.map((x) => x.name);
      expect(back.sheets.map((x) => x.name)).toEqual([...names, 'Ramme']);
      expect(values(back, names)).toEqual(values(wb, names));
      expect(content(copy).match(/<dc:creator>Ramme<\/dc:creator>/g)?.length ?? 0).toBe(
        new Set(report.findings.map((f) => `${f.sheet}!${f.cell}`)).size,
      );
    },
  );
});
