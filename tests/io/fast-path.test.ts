/**
 * The sheet reader's and the shared strings reader's fast paths (the common `<row>`, `<c>`,
 * `<v>` and `<si><t>` shapes read straight off the text) give exactly what the general
 * path gives, for generated parts mixing plain shapes with the forms the fast path leaves to
 * the scanner (prefixes, white space, self-closing tags, odd quoting, formulas, inline and
 * rich text), whole and cut into pieces anywhere.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlFeed } from '../../core/io/part-xml';
import { SheetDamage, SheetReader, type SheetContext } from '../../core/io/xlsx-sheet';
import { SharedStringsReader } from '../../core/io/xlsx-strings';
import { PlainTag } from '../../core/io/xml-attrs';
import type { XmlHandler } from '../../core/io/xml-scan';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 300);

function context(): SheetContext {
  return {
    strings: ['Post', 'Beløb i kr.', 'Løn & drift'],
    styles: { numFmt: [undefined, '#,##0.00', 'dd-mm-yyyy'], isDate: [false, false, true] },
    date1904: false,
    counted: { cells: 0, max: 1_000_000 },
  };
}

/** The handler with its fast path taken away: every tag goes through the scanner's calls. */
function general<T extends XmlHandler>(handler: T): T {
  Object.defineProperty(handler, 'fast', { value: undefined });
  Object.defineProperty(handler, 'fastBytes', { value: undefined });
  return handler;
}

function feed(handler: XmlHandler, bytes: Uint8Array, cuts: number[]): boolean {
  const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
  const f = new XmlFeed(handler);
  for (let i = 1; i < at.length; i++) f.push(bytes.slice(at[i - 1], at[i]));
  return f.end();
}

function readSheet(xml: string, cuts: number[], fast: boolean): string {
  const reader = fast ? new SheetReader(context()) : general(new SheetReader(context()));
  try {
    const ended = feed(reader, new TextEncoder().encode(xml), cuts);
    reader.finish();
    const dated = JSON.stringify(reader.rows, (_k, v: unknown) =>
      Array.isArray(v) ? [Object.keys(v).join(','), ...v] : v,
    );
    return JSON.stringify([ended, dated, reader.cells, reader.hiddenRows, reader.mergeRefs]);
  } catch (e) {
    if (e instanceof SheetDamage) return `damage ${e.kind} ${e.ref}`;
    throw e;
  }
}

/** Mostly the plain shapes the fast paths read, often enough the others. */
function mostly<T>(plain: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: odd, weight: 1 });
}

const plainValue = fc.constantFrom(
  '<v>1</v>',
  '<v>5279195.92</v>',
  '<v>-0.5</v>',
  '<v>2</v>',
  '<v>0</v>',
  '<v>45292</v>',
  '<v>2958466</v>',
  '<v>999999999999999</v>',
  '<v></v>',
);

const oddValue = fc.constantFrom(
  '<v>1e3</v>',
  '<v>&#49;2</v>',
  '<v>7<![CDATA[8]]></v>',
  '<v> 3 </v>',
  '<v>TRUE</v>',
  '<v>#DIV/0!</v>',
  '<f>A1*2</f><v>4</v>',
  '<f t="shared" ref="B1:B9" si="0">A1+1</f><v>2</v>',
  '<f t="shared" si="0"/><v>3</v>',
  '<is><t>inline &amp; tekst</t></is>',
  '<is><t>Løn ø 😀</t></is>',
  '<v>9007199254740993</v>',
  '<v>1.0000000000000001</v>',
  '<is><r><t>rig</t></r><r><t> tekst</t></r></is>',
  '\n  <v>6</v>\n',
  '<v>7</v> ',
  '<x:v>8</x:v>',
  '<v/>',
  '',
);

/** A cell's type and value, mostly ones that go together (a damaged cell ends the read). */
const typed = fc.oneof(
  {
    weight: 60,
    arbitrary: fc.tuple(fc.constantFrom('', ' t="n"'), mostly(plainValue, oddValue)),
  },
  {
    weight: 30,
    arbitrary: fc.tuple(
      fc.constantFrom(' t="s"', " t='s'"),
      fc.constantFrom('<v>0</v>', '<v>1</v>', '<v>2</v>', '<v></v>', '<f>A1</f><v>1</v>'),
    ),
  },
  {
    weight: 20,
    arbitrary: fc.tuple(
      fc.constantFrom(' t="d"', ' t="x"', " t='str'", ' t="b"', ' t="e"', ' t="inlineStr"'),
      mostly(oddValue, plainValue),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constant(' t="s"'), fc.constantFrom('<v>3</v>', '<v>0.5</v>')),
  },
);

