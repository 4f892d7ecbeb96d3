import { describe, expect, it } from 'vitest';
import { checkBudget } from '../../core/budget';
import { cell, column, line, table } from './build';
import { layoutStructure } from '../../core/budget/structure';
import type { RowRole } from '../../core/detect/types';

// examples/budget-2023.xlsx, sheet 'Budget 2023' (amounts in kr.), as written.
const budget2023 = (grand = '1596150', expectedSubtotal = '255000') =>
  table(
    'Budget 2023',
    'kr',
    [column(2, 'Beløb i kr.', 'kr')],
    [
      line(3, 'group', 'Afholdte udgifter'),
      line(4, 'detail', 'Løn, to projektmedarbejdere', '1184500'),
      line(5, 'detail', 'Lokaleleje', '96000'),
      line(6, 'detail', 'Workshops og arrangementer', '48250'),
      line(7, 'detail', 'Tolkebistand', '12400'),
      line(8, 'total', 'I alt', '1341150'),
      line(10, 'group', 'Forventede udgifter'),
      line(11, 'detail', 'Evaluering', '150000'),
      line(12, 'detail', 'Afslutningskonference', '75000'),
      line(13, 'detail', 'Materialer', '20000'),
      line(14, 'total', 'I alt', expectedSubtotal),
      line(16, 'grandTotal', 'Samlet forbrug i 2023', grand),
    ],
  );

describe('budget overview totals', () => {
  it('finds the one wrong subtotal of budget-2023 and does not cascade into the grand total', () => {
    // 150.000 + 75.000 + 20.000 = 245.000, but B14 says 255.000. The grand total
    // 1.341.150 + 255.000 = 1.596.150 agrees with the stated subtotals.
    const { findings, totals } = checkBudget(budget2023());
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.code).toBe('TOTAL_MISMATCH');
    expect(f.cell).toBe('B14');
    expect(f.sheet).toBe('Budget 2023');
    expect(f.expected?.toFixed()).toBe('245000');
    expect(f.actual?.toFixed()).toBe('255000');
    expect(f.difference?.toFixed()).toBe('10000');
    expect(f.message.da).toBe(
      '"I alt" i B14 er 255.000 kr., men dens dele (række 11-13) giver 245.000 kr.; forskel 10.000 kr.',
    );
    expect(f.message.en).toBe(
      '"I alt" in B14 says DKK 255,000, but its parts (rows 11-13) add up to DKK 245,000; difference DKK 10,000.',
    );
    const grand = totals.find((t) => t.row === 16);
    expect(grand?.ok).toBe(true);
    expect(grand?.parts).toEqual([8, 14]);
    expect(grand?.computed.toFixed()).toBe('1596150');
  });

  it('is silent when the subtotal is corrected and the grand total follows', () => {
    expect(checkBudget(budget2023('1586150', '245000')).findings).toEqual([]);
  });

  it('finds a wrong grand total at the grand total only', () => {
    // Subtotals right (1.341.150 and 245.000), grand total typed 1.596.150: 1.586.150 expected.
    const { findings } = checkBudget(budget2023('1596150', '245000'));
    expect(
      findings.map((f) => [f.code, f.cell, f.expected?.toFixed(), f.actual?.toFixed()]),
    ).toEqual([['TOTAL_MISMATCH', 'B16', '1586150', '1596150']]);
  });

  it('a wrong subtotal under a grand total summed from the details is still one finding', () => {
    // B14 says 255.000 but B16 = 1.341.150 + 245.000 = 1.586.150 follows the detail lines.
    const { findings } = checkBudget(budget2023('1586150', '255000'));
    expect(findings.map((f) => f.cell)).toEqual(['B14']);
  });

  it('checks a grand total against detail lines when there are no subtotals', () => {
    const t = table(
      'Ark1',
      'kr',
      [column(2, 'kr.', 'kr')],
      [
        line(2, 'detail', 'Løn', '1184500'),
        line(3, 'detail', 'Husleje', '96000'),
        line(4, 'grandTotal', 'Total', '1280000'),
      ],
    );
    const { findings } = checkBudget(t);
    expect(findings.map((f) => [f.cell, f.expected?.toFixed(), f.difference?.toFixed()])).toEqual([
      ['B4', '1280500', '-500'],
    ]);
  });

  it('adds loose detail lines and stated subtotals under one grand total', () => {
    const t = table(
      'Ark1',
      'mio. kr.',
      [column(3, 'mio. kr.', 'mio. kr.')],
      [
        line(2, 'detail', 'A', '1.1'),
        line(3, 'detail', 'B', '0.2'),
        line(4, 'total', 'I alt', '1.3'),
        line(5, 'detail', 'C (uden gruppe)', '0.7'),
        line(6, 'grandTotal', 'Total', '2.0'),
      ],
    );
    const { findings, totals } = checkBudget(t);
    expect(findings).toEqual([]);
    expect(totals.find((x) => x.row === 6)?.parts).toEqual([4, 5]);
  });

  it('a blank subtotal counts as the sum of its parts in the grand total', () => {
    const t = table(
      'Ark1',
      'kr',
      [column(2, 'kr.', 'kr')],
      [
        line(2, 'detail', 'A', '100'),
        line(3, 'total', 'I alt', null),
        line(4, 'detail', 'B', '50'),
        line(5, 'total', 'I alt', '50'),
        line(6, 'grandTotal', 'Total', '150'),
      ],
    );
    // A blank subtotal counts as its parts' sum: 100 + 50 = 150.
    expect(checkBudget(t).findings).toEqual([]);
  });

  it('compares a total at its published precision', () => {
    const rounded = (stated: string) =>
      table(
        'Ark1',
        'mio. kr.',
        [column(2, 'mio. kr.', 'mio. kr.')],
        [
          line(2, 'detail', 'Sundhedsfremme', '0.55'),
          line(3, 'detail', 'Undervisning', '0.6'),
          line(4, 'total', 'I alt', cell(stated, 1)),
        ],
      );
    // 0,55 + 0,6 = 1,15, published with one decimal as 1,2 (half up).
    expect(checkBudget(rounded('1.2')).findings).toEqual([]);
    const [f] = checkBudget(rounded('1.1')).findings;
    expect(f.expected?.toFixed()).toBe('1.15');
    expect(f.difference?.toFixed()).toBe('-0.05');
  });

  it('respects explicit covers from detection', () => {
    const t = table(
      'Ark1',
      'kr',
      [column(2, 'kr.', 'kr')],
      [
        line(2, 'detail', 'A', '10'),
        line(3, 'detail', 'B', '20'),
        { ...line(4, 'total', 'I alt A', '10'), covers: [2] },
      ],
    );
    expect(checkBudget(t).findings).toEqual([]);
  });
});

