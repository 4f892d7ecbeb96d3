/** Counting a sheet's cells from its XML in chunks, as they stream out of the zip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellCounter } from '../../core/io/cell-count';

function count(xml: string, cuts: number[] = []): number {
  const bytes = new TextEncoder().encode(xml);
  const counter = new CellCounter();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    counter.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  counter.push(bytes.subarray(from));
  return counter.cells;
}

describe('CellCounter', () => {
  const cases: Array<[string, string, number]> = [
    ['a value cell', '<row r="1"><c r="A1"><v>1</v></c></row>', 1],
    ['an empty cell that only carries a style', '<c r="B2" s="3"/>', 1],
    ['a cell with no attributes', '<c><v>1</v></c>', 1],
    ['a cell whose attributes start on a new line', '<c\n r="A1"\tt="s"><v>0</v></c>', 1],
    ['a tab after the name', '<c\tr="A1"/>', 1],
    ['a self-closing cell without a space', '<c/>', 1],
    ['columns, not cells', '<cols><col min="1" max="2" width="9"/></cols>', 0],
    [
      'conditional formatting, not cells',
      '<conditionalFormatting sqref="A1"><cfRule type="cellIs"/></conditionalFormatting>',
      0,
    ],
    ['closing tags', '</c></c>', 0],
    ['text that mentions a cell (escaped, as XML must)', '<is><t>&lt;c r="A1"&gt;</t></is>', 0],
    [
      'a row of three',
      '<row r="4"><c r="A4"/><c r="B4" t="s"><v>2</v></c><c r="C4"><f>SUM(B4)</f></c></row>',
      3,
    ],
    ['nothing', '', 0],
  ];
  for (const [what, xml, want] of cases) {
    it(`counts ${want} in ${what}`, () => {
      expect(count(xml)).toBe(want);
    });
  }

  it('counts the same however the XML is cut into chunks', () => {
    const token = fc.constantFrom(
      '<c r="A1"><v>1</v></c>',
      '<c r="B1" s="2"/>',
      '<c>',
      '<c\n',
      '<col min="1"/>',
      '<cfRule/>',
      '<row r="1">',
      '</row>',
      '<',
      'c',
      ' ',
      '<<c ',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 40 }),
        fc.array(fc.nat(400), { maxLength: 12 }),
        (tokens, cuts) => {
          const xml = tokens.join('');
          const expected = (xml.match(/<c[\s>/]/g) ?? []).length;
          expect(count(xml, cuts)).toBe(expected);
          // One byte at a time, the worst case for carrying a tag across chunks.
          expect(
            count(
              xml,
              [...xml].map((_, i) => i),
            ),
          ).toBe(expected);
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 300) },
    );
  });
});
