import { describe, expect, it } from 'vitest';
import { apportion, roundEach, type ApportionOptions } from '../../core/allocation';
import type { DecimalLike } from '../../core/numbers';

type Case = [string, DecimalLike, DecimalLike[], DecimalLike, ApportionOptions | undefined, string];

describe('apportion: errors are Results, never exceptions', () => {
  const cases: Case[] = [
    ['negative weight', 5, [1, -1], 1, undefined, 'NEGATIVE_WEIGHT'],
    ['negative weight as text', 5, ['1', '-0.5'], 1, undefined, 'NEGATIVE_WEIGHT'],
    ['all weights zero', 5, [0, 0, 0], 1, undefined, 'ALL_ZERO_WEIGHTS'],
    ['no rows', 5, [], 1, undefined, 'NO_ROWS'],
    ['unlocked rows all zero', 5, [1, 0], 1, { locked: { 0: 2 } }, 'ALL_ZERO_WEIGHTS'],
    [
      'zero weights with a minimum below the total',
      5,
      [0, 0],
      1,
      { min: { 0: 1 } },
      'ALL_ZERO_WEIGHTS',
    ],
    ['total off the grid', 5, [1, 1], 2, undefined, 'TOTAL_NOT_ON_STEP'],
    ['4,83 in halves', '4.83', [1, 1], '0.5', undefined, 'TOTAL_NOT_ON_STEP'],
    ['step zero', 5, [1, 1], 0, undefined, 'STEP_NOT_POSITIVE'],
    ['negative step', 5, [1, 1], -1, undefined, 'STEP_NOT_POSITIVE'],
    ['negative total', -5, [1, 1], 1, undefined, 'NEGATIVE_TOTAL'],
    ['locks above the total', 5, [1, 1, 1], 1, { locked: { 0: 3, 1: 3 } }, 'LOCKS_EXCEED_TOTAL'],
    [
      'every row locked, short of the total',
      5,
      [1, 1],
      1,
      { locked: { 0: 2, 1: 2 } },
      'LOCKS_LEAVE_REST',
    ],
    ['lock off the grid', 5, [1, 1], '0.5', { locked: { 0: '1.25' } }, 'LOCK_NOT_ON_STEP'],
    ['negative lock', 5, [1, 1], 1, { locked: { 0: -1 } }, 'NEGATIVE_VALUE'],
    ['lock on a row that does not exist', 5, [1, 1], 1, { locked: { 2: 1 } }, 'ROW_OUT_OF_RANGE'],
    ['minimums above the total', 5, [1, 1], 1, { min: { 0: 3, 1: 3 } }, 'BOUNDS_INFEASIBLE'],
    ['maximums below the total', 5, [1, 1], 1, { max: { 0: 2, 1: 2 } }, 'BOUNDS_INFEASIBLE'],
    ['minimum above maximum', 5, [1, 1], 1, { min: { 0: 3 }, max: { 0: 2 } }, 'BOUNDS_INFEASIBLE'],
    ['percentages not adding to 100', 5, [50, 40], 1, { weightsAre: 'percent' }, 'PERCENT_SUM'],
    ['weight not a number', 5, [1, 'abc'], 1, undefined, 'INVALID_NUMBER'],
    ['weight NaN', 5, [1, NaN], 1, undefined, 'INVALID_NUMBER'],
    ['weight Infinity', 5, [1, Infinity], 1, undefined, 'INVALID_NUMBER'],
    ['total not a number', 'fem', [1, 1], 1, undefined, 'INVALID_NUMBER'],
    ['step not a number', 5, [1, 1], '', undefined, 'INVALID_NUMBER'],
  ];
  it.each(cases)('%s', (_name, total, weights, step, options, code) => {
    const r = apportion(total, weights, step, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.message.da.length).toBeGreaterThan(10);
    expect(r.error.message.en.length).toBeGreaterThan(10);
    expect(r.error.message.da).not.toBe(r.error.message.en);
  });

  it('names the row and the numbers in the message', () => {
    const r = apportion('4.83', [1], '0.5');
    expect(!r.ok && r.error.message.da).toBe('Totalen 4,83 er ikke et helt antal trin à 0,5.');
    const w = apportion(5, [1, 2, -3], 1);
    expect(!w.ok && w.error.message.en).toBe(
      'The weight in row 3 is negative; weights must be 0 or more.',
    );
  });
});

describe('roundEach', () => {
  it('rounds each row on its own and gives the footnote and the difference', () => {
    const r = roundEach(['1.24', '1.24', '1.24'], '0.1');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.values.map(String)).toEqual(['1.2', '1.2', '1.2']);
    expect(r.value.sum.toFixed()).toBe('3.6');
    expect(r.value.total.toFixed()).toBe('3.72');
    expect(r.value.difference.toFixed()).toBe('-0.12');
    expect(r.value.footnote.da).toBe(
      'I tabeller kan afrunding medføre, at tallene ikke summer til totalen.',
    );
    expect(r.value.footnote.en).toBe(
      'In tables, rounding may cause the figures not to add up to the total.',
    );
  });

  it('rounds halves up (away from zero) and compares with a stated total', () => {
    const r = roundEach(['0.25', '0.35', '-0.25', '-0.04'], '0.1', '0.3');
    expect(r.ok && r.value.values.map((d) => d.toFixed())).toEqual(['0.3', '0.4', '-0.3', '0']);
    expect(r.ok && r.value.difference.toFixed()).toBe('0.1');
  });

  it('rounds to half person-years', () => {
    const r = roundEach([2.2, 0.8, 1.26, 0.74], 0.5);
    expect(r.ok && r.value.values.map(String)).toEqual(['2', '1', '1.5', '0.5']);
    expect(r.ok && r.value.difference.toFixed()).toBe('0');
  });

  it('reports bad input as a Result', () => {
    expect(roundEach([1], 0)).toMatchObject({ ok: false, error: { code: 'STEP_NOT_POSITIVE' } });
    expect(roundEach(['x'], 1)).toMatchObject({ ok: false, error: { code: 'INVALID_NUMBER' } });
  });
});
