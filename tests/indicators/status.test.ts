import { describe, expect, it } from 'vitest';
import { statusOfChange, statusOfSeries, type Direction } from '../../core/indicators';
import { d, obs, series } from './helpers';

describe('statusOfChange: Fremgang / Tilbagegang / Uændret by direction', () => {
  it.each<[string, string, Direction, string, string]>([
    ['58.1', '60.8', 'up', 'progress', 'Fremgang'],
    ['58.1', '60.8', 'down', 'decline', 'Tilbagegang'],
    ['24', '21', 'down', 'progress', 'Fremgang'],
    ['24', '21', 'up', 'decline', 'Tilbagegang'],
    ['31', '31', 'up', 'unchanged', 'Uændret'],
    ['31', '31', 'down', 'unchanged', 'Uændret'],
  ])('%s → %s (%s) is %s', (from, to, direction, status, da) => {
    const r = statusOfChange({ value: d(from) }, { value: d(to) }, direction);
    expect(r.status).toBe(status);
    expect(r.label.da).toBe(da);
    expect(r.decimals).toBeNull();
  });

  it('compares at the precision the values were published with', () => {
    // Excel holds 0,58137 and 0,58149 shown as 58,1 %: published the same, so Uændret
    const r = statusOfChange(
      { value: d('58.137'), decimals: 1 },
      { value: d('58.149'), decimals: 1 },
      'up',
    );
    expect(r.status).toBe('unchanged');
    expect(r.change.toString()).toBe('0');
    expect(r.decimals).toBe(1);
    // exactly, they differ
    expect(statusOfChange({ value: d('58.137') }, { value: d('58.149') }, 'up').status).toBe(
      'progress',
    );
  });

  it.each<[string, number, string, number, string, string]>([
    // half-up at the published precision: 58,15 → 58,2 against 58,1, a rise where down is better
    ['58.1', 1, '58.15', 2, 'decline', '0.1'],
    // the coarser precision rules: 58,14 (2 decimals) against 58,1 (1 decimal) compares at 1
    ['58.1', 1, '58.14', 2, 'unchanged', '0'],
    ['24', 0, '23.6', 1, 'unchanged', '0'],
    ['24', 0, '23.4', 1, 'progress', '-1'],
    ['0.04', 1, '-0.04', 1, 'unchanged', '0'],
  ])('%s (%i dec.) → %s (%i dec.), down: %s, change %s', (a, da, b, db, status, change) => {
    const r = statusOfChange({ value: d(a), decimals: da }, { value: d(b), decimals: db }, 'down');
    expect(r.status).toBe(status);
    expect(r.change.toString()).toBe(change);
    expect(Object.is(r.change.toNumber(), -0)).toBe(false);
  });

  it('counts a change within the tolerance as Uændret', () => {
    const from = { value: d('24'), decimals: 0 };
    const to = { value: d('23'), decimals: 0 };
    expect(statusOfChange(from, to, 'down', { tolerance: d(1) }).status).toBe('unchanged');
    expect(statusOfChange(from, to, 'down', { tolerance: d('0.5') }).status).toBe('progress');
    expect(statusOfChange(from, to, 'down').status).toBe('progress');
    // the tolerance applies to the rounded values: 24,4 → 23,6 at 0 decimals is 24 → 24
    const near = statusOfChange(
      { value: d('24.4'), decimals: 0 },
      { value: d('23.6'), decimals: 0 },
      'up',
      {
        tolerance: d(0),
      },
    );
    expect(near.status).toBe('unchanged');
  });
});

describe('statusOfSeries: earliest against latest', () => {
  it('judges the barometer rows by their direction', () => {
    const jobs = series([2019, '58.1'], [2020, '57.4'], [2021, '59.6'], [2022, '60.8']);
    const r = statusOfSeries(jobs, 'up');
    expect(r.ok && r.value.status).toBe('progress');
    expect(r.ok && r.value.change.toString()).toBe('2.7');
    const discrimination = [obs(2022, '21', 0), obs(2019, '24', 0), obs(2020, '23', 0)];
    const s = statusOfSeries(discrimination, 'down');
    expect(s.ok && s.value.status).toBe('progress');
    expect(s.ok && s.value.change.toString()).toBe('-3');
  });

  it('needs two observations at different times', () => {
    const r = statusOfSeries(series([2012, '50']), 'up');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('TOO_FEW_POINTS');
  });
});
