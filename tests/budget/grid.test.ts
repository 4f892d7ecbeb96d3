import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  budgetTableOfGrid,
  checkBudget,
  checkBudgetGrid,
  type BudgetCheck,
  type BudgetColumn,
  type GridBudgetTable,
  type MoneyUnit,
} from '../../core/budget';
import { decimalColumnTotals } from '../../core/budget/totals-dec';
import { fixedColumnTotals } from '../../core/budget/totals-fixed';
import { columnView } from '../../core/budget/column';
import { rowIndex } from '../../core/budget/rows';
import { budgetStructure } from '../../core/budget/structure';
import type { RowRole } from '../../core/detect/types';
import type { Cell, CellValue, Sheet } from '../../core/grid';
import { Dec } from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

interface Line {
  role: RowRole;
  label: string;
  cells: Array<Cell | undefined>;
}

/** A grid table from lines: labels in column A, values from column B, the first line in row 3. */
function gridOf(lines: Line[], unit: MoneyUnit | null, columns?: BudgetColumn[]): GridBudgetTable {
  const rows: Sheet['rows'] = [[{ value: 'Post' }, { value: 'Beløb' }]];
  rows[1] = undefined;
  for (const l of lines) rows.push([{ value: l.label }, ...l.cells]);
  const width = Math.max(1, ...lines.map((l) => l.cells.length));
  const sheet: Sheet = {
    name: 'Budget',
    rows,
    rowCount: rows.length,
    colCount: 1 + width,
    merges: [],
  };
  const cols =
    columns ??
    Array.from({ length: width }, (_, k) => ({
      col: k + 2,
      header: `Kolonne ${k + 1}`,
      role: 'value' as const,
      unit,
    }));
  return {
    sheet,
    unit,
    columns: cols,
    rows: lines.map((_, i) => i + 3),
    roles: lines.map((l) => l.role),
    label: (i) => lines[i]!.label,
    style: 'da',
  };
}

const str = (d: Dec | null | undefined): string | null => (d ? d.toFixed() : null);

/** A check with its decimals as exact strings, so two checks compare with toEqual. */
function plainCheck(check: BudgetCheck) {
  return {
    findings: check.findings.map((f) => ({
      ...f,
      expected: str(f.expected),
      actual: str(f.actual),
      difference: str(f.difference),
    })),
    // Field by field: the integer path's totals make their decimals in getters.
    totals: check.totals.map((t) => ({
      row: t.row,
      col: t.col,
      cell: t.cell,
      label: t.label,
      role: t.role,
      parts: t.parts,
      unit: t.unit,
      ok: t.ok,
      computed: str(t.computed),
      stated: str(t.stated),
    })),
  };
}

const n = (value: CellValue, numFmt?: string): Cell => (numFmt ? { value, numFmt } : { value });

