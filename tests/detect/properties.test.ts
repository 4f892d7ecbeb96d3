import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTables, type DetectedTable } from '../../core/detect';
import { sheetFromValues, type CellValue } from '../../core/grid';

const runs = Number(process.env.RAMME_FUZZ_RUNS ?? 200);

const WORDS = [
  'Løn',
  'Lokaleleje',
  'Tolkebistand',
  'Materialer',
  'Evaluering',
  'Transport',
  'Kurser',
];

/** Cells as they turn up in these sheets: words, keywords, numbers, text numbers, dates, errors. */
const anyCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(undefined),
  fc.constantFrom(
    ...WORDS,
    'I alt',
    'Total',
    'Samlet forbrug',
    'heraf tolkning',
    '* note',
    'Beløb i kr.',
    'Årsværk',
    'Mål',
    'Retning',
    'Medarbejder',
    'Fra',
    'Finansiering',
    'mio. kr.',
  ),
  fc.integer({ min: -1000, max: 2_000_000 }),
  fc.constantFrom('1.184.500', '2,0*', '1½', '83,3%', 'min. 350', '15-20', '1.500', ''),
  fc.constantFrom(2019, 2020, 2021),
  fc.constant(new Date(Date.UTC(2024, 0, 1))),
  fc.constant({ error: '#REF!' }),
);

const anyGrid = fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 25 });

function checkInvariants(t: DetectedTable, rowCount: number, colCount: number): void {
  const { range } = t;
  expect(range.top).toBe(t.headerRow);
  expect(range.top <= range.bottom && range.left <= range.right).toBe(true);
  expect(range.bottom <= rowCount && range.right <= colCount).toBe(true);
  const byRow = new Map(t.rows.map((r) => [r.row, r]));
  expect(byRow.size).toBe(t.rows.length);
  const covered = new Set<number>();
  for (const r of t.rows) {
    expect(r.row).toBeGreaterThan(t.headerRow);
    if (r.role === 'heraf') {
      expect(r.parent).toBeLessThan(r.row);
      expect(['detail', 'total', 'grandTotal']).toContain(byRow.get(r.parent!)?.role);
    }
    for (const c of r.covers ?? []) {
      expect(c).toBeLessThan(r.row);
      const role = byRow.get(c)?.role;
      if (r.role === 'total') {
        expect(role).toBe('detail');
        expect(covered.has(c)).toBe(false);
        covered.add(c);
      } else expect(['detail', 'total']).toContain(role);
    }
  }
  const cols = t.columns.map((c) => c.col);
  expect(new Set(cols).size).toBe(cols.length);
  for (const c of cols) expect(c >= range.left && c <= range.right).toBe(true);
}

describe('detectTables properties', () => {
  it('never throws, and every table it finds is consistent', () => {
    fc.assert(
      fc.property(anyGrid, (rows) => {
        const sheet = sheetFromValues('Ark 2024', rows);
        const tables = detectTables(sheet);
        for (const t of tables) checkInvariants(t, sheet.rowCount, sheet.colCount);
        // Tables never share a cell (they may stand side by side).
        for (let i = 0; i < tables.length; i++) {
          for (let j = i + 1; j < tables.length; j++) {
            const [a, b] = [tables[i]!.range, tables[j]!.range];
            const apart =
              a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
            expect(apart).toBe(true);
          }
        }
      }),
      { numRuns: runs },
    );
  });

  it('an explicit range never yields a table outside it', () => {
    fc.assert(
      fc.property(
        anyGrid,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, h, w) => {
          const sheet = sheetFromValues('Ark', rows);
          for (const t of detectTables(sheet, { range: `A1:${String.fromCharCode(64 + w)}${h}` })) {
            expect(t.range.bottom).toBeLessThanOrEqual(h);
            expect(t.range.right).toBeLessThanOrEqual(w);
            checkInvariants(t, sheet.rowCount, sheet.colCount);
          }
        },
      ),
      { numRuns: runs },
    );
  });

  /** A budget overview laid out as people do: groups with lines, heraf rows, totals, gaps. */
  const budget = fc.record({
    groups: fc.array(
      fc.record({
        lines: fc.array(
          fc.record({
            amount: fc.integer({ min: 0, max: 2_000_000 }),
            heraf: fc.boolean(),
            asText: fc.boolean(),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        gapBeforeTotal: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    title: fc.boolean(),
  });

  it('recovers the groups, heraf parents, totals and grand total of a generated budget', () => {
    fc.assert(
      fc.property(budget, ({ groups, title }) => {
        const rows: Array<Array<CellValue | undefined>> = [];
        const expected: string[] = [];
        const dk = (n: number) => n.toLocaleString('da-DK');
        if (title) rows.push(['Oversigt over forbrug 2024'], []);
        const totals: number[] = [];
        groups.forEach((g, gi) => {
          if (gi > 0) rows.push([]);
          rows.push([gi === 0 ? 'Afholdte udgifter' : `Udgifter ${gi + 1}`, 'Beløb i kr.']);
          const headerRow = rows.length;
          if (gi > 0) expected.push(`${headerRow}:group`);
          const details: number[] = [];
          let sum = 0;
          g.lines.forEach((line, li) => {
            rows.push([
              `${WORDS[li % WORDS.length]} ${gi + 1}.${li + 1}`,
              line.asText ? dk(line.amount) : line.amount,
            ]);
            details.push(rows.length);
            expected.push(`${rows.length}:detail`);
            sum += line.amount;
            if (line.heraf) {
              rows.push([`heraf del ${li + 1}`, Math.floor(line.amount / 2)]);
              expected.push(`${rows.length}:heraf^${rows.length - 1}`);
            }
          });
          if (g.gapBeforeTotal) rows.push([]);
          rows.push(['I alt', sum]);
          totals.push(rows.length);
          expected.push(`${rows.length}:total{${details.join(',')}}`);
        });
        if (groups.length > 1) {
          rows.push([], ['Samlet forbrug', 0]);
          expected.push(`${rows.length}:grandTotal{${totals.join(',')}}`);
        }
        const tables = detectTables(sheetFromValues('Budget 2024', rows));
        expect(tables).toHaveLength(1);
        const t = tables[0]!;
        expect([t.kind, t.unit, t.headerRow, t.year]).toEqual([
          'budget',
          'kr',
          title ? 3 : 1,
          2024,
        ]);
        expect(t.title).toBe(title ? 'Oversigt over forbrug 2024' : null);
        const got = t.rows.map(
          (r) =>
            `${r.row}:${r.role}` +
            (r.parent !== undefined ? `^${r.parent}` : '') +
            (r.covers ? `{${r.covers.join(',')}}` : ''),
        );
        expect(got).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});