const cellAttrs = fc
  .tuple(
    typed,
    mostly(
      fc.constantFrom('', ' s="1"', ' s="2"'),
      fc.constantFrom(" s='1'", ' s="x"', ' s="0"', ' s="99"'),
    ),
    mostly(
      fc.constantFrom('', ' cm="1"', ' a="b>c"', ' ø="æ>"'),
      fc.constantFrom(' x:s="1"', ' r = "Z9"', ' foo r="C1"', '\tvm="1"', " r='A1' r='B1'"),
    ),
    fc.boolean(),
  )
  .map(([[t, v], s, extra, first]) => ({ attrs: first ? extra + t + s : t + s + extra, v }));

const cell = fc
  .tuple(
    fc.oneof(
      { weight: 150, arbitrary: fc.constantFrom('A', 'B', 'C', 'AA', 'XFD', '') },
      { weight: 1, arbitrary: fc.constantFrom('XFE', 'A0') },
    ),
    mostly(fc.constant('same'), fc.constantFrom('', '1', '3')),
    cellAttrs,
    mostly(fc.constant('c'), fc.constant('x:c')),
    mostly(fc.constant(false), fc.constant(true)),
  )
  .map(([col, row, { attrs, v }, name, selfClosing]) => (rowNumber: number) => {
    const at = col === 'A0' ? 'A0' : `${col}${row === 'same' || row === '' ? rowNumber : row}`;
    const ref = col === '' ? '' : ` r="${at}"`;
    const open = `<${name}${ref}${attrs}`;
    return selfClosing || v === '' ? `${open}/>` : `${open}>${v}</${name}>`;
  });

const row = fc
  .tuple(
    fc.constantFrom(
      '',
      ' spans="1:3" x14ac:dyDescent="0.25"',
      ' hidden="1"',
      " hidden='true'",
      ' hidden="0"',
    ),
    fc.array(cell, { maxLength: 5 }),
    mostly(fc.constant('row'), fc.constant('x:row')),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([attrs, cells, name, numbered, closeSpaced]) => (r: number) => {
    const open = `<${name}${numbered ? ` r="${r}"` : ''}${attrs}`;
    if (cells.length === 0) return `${open}/>`;
    return `${open}>${cells.map((c) => c(r)).join('')}</${name}${closeSpaced ? ' ' : ''}>`;
  });

const sheet = fc
  .tuple(fc.array(row, { maxLength: 12 }), fc.boolean())
  .map(
    ([rows, merges]) =>
      '<?xml version="1.0"?><worksheet><sheetData>' +
      rows.map((r, i) => r(i + 1)).join('') +
      '</sheetData>' +
      (merges ? '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>' : '') +
      '</worksheet>',
  );

