/**
 * workOutSums (core/io/sum-results.ts): the sums a file stores no result for (openpyxl, and
 * XlsxWriter's workbooks recalculated on opening), worked out as Excel shows them on opening;
 * every other formula left without a result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellAt, parseA1, type Cell, type CellValue, type Sheet } from '../../core/grid';
import { workOutSums, type NoResults } from '../../core/io/sum-results';
import { Dec, decFromExcelNumber } from '../../core/numbers';

type Spec = CellValue | Cell | undefined;

/** The formula cells of the sheets made below that are stored without a result. */
let pending: NoResults[] = [];

/**
 * A sheet from rows of values; '=…' is a formula stored without a result (pending), '"…' one
 * whose result is empty text, an object a cell as is.
 */
function sheet(name: string, rows: Spec[][]): Sheet {
  const made: Cell[] = [];
  const cells = rows.map((r) =>
    r.map((v): Cell | undefined => {
      if (v === undefined) return undefined;
      if (typeof v === 'string' && v.startsWith('=')) {
        const cell = { value: null, formula: v.slice(1) };
        made.push(cell);
        return cell;
      }
      if (typeof v === 'string' && v.startsWith('"')) return { value: null, formula: v.slice(1) };
      if (v !== null && typeof v === 'object' && 'value' in v) return { ...v };
      return { value: v };
    }),
  );
  const colCount = Math.max(...rows.map((r) => r.length));
  const s: Sheet = { name, rows: cells, rowCount: rows.length, colCount, merges: [] };
  pending.push({ sheet: s, cells: made });
  return s;
}

/** workOutSums over the sheets made since the last call. */
function workOut(sheets: Sheet[]): void {
  workOutSums(sheets, pending);
  pending = [];
}

function valueAt(s: Sheet, ref: string): CellValue | undefined {
  const { row, col } = parseA1(ref)!;
  return cellAt(s, row, col)?.value;
}

const DATE = { value: new Date(Date.UTC(2024, 0, 1)), numFmt: 'dd-mm-yyyy' };
const SERIAL = { value: 45292, numFmt: 'dd-mm-yyyy' };

