import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, hasStackTrace, ramme } from './helpers';

beforeAll(() => buildCli());

describe('ramme allocate (delegated to the allocate command)', () => {
  it('allocates 5 person-years by 3:2:2 in half steps, exactly 5', () => {
    // Quotas 15/7, 10/7, 10/7 = 2,142…, 1,428…, 1,428…; floored to ½: 2, 1, 1 (4). The two ½
    // steps left go to the largest remainders (0,428… twice, against 0,142…): 2 + 1,5 + 1,5 = 5.
    const r = ramme([
      'allocate',
      '--total',
      '5',
      '--step',
      '0,5',
      '--weights',
      '3',
      '2',
      '2',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      total: '5',
      step: '0.5',
      allocations: ['2', '1.5', '1.5'],
    });
  });

  it('has its own help and usage errors exit 2 without a stack trace', () => {
    expect(ramme(['allocate', '--help']).stdout).toContain('--total T');
    const bad = ramme(['allocate', '--weights', '1']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--total mangler');
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});

describe('registry operations as commands', () => {
  it('lists them in the help', () => {
    const r = ramme(['help']);
    expect(r.stdout).toContain('Flere kommandoer:');
    expect(r.stdout).toContain('ramme pp');
    expect(r.stdout).toContain('ramme aartilmaal');
  });

  it.each([
    [['pp', '84,4', '84,8'], '0,4 procentpoint\n'],
    [['pp', '--from', '84,4 %', '--to', '84,8 %', '--lang', 'en'], '0.4 percentage points\n'],
    // The decimals the user wrote are kept (issue 16).
    [['tal', '1.572.000,50'], '1.572.000,50\n'],
    // 92,7 (2010) → 93,1 (2012): 0,2 points a year; (100 − 93,1)/0,2 = 34,5 years.
    [
      ['aartilmaal', '--values', '92,7', '93,1', '--periods', '2010', '2012', '--target', '100'],
      '34,5 år\n',
    ],
  ])('%j', (args, out) => {
    const r = ramme(args);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(out);
  });

  it('prints the reason when there is no answer, as JSON with --json', () => {
    const r = ramme([
      'aartilmaal',
      '--values',
      '93,1',
      '92,7',
      '--periods',
      '2010',
      '2012',
      '--target',
      '100',
      '--json',
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      operation: 'yearsToTarget',
      value: null,
      reason: { code: 'MOVING_AWAY' },
    });
  });

  it('an unreadable argument exits 2 with one line on stderr', () => {
    const r = ramme(['tal', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('ramme tal: "abc" er ikke et tal.');
  });
});