describe('the sheet reader’s fast path', () => {
  it('reads every generated sheet as the general path does, whole and cut anywhere', () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.nat(2000), { maxLength: 6 }), (xml, cuts) => {
        const expected = readSheet(xml, [], false);
        expect(readSheet(xml, [], true)).toBe(expected);
        expect(readSheet(xml, cuts, true)).toBe(expected);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('reads a plain sheet cut at every single offset as the general path does', () => {
    const xml =
      '<worksheet><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>1</v></c>' +
      '<c r="B1" s="1"><v>5279195.92</v></c><c r="C1" s="2"/></row>' +
      '<row r=\'3\' hidden="1"><c r="A3" t=\'s\'><v>2</v></c><c r="B3"><v>-7</v></c></row>' +
      '<row r="4"/><row r="5" hidden="1"><c r="A5" s="1"/></row><row r="6" hidden="on"><c r="A6"/>' +
      '<c s="2"><v>45292</v></c><c t="s"><v>0</v></c></row></sheetData></worksheet>';
    const expected = readSheet(xml, [], false);
    expect(JSON.parse(expected)[1]).toContain('5279195.92');
    expect(JSON.parse(expected)[1]).toContain('2024-01-01T00:00:00.000Z');
    // Row 5 has only an empty styled cell: hidden but not counted, as ExcelJS counted rows.
    expect(JSON.parse(expected)[3]).toEqual([3, 6]);
    for (let cut = 0; cut <= xml.length; cut++) {
      expect(readSheet(xml, [cut], true), `cut at ${cut}`).toBe(expected);
    }
  });
});

function readStrings(xml: string, cuts: number[], fast: boolean): string {
  const reader = fast ? new SharedStringsReader() : general(new SharedStringsReader());
  const ended = feed(reader, new TextEncoder().encode(xml), cuts);
  return JSON.stringify([ended, reader.strings]);
}

const item = fc.constantFrom(
  '<si><t>Post</t></si>',
  '<si><t>Beløb i kr. – 2025</t></si>',
  '<si><t xml:space="preserve"> mellemrum </t></si>',
  '<si><t></t></si>',
  '<si><t/></si>',
  '<si><t>Løn &amp; drift</t></si>',
  '<si><t>a\r\nb</t></si>',
  '<si><r><t>rig</t></r><r><rPr><b/></rPr><t> tekst</t></r></si>',
  '<si><t>navn</t><rPh sb="0" eb="1"><t>fonetisk</t></rPh></si>',
  '<si>\n<t>linje</t>\n</si>',
  '<x:si><x:t>præfiks</x:t></x:si>',
  '<si><t><![CDATA[<cdata>]]></t></si>',
);

describe('the shared strings reader’s fast path', () => {
  it('reads every generated part as the general path does, whole and cut anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.array(fc.nat(800), { maxLength: 6 }),
        (items, cuts) => {
          const xml = `<?xml version="1.0"?><sst count="${items.length}">${items.join('')}</sst>`;
          const expected = readStrings(xml, [], false);
          expect(readStrings(xml, [], true)).toBe(expected);
          expect(readStrings(xml, cuts, true)).toBe(expected);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('PlainTag', () => {
  it.each([
    [
      ' r="A1" s="1" t="s">',
      [
        ['r', 'A1'],
        ['s', '1'],
        ['t', 's'],
      ],
      false,
    ],
    [" r='A1'/>", [['r', 'A1']], true],
    [
      ' x:r="A1" a="b>c">',
      [
        ['r', 'A1'],
        ['a', 'b>c'],
      ],
      false,
    ],
    ['>', [], false],
  ] as const)('reads %j', (src, attrs, selfClosing) => {
    const tag = new PlainTag();
    expect(tag.read(src, 0)).toBe(true);
    const seen: string[][] = [];
    while (tag.nextAttr()) {
      seen.push([
        src.slice(tag.nameStart, tag.nameStart + tag.nameLength),
        src.slice(tag.valueStart, tag.valueEnd),
      ]);
    }
    expect(seen).toEqual(attrs);
    expect(tag.selfClosing).toBe(selfClosing);
    expect(src[tag.end]).toBe('>');
  });

  it.each([' r = "A1">', ' r=A1>', ' r="A1"', ' r="A1" /x>', ' foo r="A1">', ' r="A1'])(
    'leaves %j to the general scanner',
    (src) => {
      expect(new PlainTag().read(src, 0)).toBe(false);
    },
  );
});

describe('the byte path over many pieces', () => {
  it('keeps reading bytes when every piece starts inside a cell and ends at one', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c><c r="B${i + 1}" s="1"><v>${i}.5</v></c></row>`,
    );
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const bytes = new TextEncoder().encode(xml);
    // Cut inside the start tag of every tenth row's first cell.
    const cuts: number[] = [];
    for (
      let at = xml.indexOf('<c r="A'), k = 0;
      at >= 0;
      at = xml.indexOf('<c r="A', at + 1), k++
    ) {
      if (k % 10 === 0) cuts.push(at + 4);
    }
    const reader = new SheetReader(context());
    const proto = Object.getPrototypeOf(reader) as { fastBytes: (...a: unknown[]) => number };
    let read = 0;
    Object.defineProperty(reader, 'fastBytes', {
      value: (src: Uint8Array, i: number, n: number) => {
        const end = proto.fastBytes.call(reader, src, i, n);
        read += end - i;
        return end;
      },
    });
    expect(
      feed(
        reader,
        bytes,
        cuts.filter((c) => c > 0),
      ),
    ).toBe(true);
    reader.finish();
    expect(reader.rows).toHaveLength(2000);
    expect(read / bytes.length).toBeGreaterThan(0.9);
  });
});
