/**
 * The fast paths of the streaming reader read exactly what the general path reads: a sheet's
 * bytes cut anywhere (inside a tag, a number, an entity, a multi-byte character, a CDATA
 * section) give the same grid as the whole part, in UTF-8 and UTF-16; a plain decimal read in
 * place is the double Number() gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XmlFeed } from '../../core/io/part-xml';
import { SheetReader, type SheetContext } from '../../core/io/xlsx-sheet';
import { plainNumber, readNumber } from '../../core/io/xlsx-value';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 300);

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="urn:x"><x:sheetData>' +
  '<x:row r="1" spans="1:4" x14ac:dyDescent="0.25"><x:c r="A1" t="s"><x:v>0</x:v></x:c>' +
  '<x:c r="B1" s="1"><x:v>5279195.92</x:v></x:c><x:c r="C1"><x:v>-0</x:v></x:c>' +
  '<x:c r="D1" t="inlineStr"><x:is><x:t>Løn &amp; «drift» 😀</x:t></x:is></x:c></x:row>' +
  '<row r="2" hidden="1"><c r="A2" t="str"><f>A1&amp;"ø"</f><v>Løn ø</v></c>' +
  '<c r="B2"><f>B1*2</f><v>10558391.84</v></c><c r="C2"><v>12<![CDATA[3]]></v></c>' +
  '<c r="D2"><v>1e3</v></c><c r="E2"><v> 7 </v></c><c r="F2" s="2"><v>45292</v></c>' +
  '<c r="G2"><v>0x10</v></c><c r="H2"><v>12345678901234567890</v></c></row>' +
  '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#DIV/0!</v></c>' +
  '<c r="C3" t="s"><v>1</v></c><c r="D3"><v>.5</v></c><c r="E3"><v>3.</v></c>' +
  '<c r="F3"><v>0.1000000000000000000001</v></c><c r="G3"><v>&#49;&#50;</v></c></row>' +
  '</x:sheetData><mergeCells><mergeCell ref="A3:B3"/></mergeCells></x:worksheet>';

function context(): SheetContext {
  return {
    strings: ['Post æøå', 'Beløb i kr.'],
    styles: { numFmt: [undefined, '#,##0.00', 'dd-mm-yyyy'], isDate: [false, false, true] },
    date1904: false,
    counted: { cells: 0, max: 1_000_000 },
  };
}

/** What a sheet read gives: its rows (JSON, dates as ISO text), hidden rows and merges. */
function readPieces(pieces: Uint8Array[]): string {
  const reader = new SheetReader(context());
  const feed = new XmlFeed(reader);
  for (const p of pieces) feed.push(p);
  expect(feed.end()).toBe(true);
  reader.finish();
  return JSON.stringify([reader.rows, reader.hiddenRows, reader.mergeRefs]);
}

function cutAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.slice(at[i], end));
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 + 2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    out[2 + 2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  }
  return out;
}