describe('checkBudgetGrid', () => {
  const budget: Line[] = [
    { role: 'group', label: 'Område 1', cells: [] },
    { role: 'detail', label: 'Løn', cells: [n(1184500)] },
    { role: 'detail', label: 'Kurser', cells: [n('96.000')] },
    { role: 'detail', label: 'Workshops', cells: [n('48.250,50')] },
    { role: 'total', label: 'I alt', cells: [n(1328850.5, '#,##0.00')] },
    { role: 'group', label: 'Område 2', cells: [] },
    { role: 'detail', label: 'Husleje', cells: [n(1_000_000_000.01)] },
    { role: 'detail', label: 'Drift', cells: [n('4.000.000.000,02')] },
    { role: 'total', label: 'I alt', cells: [n('5.000.000.000,03')] },
    { role: 'grandTotal', label: 'Total', cells: [n('5.001.328.850,53')] },
  ];

  it('finds the one wrong subtotal, to the øre, and checks the grand total against it', () => {
    const check = checkBudgetGrid(gridOf(budget, 'kr'));
    expect(check.totals.map((t) => [t.cell, t.computed.toFixed(), t.ok])).toEqual([
      ['B7', '1328750.5', false],
      ['B11', '5000000000.03', true],
      ['B12', '5001328850.53', true],
    ]);
    expect(check.findings.map((f) => [f.code, f.cell, f.difference?.toFixed()])).toEqual([
      ['TOTAL_MISMATCH', 'B7', '100'],
    ]);
    // JSON (the CLI's --json, the pane) sees the integer path's totals as plain objects.
    expect(JSON.parse(JSON.stringify(check.totals[0]))).toMatchObject({
      cell: 'B7',
      computed: '1328750.5',
      stated: '1328850.5',
      ok: false,
    });
    expect(check.findings[0]!.message.da).toBe(
      '"I alt" i B7 er 1.328.850,50 kr., men dens dele (række 4-6) giver 1.328.750,50 kr.; forskel 100,00 kr.',
    );
  });

  it.each<[string, Line[], MoneyUnit | null]>([
    ['plain', budget, 'kr'],
    [
      'a cell in its own unit (lines path: conversion)',
      [
        { role: 'detail', label: 'a', cells: [n('1,5 mio. kr.')] },
        { role: 'detail', label: 'b', cells: [n(500000)] },
        { role: 'total', label: 'I alt', cells: [n(2000000)] },
      ],
      'kr',
    ],
    [
      'mixed units (lines path: MIXED_UNITS)',
      [
        { role: 'detail', label: 'a', cells: [n('1,5 mio. kr.')] },
        { role: 'detail', label: 'b', cells: [n(500000)] },
        { role: 'total', label: 'I alt', cells: [n(2000000)] },
      ],
      null,
    ],
    [
      'a heraf part (lines path)',
      [
        { role: 'detail', label: 'a', cells: [n(10)] },
        { role: 'heraf', label: 'heraf b', cells: [n(12)] },
        { role: 'total', label: 'I alt', cells: [n(10)] },
      ],
      'kr',
    ],
    [
      'values past 15 digits (Dec path)',
      [
        { role: 'detail', label: 'a', cells: [n('1.000.000.000.000.000,01')] },
        { role: 'detail', label: 'b', cells: [n('2.000.000.000.000.000,02')] },
        { role: 'total', label: 'I alt', cells: [n('3.000.000.000.000.000,04')] },
      ],
      'kr',
    ],
    [
      'text compared at its written decimals',
      [
        { role: 'detail', label: 'a', cells: [n(1.24)] },
        { role: 'detail', label: 'b', cells: [n(1.2)] },
        { role: 'total', label: 'I alt', cells: [n('2,4')] },
        { role: 'detail', label: 'c', cells: [n(-1.25)] },
        { role: 'total', label: 'I alt', cells: [n('-1,3')] },
      ],
      'mio. kr.',
    ],
    [
      'unreadable and blank cells are no part',
      [
        { role: 'detail', label: 'a', cells: [n({ error: '#REF!' })] },
        { role: 'detail', label: 'b', cells: [n('ikke oplyst')] },
        { role: 'detail', label: 'c', cells: [n(null)] },
        { role: 'detail', label: 'd', cells: [n(45000, 'dd-mm-yyyy')] },
        { role: 'detail', label: 'e', cells: [n('1.500')] },
        { role: 'total', label: 'I alt', cells: [n(1500)] },
      ],
      'kr',
    ],
  ])('%s: the same check as the lines', (_, lines, unit) => {
    const grid = gridOf(lines, unit);
    expect(plainCheck(checkBudgetGrid(grid))).toEqual(
      plainCheck(checkBudget(budgetTableOfGrid(grid))),
    );
  });

  it('rounds a total written with fewer decimals half away from zero', () => {
    const check = checkBudgetGrid(
      gridOf(
        budget.slice(0, 0).concat([
          { role: 'detail', label: 'c', cells: [n(-1.25)] },
          { role: 'total', label: 'I alt', cells: [n('-1,3')] },
          { role: 'detail', label: 'd', cells: [n(1.249)] },
          { role: 'total', label: 'I alt', cells: [n('1,3')] },
        ]),
        'mio. kr.',
      ),
    );
    expect(check.totals.map((t) => t.ok)).toEqual([true, false]);
  });
});

