import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { checkBudget, type BudgetLine, type BudgetTable } from '../../core/budget';
import { Dec } from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);
// The reference: plain decimal.js at a precision no sum here can reach.
const Ref = DecimalJs.clone({ precision: 200 });

/** An exact decimal with up to 4 places and 15 integer digits, as a plain string. */
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => new Ref(n.toString()).div(new Ref(10).pow(places)).toFixed());

const nonZero = decimalText.filter((t) => !new Ref(t).isZero());

const groupsArb = fc.array(fc.array(decimalText, { minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 5,
});

const refSum = (xs: string[]): string => xs.reduce((a, b) => a.plus(b), new Ref(0)).toFixed();

/** Groups of detail lines, each closed by a correct 'I alt', then a correct grand total. */
function buildTable(groups: string[][]): { table: BudgetTable; subtotalRows: number[] } {
  const lines: BudgetLine[] = [];
  const subtotalRows: number[] = [];
  const subtotals: string[] = [];
  let row = 2;
  const put = (role: BudgetLine['role'], label: string, v: string | null) =>
    lines.push({ row: row++, role, label, values: [v === null ? null : { value: new Dec(v) }] });
  groups.forEach((g, i) => {
    put('group', `Gruppe ${i + 1}`, null);
    g.forEach((v, j) => put('detail', `Linje ${j + 1}`, v));
    subtotalRows.push(row);
    const s = refSum(g);
    subtotals.push(s);
    put('total', 'I alt', s);
  });
  put('grandTotal', 'Total', refSum(subtotals));
  return {
    table: {
      sheet: 'Ark1',
      unit: 'kr',
      columns: [{ col: 2, header: 'kr.', role: 'value', unit: 'kr' }],
      lines,
    },
    subtotalRows,
  };
}

describe('budget properties', () => {
  it('totals computed from random exact decimals equal decimal.js sums', () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        const { table } = buildTable(groups);
        const { totals } = checkBudget(table);
        const expected = [...groups.map(refSum), refSum(groups.flat())];
        expect(totals.map((t) => t.computed.toFixed())).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('a correct table yields no findings', () => {
    fc.assert(
      fc.property(groupsArb, (groups) => {
        expect(checkBudget(buildTable(groups).table).findings).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('changing exactly one detail line yields exactly one finding, at its group total', () => {
    fc.assert(
      fc.property(groupsArb, fc.nat(), fc.nat(), nonZero, (groups, gi, li, delta) => {
        const { table, subtotalRows } = buildTable(groups);
        const g = gi % groups.length;
        const l = li % groups[g].length;
        const target = table.lines.filter((x) => x.role === 'detail')[
          groups.slice(0, g).reduce((n, x) => n + x.length, 0) + l
        ];
        target.values[0] = { value: target.values[0]!.value.plus(delta) };
        const { findings } = checkBudget(table);
        expect(findings).toHaveLength(1);
        expect(findings[0].code).toBe('TOTAL_MISMATCH');
        expect(findings[0].row).toBe(subtotalRows[g]);
        expect(findings[0].difference?.toFixed()).toBe(new Ref(delta).neg().toFixed());
      }),
      { numRuns: RUNS },
    );
  });

  it('changing one subtotal yields one finding at that subtotal, none at the grand total (summed from the details)', () => {
    fc.assert(
      fc.property(groupsArb, fc.nat(), nonZero, (groups, gi, delta) => {
        const { table, subtotalRows } = buildTable(groups);
        const row = subtotalRows[gi % groups.length];
        const line = table.lines.find((x) => x.row === row)!;
        line.values[0] = { value: line.values[0]!.value.plus(delta) };
        const { findings } = checkBudget(table);
        expect(findings.map((f) => f.row)).toEqual([row]);
        expect(findings[0].difference?.toFixed()).toBe(new Ref(delta).toFixed());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('budget properties: a grand total summed from wrong subtotals', () => {
  it('reports only the subtotal when the grand total follows the stated subtotals', () => {
    fc.assert(
      fc.property(groupsArb, fc.nat(), nonZero, (groups, gi, delta) => {
        const { table, subtotalRows } = buildTable(groups);
        const row = subtotalRows[gi % groups.length];
        const sub = table.lines.find((x) => x.row === row)!;
        const grand = table.lines.at(-1)!;
        sub.values[0] = { value: sub.values[0]!.value.plus(delta) };
        grand.values[0] = { value: grand.values[0]!.value.plus(delta) };
        expect(checkBudget(table).findings.map((f) => f.row)).toEqual([row]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('budget robustness', () => {
  const roles = ['group', 'detail', 'heraf', 'total', 'grandTotal', 'footnote'] as const;
  it('any sequence of rows, parents, covers, marks and units gives findings, never a throw', () => {
    const cellArb = fc.option(
      fc.record({
        value: decimalText.map((t) => new Dec(t)),
        unit: fc.constantFrom(
          undefined,
          null,
          'kr' as const,
          '1.000 kr.' as const,
          'mio. kr.' as const,
        ),
        footnote: fc.constantFrom(undefined, null, '*', '**'),
        decimals: fc.constantFrom(undefined, 0, 1, 2),
      }),
    );
    const lineArb = fc.record({
      role: fc.constantFrom(...roles),
      values: fc.array(cellArb, { maxLength: 3 }),
      parent: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      covers: fc.option(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 5 }), {
        nil: undefined,
      }),
      label: fc.constantFrom('Linje', '* heraf 0,7 mio. kr.', '** note', 'I alt'),
    });
    const columnRoles = [
      'value',
      'adopted',
      'supplements',
      'corrected',
      'actual',
      'deviation',
    ] as const;
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 25 }),
        fc.array(fc.constantFrom(...columnRoles), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(null, 'kr' as const, 'mio. kr.' as const),
        (lines, colRoles, unit) => {
          const table: BudgetTable = {
            sheet: 'Ark1',
            unit,
            columns: colRoles.map((role, i) => ({ col: i + 2, header: role, role, unit: null })),
            lines: lines.map((l, i) => ({
              ...l,
              row: i + 1,
              values: l.values.map((v) => (v ? { ...v } : null)),
            })) as BudgetLine[],
          };
          const { findings } = checkBudget(table);
          for (const f of findings) {
            expect(f.cell).not.toBe('');
            expect(f.message.da.length).toBeGreaterThan(0);
            for (const x of [f.expected, f.actual, f.difference]) {
              if (x) expect(x.isFinite()).toBe(true);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