describe('a sheet part cut into pieces', () => {
  const utf8 = new TextEncoder().encode(SHEET);
  const whole = readPieces([utf8]);

  it('reads every kind of cell as the general path does', () => {
    const rows = JSON.parse(whole)[0] as Array<Array<Record<string, unknown> | null>>;
    expect(rows[0]).toEqual([
      { value: 'Post æøå', text: 'Post æøå' },
      { value: 5279195.92, numFmt: '#,##0.00' },
      { value: 0 },
      { value: 'Løn & «drift» 😀', text: 'Løn & «drift» 😀' },
    ]);
    expect(rows[1]).toEqual([
      { value: 'Løn ø', text: 'Løn ø', formula: 'A1&"ø"' },
      { value: 10558391.84, formula: 'B1*2' },
      { value: 123 },
      { value: 1000 },
      { value: 7 },
      { value: '2024-01-01T00:00:00.000Z', numFmt: 'dd-mm-yyyy' },
      // No number a spreadsheet writes: kept as text for the check to report.
      { value: '0x10', text: '0x10' },
      { value: 12345678901234567000 },
    ]);
    expect(rows[2]).toEqual([
      { value: true },
      { value: { error: '#DIV/0!' } },
      { value: 'Beløb i kr.', text: 'Beløb i kr.' },
      { value: 0.5 },
      { value: 3 },
      { value: 0.1 },
      { value: 12 },
    ]);
    expect(JSON.parse(whole).slice(1)).toEqual([[2], ['A3:B3']]);
  });

  it('gives the same grid cut at every single offset', () => {
    for (let cut = 0; cut <= utf8.length; cut++) {
      expect(readPieces(cutAt(utf8, [cut])), `cut at ${cut}`).toBe(whole);
    }
  });

  it('gives the same grid cut into many pieces anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(utf8.length), { maxLength: 40 }), (cuts) => {
        expect(readPieces(cutAt(utf8, cuts))).toBe(whole);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['UTF-16 LE', false],
    ['UTF-16 BE', true],
  ])('reads %s the same, cut anywhere', (_, bigEndian) => {
    const bytes = utf16(SHEET, bigEndian);
    expect(readPieces([bytes])).toBe(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 12 }), (cuts) => {
        expect(readPieces(cutAt(bytes, cuts))).toBe(whole);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('leaves an empty cell a hole, row after row (the scratch row is reused)', () => {
    const rows = [1, 2, 3].map(
      (r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="D${r}"><v>4</v></c></row>`,
    );
    const reader = new SheetReader(context());
    const feed = new XmlFeed(reader);
    feed.push(
      new TextEncoder().encode(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
    );
    expect(feed.end()).toBe(true);
    expect(reader.rows.map((cells) => Object.keys(cells!))).toEqual([
      ['0', '3'],
      ['0', '3'],
      ['0', '3'],
    ]);
  });

  it('says a part that stops inside a tag is unfinished', () => {
    const feed = new XmlFeed(new SheetReader(context()));
    feed.push(utf8.slice(0, SHEET.indexOf('<x:c r="B1"') + 5));
    expect(feed.end()).toBe(false);
  });
});

describe('plainNumber: a decimal read in place', () => {
  it('is exactly Number(text) for every plain decimal of up to 15 digits', () => {
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,8}$/),
        fc.option(fc.stringMatching(/^[0-9]{0,7}$/), { nil: undefined }),
      )
      .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`);
    fc.assert(
      fc.property(plain, (text) => {
        const n = Number(text);
        expect(plainNumber(text, 0, text.length)).toBe(n === 0 ? 0 : n);
        // The same in the middle of a bigger text.
        const src = `<v>${text}</v>`;
        expect(plainNumber(src, 3, 3 + text.length)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: RUNS * 10 },
    );
  });

  it.each([
    ['5279195.92', 5279195.92],
    ['-0.000000000000001', -1e-15],
    ['9007199254740991', 9007199254740991],
    ['.5', 0.5],
    ['7.', 7],
    ['-0', 0],
  ])('reads %j as %d', (text, n) => {
    expect(plainNumber(text, 0, text.length)).toBe(n);
  });

  it.each([
    '',
    '-',
    '.',
    '+1',
    ' 1',
    '1e3',
    '0x10',
    '1.2.3',
    '9007199254740992',
    '0.1234567890123456',
    'NaN',
  ])('leaves %j to the general path', (text) => {
    expect(plainNumber(text, 0, text.length)).toBeUndefined();
  });

  it('leaves readNumber as it was: the regex path gives the same for any text', () => {
    const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
    const before = (text: string): number | undefined => {
      const n = Number(text);
      if (!Number.isFinite(n)) return undefined;
      if (!NUMBER.test(text) && !NUMBER.test(text.trim())) return undefined;
      return n === 0 ? 0 : n;
    };
    const numberish = fc.stringMatching(/^[ +\-0-9.eEx]{0,20}$/);
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string()), (text) => {
        expect(readNumber(text)).toBe(before(text));
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