/** Values as cells hold them: real numbers, Danish and other text, errors, blanks. */
const valueArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({ min: -(10 ** 11), max: 10 ** 11 }).map((o) => n(o / 100, '#,##0.00')),
  },
  { weight: 2, arbitrary: fc.integer({ min: -(10 ** 6), max: 10 ** 6 }).map((v) => n(v)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 3 }), fc.boolean())
      .map(([v, places, neg]) => {
        const digits = v.toString().padStart(places + 1, '0');
        const int = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        return n(`${neg ? '-' : ''}${int}${places ? `,${digits.slice(-places)}` : ''}`);
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      n('4,4 mio. kr.'),
      n('550.000 kr.'),
      n('2,0*'),
      n('1½'),
      n('1.500'),
      n('ca. 400'),
      n('ikke oplyst'),
      n({ error: '#DIV/0!' }),
      n(null),
      n(0.1 + 0.2),
      n(1e17),
      n('123.456.789.012.345.678'),
      n(0.848, '0.0%'),
      n(44927, 'dd-mm-yyyy'),
      n(1200, '#,##0 "kr."'),
      n(2.5, '0.0 "mio. kr."'),
      n(0.0000001),
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const roleArb: fc.Arbitrary<RowRole> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<RowRole>('detail') },
  { weight: 2, arbitrary: fc.constant<RowRole>('total') },
  { weight: 1, arbitrary: fc.constantFrom<RowRole>('group', 'grandTotal') },
  { weight: 1, arbitrary: fc.constantFrom<RowRole>('heraf', 'footnote') },
);

const linesArb = fc.array(
  fc.record({
    role: roleArb,
    values: fc.array(valueArb, { minLength: 1, maxLength: 2 }),
    right: fc.boolean(),
  }),
  { minLength: 1, maxLength: 30 },
);

const unitArb = fc.constantFrom<MoneyUnit | null>('kr', 'mio. kr.', '1.000 kr.', null);

/**
 * Half the totals state the sum of the real numbers above them (back to the last total), so
 * totals that agree occur as often as totals that do not.
 */
function linesOf(
  spec: Array<{ role: RowRole; values: Array<Cell | undefined>; right: boolean }>,
): Line[] {
  let open: Array<Array<Cell | undefined>> = [];
  return spec.map((s, i) => {
    let cells = s.values;
    if (s.role === 'detail') open.push(cells);
    if (s.role === 'total' || s.role === 'grandTotal') {
      if (s.right) {
        cells = s.values.map((_, k) => {
          const sum = open
            .map((c) => c[k]?.value)
            .reduce<Dec>((a, v) => (typeof v === 'number' ? a.plus(v) : a), new Dec(0));
          return n(sum.toNumber(), '#,##0.00');
        });
      }
      open = [];
    }
    return { role: s.role, label: `Linje ${i + 1}`, cells };
  });
}

describe('checkBudgetGrid properties', () => {
  it('gives exactly what checkBudget gives on the same table as lines', () => {
    fc.assert(
      fc.property(linesArb, unitArb, (spec, unit) => {
        const grid = gridOf(linesOf(spec), unit);
        expect(plainCheck(checkBudgetGrid(grid))).toEqual(
          plainCheck(checkBudget(budgetTableOfGrid(grid))),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('the integer path gives exactly what the Dec path gives, wherever it applies', () => {
    let applied = 0;
    let agreed = 0;
    fc.assert(
      fc.property(linesArb, unitArb, (spec, unit) => {
        const table = budgetTableOfGrid(gridOf(linesOf(spec), unit));
        const structure = budgetStructure(table.lines);
        const rows = rowIndex(table.lines);
        table.columns.forEach((_, k) => {
          const view = columnView(table, k, rows);
          if (view.mixed) return;
          const fixed = fixedColumnTotals(table, view, structure, rows);
          if (!fixed) return;
          applied++;
          const dec = decimalColumnTotals(table, view, structure);
          expect(plainCheck(fixed)).toEqual(plainCheck(dec));
          agreed += fixed.totals.filter((t) => t.ok).length;
        });
      }),
      { numRuns: RUNS },
    );
    expect(applied).toBeGreaterThan(RUNS / 4);
    expect(agreed).toBeGreaterThan(RUNS / 10);
  });
});
