import { describe, expect, it } from 'vitest';
import { apportion, type ApportionOptions } from '../../core/allocation';
import { Dec } from '../../core/numbers';

function shares(
  total: string | number,
  weights: (string | number)[],
  step: string | number,
  options?: ApportionOptions,
): string[] {
  const r = apportion(total, weights, step, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message.en}`);
  return r.value.allocations.map((d) => d.toFixed());
}

describe('apportion: hand-checked tables', () => {
  const cases: [
    string,
    string | number,
    (string | number)[],
    string | number,
    ApportionOptions | undefined,
    string[],
  ][] = [
    // 5 / 7 = 0.714 per weight: quotas 2.143, 1.429, 1.429 → floors 2, 1, 1; 2 steps of ½ go to
    // rows 2 and 3 (remainder 0.429 beats 0.143).
    ['5 by 3,2,2 in halves', 5, [3, 2, 2], 0.5, undefined, ['2', '1.5', '1.5']],
    // 100 tenths, 33 each, the one left goes to the earliest row (equal remainders and weights).
    ['10 by 1,1,1 in tenths', 10, [1, 1, 1], '0.1', undefined, ['3.4', '3.3', '3.3']],
    ['exact split', 6, [1, 2, 3], 1, undefined, ['1', '2', '3']],
    // quotas 1.5, 3.5: equal remainders, the larger weight wins the step.
    ['tie to the larger weight', 5, [3, 7], 1, undefined, ['1', '4']],
    ['a zero weight gets 0', 4, [1, 0, 1], 1, undefined, ['2', '0', '2']],
    ['total 0', 0, [1, 2], 1, undefined, ['0', '0']],
    ['empty plan, total 0', 0, [], 1, undefined, []],
    // 1.000 kr. in 0,1 mio. kr. steps over 350/150/500 citizens.
    ['mio. kr. in tenths', '4.4', [350, 150, 500], '0.1', undefined, ['1.5', '0.7', '2.2']],
    // Locked row 1 keeps 2; 8 left over 1,1 → 4, 4.
    ['a locked row', 10, [1, 1, 1], '0.1', { locked: { 0: 2 } }, ['2', '4', '4']],
    [
      'a locked row by Map',
      5,
      [3, 2, 2],
      0.5,
      { locked: new Map([[2, '2.5']]) },
      ['1.5', '1', '2.5'],
    ],
    // Row 1's quota 2 is below its minimum 3; the other 2 go 1/1.
    ['a minimum', 5, [2, 1.5, 1.5], 1, { min: { 0: 3 } }, ['3', '1', '1']],
    // A minimum off the grid is rounded up to it: at least 2.7 in steps of ½ is 3.
    ['a minimum rounded up', 5, [1, 1], 0.5, { min: { 0: '2.7' } }, ['3', '2']],
    // Row 1 would get 10·5/7 = 7.14, held at 4; 6 left split 3/3.
    ['a maximum', 10, [5, 1, 1], 1, { max: { 0: 4 } }, ['4', '3', '3']],
    // Both: row 1 quota 5 < min 6 (short 1), row 2 quota 5 > max 3 (over 2): max wins, row 2 = 3.
    ['min and max', 10, [1, 1], 1, { min: { 0: 6 }, max: { 1: 3 } }, ['7', '3']],
    ['a zero weight lifted to its minimum', 6, [1, 0, 1], 1, { min: { 1: 2 } }, ['2', '2', '2']],
    ['percentages', 10, [50, 30, 20], 1, { weightsAre: 'percent' }, ['5', '3', '2']],
    [
      'percentages as text',
      1,
      ['33.4', '33.3', '33.3'],
      '0.01',
      { weightsAre: 'percent' },
      ['0.34', '0.33', '0.33'],
    ],
    // The 2009 plan (2, 1, ½, 1½ = 5) re-scaled to 4½ = 9 half-steps: quotas 3.6, 1.8, 0.9, 2.7
    // half-steps, floors 3+1+0+2 = 6, the 3 left go to remainders .9, .8, .7 (rows 3, 2, 4).
    [
      're-scale current values',
      '4.5',
      [2, 1, 0.5, 1.5],
      0.5,
      { weightsAre: 'current' },
      ['1.5', '1', '0.5', '1.5'],
    ],
    ['decimal weights', 1, [0.1, 0.2, 0.7], '0.1', undefined, ['0.1', '0.2', '0.7']],
    [
      'huge values go through BigInt',
      '1e25',
      [1, 1, 1],
      1,
      undefined,
      ['3333333333333333333333334', '3333333333333333333333333', '3333333333333333333333333'],
    ],
  ];
  it.each(cases)('%s', (_name, total, weights, step, options, expected) => {
    expect(shares(total, weights, step, options)).toEqual(expected);
  });

  it('accepts Dec inputs and returns Dec that add up to the total', () => {
    const r = apportion(new Dec('4.83'), [new Dec(1), new Dec(2)], new Dec('0.01'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total.toFixed()).toBe('4.83');
    expect(r.value.allocations.map(String)).toEqual(['1.61', '3.22']);
    expect(r.value.allocations.reduce((a, b) => a.plus(b), new Dec(0)).toFixed()).toBe('4.83');
  });

  it('reads a float artefact as the decimal it prints as, on every path', () => {
    // 0.1 + 0.2 prints as 0.30000000000000004: 17 digits, so it goes the exact Dec path.
    const float = apportion(1, [0.1 + 0.2, 0.7], '0.01');
    const text = apportion(1, ['0.30000000000000004', '0.7'], '0.01');
    expect(float.ok && float.value.allocations.map(String)).toEqual(['0.3', '0.7']);
    expect(text.ok && text.value.allocations.map(String)).toEqual(['0.3', '0.7']);
    const tiny = apportion(3, [1e-20, 2e-20], 1);
    expect(tiny.ok && tiny.value.allocations.map(String)).toEqual(['1', '2']);
    const huge = apportion(3, [1e20, new Dec('2e20')], 1);
    expect(huge.ok && huge.value.allocations.map(String)).toEqual(['1', '2']);
  });

  it('never returns -0', () => {
    const r = apportion('-0', [-0, 1], 1);
    expect(r.ok && r.value.allocations.map((d) => Object.is(d.toNumber(), -0))).toEqual([
      false,
      false,
    ]);
  });
});

describe('apportion: explanation', () => {
  it('says where each extra step went, in Danish and English', () => {
    const r = apportion(5, [3, 2, 2], 0.5, { explain: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value.explanation!;
    expect(e.leftoverSteps).toBe(2);
    expect(e.rows.map((x) => [x.floor.toFixed(), x.extraStep, x.rank])).toEqual([
      ['2', false, 3],
      ['1', true, 1],
      ['1', true, 2],
    ]);
    expect(e.rows[1].quota.toDecimalPlaces(6).toFixed()).toBe('1.428571');
    expect(e.rows[1].text.da).toBe(
      'Række 2: vægt 2, kvote ≈ 1,428571 → 1,5: 1 + ét trin (rest nr. 1)',
    );
    expect(e.rows[0].text.en).toBe(
      'Row 1: weight 3, quota ≈ 2.142857 → 2: rounded down (remainder rank 3)',
    );
    expect(e.summary.da).toContain('2 trin tilbage');
  });

  it('marks locked and clamped rows', () => {
    const r = apportion(10, [5, 1, 1, 1], 1, { explain: true, locked: { 3: 1 }, max: { 0: 4 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.allocations.map(String)).toEqual(['4', '3', '2', '1']);
    const rows = r.value.explanation!.rows;
    expect(rows.map((x) => x.basis)).toEqual(['max', 'quota', 'quota', 'locked']);
    expect(rows[3].text.da).toBe('Række 4: låst på 1');
    expect(rows[0].text.en).toBe('Row 1: held at its maximum 4');
    // 5 left over rows 2 and 3 (2.5 each): equal remainders and weights, the earlier row wins.
    expect(rows[1].extraStep).toBe(true);
    expect(rows[2].extraStep).toBe(false);
  });

  it('serialises with its text for the pane and the report', () => {
    const r = apportion(5, [3, 2, 2], 0.5, { explain: true, weightsAre: 'current' });
    const json = JSON.parse(JSON.stringify(r.ok && r.value.explanation!.rows[2]));
    expect(json).toEqual({
      row: 2,
      weight: '2',
      basis: 'quota',
      quota: '1.428571428571428571428571428571428571429',
      floor: '1',
      extraStep: true,
      rank: 2,
      allocation: '1.5',
      text: {
        da: 'Række 3: nu 2, kvote ≈ 1,428571 → 1,5: 1 + ét trin (rest nr. 2)',
        en: 'Row 3: now 2, quota ≈ 1.428571 → 1.5: 1 + one step (remainder rank 2)',
      },
    });
  });

  it('an exact quota has no rank', () => {
    const r = apportion(6, [1, 2, 3], 1, { explain: true });
    expect(r.ok && r.value.explanation!.rows.map((x) => x.rank)).toEqual([null, null, null]);
    expect(r.ok && r.value.explanation!.rows[2].text.da).toBe('Række 3: vægt 3, kvote 3 → 3');
  });
});
