import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTableValues } from '../../core/check/values';
import type { DetectedTable } from '../../core/detect';
import type { Cell, Sheet } from '../../core/grid';
import { detectStyle, fixedToDec, isDateFormat, parseAmount, type Unit } from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

/** One value column (B) of `cells.length` detail lines from row 2, in `unit`. */
function tableOf(cells: Array<Cell | undefined>, unit: Unit | null): [Sheet, DetectedTable] {
  const rows: Sheet['rows'] = [[{ value: 'Post' }, { value: 'Beløb' }]];
  cells.forEach((c, i) => rows.push([{ value: `Linje ${i + 1}` }, c]));
  const sheet: Sheet = { name: 'Ark', rows, rowCount: rows.length, colCount: 2, merges: [] };
  const table: DetectedTable = {
    sheet: 'Ark',
    kind: 'budget',
    range: { top: 1, left: 1, bottom: rows.length, right: 2 },
    title: null,
    headerRow: 1,
    columns: [
      { col: 1, header: 'Post', role: 'label', unit: null },
      { col: 2, header: 'Beløb', role: 'value', unit },
    ],
    rows: cells.map((_, i) => ({ row: i + 2, role: 'detail', label: `Linje ${i + 1}` })),
    unit,
    year: null,
    quarter: null,
  };
  return [sheet, table];
}

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.integer({ min: -(10 ** 12), max: 10 ** 12 }).map((o) => ({ value: o / 100 })),
  fc.double({ noNaN: true }).map((value) => ({ value })),
  fc.constantFrom<Cell | undefined>(
    { value: '1.572.000,50' },
    { value: '1.500' },
    { value: '12,5' },
    { value: '4,4 mio. kr.' },
    { value: '2,0*' },
    { value: '-' },
    { value: 'ikke oplyst' },
    { value: 0.848, numFmt: '0.0%' },
    { value: 45000, numFmt: 'dd-mm-yyyy' },
    { value: 1200, numFmt: '#,##0 "kr."' },
    { value: 2.5, numFmt: '0.0 "årsværk"' },
    { value: { error: '#REF!' } },
    { value: null },
    undefined,
  ),
);

describe('readTableValues', () => {
  it('reads every cell as parseAmount does, plain cells through the fast path', () => {
    let plain = 0;
    fc.assert(
      fc.property(
        fc.array(cellArb, { minLength: 1, maxLength: 20 }),
        fc.constantFrom<Unit | null>('kr', 'mio. kr.', 'årsværk', null),
        fc.constantFrom<'da' | 'en' | undefined>('da', 'en', undefined),
        fc.boolean(),
        (cells, unit, style, farNote) => {
          const [sheet, table] = tableOf(cells, unit);
          // A footnote far below spreads the rows out: the counts are kept sparse, not typed.
          if (farNote) table.rows.push({ row: 5_000_000, role: 'footnote', label: '* note' });
          const values = readTableValues(sheet, table, style, 'da');
          // The column's own values decide its style first; the workbook's only when they cannot.
          const texts = cells.flatMap((c) =>
            typeof c?.value === 'string' && /\d[.,]\d/.test(c.value) ? [c.value] : [],
          );
          const own = detectStyle(texts) ?? style;
          cells.forEach((c, i) => {
            const row = i + 2;
            const got = values.at(row, 2);
            const dash = typeof c?.value === 'string' && c.value.trim() === '-';
            const read =
              c && c.value !== null && !dash
                ? parseAmount(c.value, { unit: unit ?? undefined, style: own, numFmt: c.numFmt })
                : undefined;
            // A date (or a serial shown as one) is neither an amount nor a mistake.
            const date = c?.numFmt !== undefined && isDateFormat(c.numFmt);
            if (!read?.ok) {
              expect(got).toBeNull();
              expect(values.unreadable(row, 2)).toBe(read !== undefined && !date);
            } else {
              expect(got!.value.eq(read.amount.value)).toBe(true);
              expect(got).toMatchObject({
                unit: read.amount.unit,
                decimals: read.amount.decimals,
                source: read.amount.source,
                footnote: read.amount.footnote,
              });
            }
            const fast = values.plain(row, 2);
            // plainInto writes what plain gives, and answers where plain does.
            const into = { units: Number.NaN, scale: -1, unit: null as Unit | null };
            expect(values.plainInto(row, 2, into)).toBe(fast !== undefined);
            if (fast) {
              expect(into).toEqual({
                units: fast.fixed.units,
                scale: fast.fixed.scale,
                unit: fast.unit,
              });
            }
            if (fast) {
              plain++;
              expect(got).not.toBeNull();
              expect(fixedToDec(fast.fixed).eq(got!.value)).toBe(true);
              expect(fast.unit).toBe(got!.unit);
              expect(fast.source).toBe(got!.source);
            }
          });
          // A column with no unreadable cell says so, and no cell of it needs asking.
          const bad = cells.some((_, i) => values.unreadable(i + 2, 2));
          expect(values.anyUnreadable(2)).toBe(bad);
          expect(values.anyUnreadable(1)).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
    expect(plain).toBeGreaterThan(RUNS);
  });
});