describe('a total after headed groups none of which has its own total', () => {
  // 'Personale' and 'Drift' head two groups; the one 'I alt' closes the last group, and the
  // lines above 'Drift' wait for a total that never comes: it may be theirs too.
  const groups = (stated: string, grand?: string) =>
    table(
      'Budget',
      'kr',
      [column(2, 'Beløb i kr.', 'kr')],
      [
        line(3, 'group', 'Personale'),
        line(4, 'detail', 'Løn', '100'),
        line(5, 'detail', 'Uddannelse', '50'),
        line(6, 'group', 'Drift'),
        line(7, 'detail', 'Husleje', '30'),
        line(8, 'detail', 'Tolk', '20'),
        line(9, 'total', 'I alt', stated),
        ...(grand ? [line(11, 'grandTotal', 'Samlet forbrug', grand)] : []),
      ],
    );

  it.each([
    ['the whole budget, right', '200', [], [4, 5, 7, 8]],
    ['the last group, right', '50', [], [7, 8]],
    ['nearer the whole budget, wrong', '210', ['B9 200 210 række 4-5, 7-8'], [4, 5, 7, 8]],
    ['nearer the last group, wrong', '40', ['B9 50 40 række 7-8'], [7, 8]],
  ])('%s', (_, stated, expected, parts) => {
    const { findings, totals } = checkBudget(groups(stated));
    expect(
      findings.map(
        (f) =>
          `${f.cell} ${f.expected?.toFixed()} ${f.actual?.toFixed()} ${/række [\d, -]+/.exec(f.message.da)?.[0].trim()}`,
      ),
    ).toEqual(expected);
    expect(totals.find((t) => t.row === 9)?.parts).toEqual(parts);
  });

  it('has one reading when a grand total adds it: the last group', () => {
    // 'Samlet forbrug' adds 'I alt' and the lines above 'Drift': 'I alt' is Drift's own.
    const { findings } = checkBudget(groups('200', '350'));
    expect(findings.map((f) => `${f.cell} ${f.expected?.toFixed()}`)).toEqual(['B9 50']);
  });
});

describe('the other reading is made once a section at most', () => {
  // Copying the section for every subtotal made a million-line budget's check take 2,5 times
  // the memory (10.000 subtotals, each copying all before it).
  const layout = (groupsWithoutTotal: number, groupsWithTotal: number) => {
    const rows: number[] = [];
    const roles: RowRole[] = [];
    const add = (...group: RowRole[]) => {
      for (const role of group) {
        rows.push(rows.length + 1);
        roles.push(role);
      }
    };
    for (let g = 0; g < groupsWithoutTotal; g++) add('group', 'detail', 'detail');
    for (let g = 0; g < groupsWithTotal; g++) add('group', 'detail', 'total');
    return layoutStructure({ rows, roles });
  };

  it.each([
    ['every group with its own total', 0, 1000, 0],
    ['headed groups, then one with a total', 2, 1, 1],
    ['headed groups, then a thousand with totals', 2, 1000, 1],
  ])('%s', (_, without, withTotal, readings) => {
    const s = layout(without, withTotal);
    expect(s.wider.size).toBe(readings);
    for (const parts of s.wider.values()) expect(parts.length).toBeLessThanOrEqual(2 * without + 1);
  });
});
