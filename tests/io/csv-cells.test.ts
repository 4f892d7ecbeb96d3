/** Counting a CSV's cells before parsing it, exactly as readCsv will make them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSeparator, readCsv, readWorkbookBytes } from '../../core/io';
import { countCsvCells, csvShape } from '../../core/io/csv-cells';
import type { Workbook } from '../../core/grid';

function gridCells(wb: Workbook): number {
  let n = 0;
  for (const row of wb.sheets[0]!.rows) for (const c of row ?? []) if (c) n++;
  return n;
}

describe('countCsvCells', () => {
  const cases: Array<[string, string, string, number]> = [
    ['a Danish export', 'Post;Beløb\r\nLøn;1.184.500\r\nI alt;1.184.500\r\n', ';', 6],
    ['empty fields and blank lines', 'a;;c\n\n;;\n', ';', 2],
    ['fields of only spaces', 'a; ;\u00a0;\t\n', ';', 1],
    ['a quoted separator and line break', '"Løn; fast";"1\n2"\n', ';', 2],
    ['doubled quotes', '"sagde ""hej""";x', ';', 2],
    ['a quoted empty field', '"";x', ';', 1],
    ['a quote inside a field is text', '5" skærm;x;y', ';', 3],
    ['no line break at the end', 'a,b', ',', 2],
    ['CR alone ends a record', 'a\rb\rc', ';', 3],
    ['nothing', '', ';', 0],
  ];
  for (const [what, text, sep, want] of cases) {
    it(`counts ${want} in ${what}`, () => {
      expect(countCsvCells(text, sep)).toBe(want);
    });
  }

  it('agrees with readCsv on any text, with the separator readCsv finds', () => {
    const ch = fc.constantFrom(';', ',', '\t', '"', '\n', '\r', ' ', '\u00a0', 'a', '1', 'ø');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(countCsvCells(text, detectSeparator(text))).toBe(gridCells(readCsv(text, 't.csv')));
      }),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 500) },
    );
  });
});

describe('readWorkbookBytes on a CSV past the cell limit', () => {
  it('refuses it with the count and the limit, and reads it at the limit', async () => {
    const csv = new TextEncoder().encode('Post;Beløb\nLøn;1.184.500\nDrift;99.000\n');
    const refused = await readWorkbookBytes(csv, 'eksport.csv', { maxCells: 5 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('WORKBOOK_TOO_LARGE');
      expect(refused.error.message.da).toBe(
        'eksport.csv er for stor til at blive tjekket: den har 6 celler (grænsen er 5). Del filen op i mindre filer.',
      );
      expect(refused.error.message.en).toBe(
        'eksport.csv is too large to check: it has 6 cells (the limit is 5). Split the file into smaller files.',
      );
    }
    expect((await readWorkbookBytes(csv, 'eksport.csv', { maxCells: 6 })).ok).toBe(true);
  });
});

describe('csvShape', () => {
  it.each([
    ['a;b;c\n1;2;3\n', 3, undefined],
    ['a;b;c;d\n', 3, { line: 1, columns: 4 }],
    ['a;b\n1;2;3;4\n', 3, { line: 2, columns: 4 }],
    // A quoted line break is a line of the file but not a new record.
    ['"a\nb";c\r\n1;2;3;4', 3, { line: 3, columns: 4 }],
    // Empty fields past the limit make no cells and no width.
    ['a;b;;;;;;\n', 3, undefined],
    // The scan stops at the first filled field past the limit.
    [`${Array(100).fill('1').join(';')}\n`, 10, { line: 1, columns: 11 }],
  ])('%j with at most %i columns', (text, max, wide) => {
    expect(csvShape(text, ';', max).wide).toEqual(wide);
  });
});