describe('workOutSums', () => {
  it.each<[string, Spec[][], string, CellValue]>([
    [
      'a SUM over a column',
      [[1572000], [144000], [86350], [18400], ['=SUM(A1:A4)']],
      'A5',
      1820750,
    ],
    ['a chain of +', [[1572000], [144000], ['=A1+A2']], 'A3', 1716000],
    ['SUM of references and ranges', [[1, 2], [3, 4], ['=SUM(A1:A2,B1)+B2']], 'A3', 10],
    ['a reference twice, added twice', [[5], ['=SUM(A1,A1)']], 'A2', 10],
    ['empty cells as 0', [[5], [undefined], [7], ['=SUM(A1:A3)']], 'A4', 12],
    ['decimals exactly (0,1 + 0,2 is 0,3)', [[0.1], [0.2], ['=A1+A2']], 'A3', 0.3],
    ['øre over many lines', [[0.1], [0.1], [0.1], [0.1], [0.1], [0.1], ['=SUM(A1:A6)']], 'A7', 0.6],
    ['a sum of sums, above or below', [['=SUM(A2:A3)'], [1], [2], ['=A1*2']], 'A1', 3],
    ['sums resting on sums', [[1], [2], ['=SUM(A1:A2)'], [4], ['=A3+A4']], 'A5', 7],
    [
      'a cached result as the file has it',
      [[1], [{ value: 2, formula: 'X9' }], ['=A1+A2']],
      'A3',
      3,
    ],
    [
      'text in the range: unknown (SUM skips it, + does not)',
      [['Løn'], [2], ['=SUM(A1:A2)']],
      'A3',
      null,
    ],
    ['a number written as text: unknown', [['2'], [2], ['=A1+A2']], 'A3', null],
    ['TRUE in the range: unknown', [[true], [2], ['=SUM(A1:A2)']], 'A3', null],
    ['an error in the range: unknown', [[{ error: '#REF!' }], [2], ['=SUM(A1:A2)']], 'A3', null],
    ['a date in the range: unknown', [[DATE], [2], ['=SUM(A1:A2)']], 'A3', null],
    ['a serial under a date format: unknown', [[SERIAL], [2], ['=SUM(A1:A2)']], 'A3', null],
    ['a product: unknown', [[2], [3], ['=A1*A2']], 'A3', null],
    ['a sum of a product: unknown', [[2], ['=A1*3'], ['=A1+A2']], 'A3', null],
    [
      'SUBTOTAL (it skips other SUBTOTALs): unknown',
      [[2], [3], ['=SUBTOTAL(9,A1:A2)']],
      'A3',
      null,
    ],
    ['a range added with +: unknown', [[2], [3], [1], ['=A1:A2+A3']], 'A4', null],
    ['a formula whose result is empty text: unknown', [[1], ['"C9'], ['=A1+A2']], 'A3', null],
    ['a range holding an empty text result: unknown', [[1], ['"C9'], ['=SUM(A1:A2)']], 'A3', null],
    ['a circular reference: unknown', [['=A2+A3'], ['=A1+A3'], [1]], 'A2', null],
    ['a sum referring to itself: unknown', [[1], ['=SUM(A1:A2)']], 'A2', null],
    ['a whole column (past 10.000 cells): unknown', [[1], [2], ['=SUM(B:B)']], 'A3', null],
    [
      'under a date format: unknown',
      [[1], [2], [{ value: null, formula: 'A1+A2', numFmt: 'dd-mm-yyyy' }]],
      'A3',
      null,
    ],
  ])('%s', (_, rows, at, expected) => {
    const s = sheet('Ark1', rows);
    workOut([s]);
    expect(valueAt(s, at)).toBe(expected);
  });

  it('adds cells of other sheets, by name in any case; an unknown sheet leaves it unknown', () => {
    const drift = sheet('Drift', [[144000], [86350]]);
    const oversigt = sheet('Oversigt', [
      ['=SUM(Drift!A1:A2)'],
      ["='drift'!A1+A1"],
      ['=SUM(Løn!A1:A2)'],
    ]);
    workOut([oversigt, drift]);
    expect(valueAt(oversigt, 'A1')).toBe(230350);
    expect(valueAt(oversigt, 'A2')).toBe(374350);
    expect(valueAt(oversigt, 'A3')).toBeNull();
  });

  it('works out a running total down 10.000 rows, in reading order', () => {
    // Each line's total rests on the one above: worked out top to bottom, never deep.
    const rows: Spec[][] = [[1, 1]];
    for (let r = 2; r <= 10_000; r++) rows.push([1, `=B${r - 1}+A${r}`]);
    const s = sheet('Ark1', rows);
    workOut([s]);
    expect(valueAt(s, 'B10000')).toBe(10_000);
  });

  it('leaves a chain deeper than 64 sums, met from its far end, unknown', () => {
    // The same chain upside down: the top sum rests on 9.999 unknown sums below it.
    const rows: Spec[][] = [];
    for (let r = 1; r < 1000; r++) rows.push([1, `=B${r + 1}+A${r}`]);
    rows.push([1, 1]);
    const s = sheet('Ark1', rows);
    workOut([s]);
    expect(valueAt(s, 'B1')).toBeNull();
    // The sums near the end are within reach of it and are worked out.
    expect(valueAt(s, 'B999')).toBe(2);
  });

  it('stops at its budget of work: 20.000 sums of 140 cells each are not all worked out', () => {
    // As 200.000 cells sharing one formula in a workbook recalculated on opening (the hostile
    // corpus's shape): each formula read and each cell visited counts.
    const formula = Array.from({ length: 140 }, (_, i) => `B${i + 1}`).join('+');
    const rows: Spec[][] = Array.from({ length: 20_000 }, (_, i) => [`=${formula}`, i + 1]);
    const s = sheet('Ark1', rows);
    workOut([s]);
    const worked = s.rows.filter((r) => typeof r?.[0]?.value === 'number').length;
    expect(valueAt(s, 'A1')).toBe(9870);
    expect(worked).toBeGreaterThan(1_000);
    expect(worked).toBeLessThan(10_000);
  });

  it('changes no cell but the sums it works out', () => {
    const s = sheet('Ark1', [
      [1, 'Løn'],
      [2, { value: 7, formula: 'A1*7', numFmt: '0' }],
      ['=A1+A2', '=A1*2'],
    ]);
    const before = JSON.stringify(s.rows.slice(0, 2));
    workOut([s]);
    expect(JSON.stringify(s.rows.slice(0, 2))).toBe(before);
    expect(cellAt(s, 3, 1)).toEqual({ value: 3, formula: 'A1+A2' });
    expect(cellAt(s, 3, 2)).toEqual({ value: null, formula: 'A1*2' });
  });

  it('adds any numbers exactly as Excel shows them (15 digits), past 2^53 and 6 decimals too', () => {
    const number = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc
        .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }))
        .map(([n, k]) => n / 10 ** k),
    );
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 30 }), (numbers) => {
        const s = sheet('Ark1', [...numbers.map((n) => [n]), [`=SUM(A1:A${numbers.length})`]]);
        workOut([s]);
        const exact = numbers.reduce((t, n) => t.plus(decFromExcelNumber(n)), new Dec(0));
        expect(valueAt(s, `A${numbers.length + 1}`)).toBe(exact.toNumber() || 0);
      }),
    );
  });

  it('gives the double nearest the exact sum of the numbers as Excel shows them', () => {
    const amount = fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), (amounts) => {
        const s = sheet('Ark1', [...amounts.map((a) => [a]), [`=SUM(A1:A${amounts.length})`]]);
        workOut([s]);
        const exact = amounts.reduce((t, a) => t.plus(a), new Dec(0));
        expect(valueAt(s, `A${amounts.length + 1}`)).toBe(exact.toNumber());
      }),
    );
  });
});
