import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  operationByCliName,
  operationByExcelName,
  runOperation,
  type OperationValue,
  type RawArg,
} from '../../core/registry';
import type { Result } from '../../core/i18n';
import { yearsToTarget, parsePeriod, type Observation } from '../../core/indicators';
import { Dec } from '../../core/numbers';

function run(name: string, raw: Record<string, RawArg>): Result<OperationValue> {
  const op = operationByExcelName(name) ?? operationByCliName(name);
  if (!op) throw new Error(name);
  return runOperation(op, raw);
}

function value(r: Result<OperationValue>): string {
  if (!r.ok) return `!${r.error.code}`;
  return r.value.kind === 'number' ? r.value.value.toDecimalPlaces(10).toFixed() : 'column';
}

function unit(r: Result<OperationValue>): string | null {
  return r.ok ? r.value.unit : `!${r.error.code}`;
}

describe('issue 14.1: OPFYLDELSE never scales a share or a range of shares by the quarter', () => {
  it('81 % of 85 % after Q2 is 95,3 %, not 190,6 %', () => {
    const r = run('opfyldelse', { result: '81%', target: '85%', quarter: '2' });
    expect(value(r)).toBe(new Dec(8100).div(85).toDecimalPlaces(10).toFixed());
    expect(value(r).startsWith('95.29')).toBe(true);
  });

  it('65 % against 60-70 % after Q1 is within the range, not 433,3 %', () => {
    const r = run('opfyldelse', { result: '65%', target: '60-70%', quarter: '1' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(value(r)).toBe('108.3333333333');
    expect(r.value.note?.da).toBe('Forventet ved årets udgang: 65; inden for intervallet.');
    expect(r.value.note?.en).toBe('Expected at year end: 65; within the range.');
  });

  it('percent cells (0,81 of 0,85) are shares too; counts are still scaled', () => {
    expect(value(run('OPFYLDELSE', { result: 0.81, target: 0.85, quarter: 2 }))).toBe(
      value(run('opfyldelse', { result: '81%', target: '85%', quarter: '2' })),
    );
    // 160 of 350 forløb at Q2: 320 at year end = 91,43 %.
    expect(value(run('OPFYLDELSE', { result: 160, target: 350, quarter: 2 }))).toBe(
      '91.4285714286',
    );
  });
});

describe('issue 14.2: AARTILMAAL agrees with the workbook check', () => {
  it('62 → 66 with target 65 is TARGET_REACHED (direction inferred up), not MOVING_AWAY', () => {
    const r = run('aartilmaal', {
      values: ['62', '66'],
      periods: ['2019', '2023'],
      target: '65',
    });
    expect(value(r)).toBe('!TARGET_REACHED');
    // The check's own function with the check's inferred direction says the same.
    const obs: Observation[] = [
      {
        period: (parsePeriod('2019') as { ok: true; value: Observation['period'] }).value,
        value: new Dec(62),
      },
      {
        period: (parsePeriod('2023') as { ok: true; value: Observation['period'] }).value,
        value: new Dec(66),
      },
    ];
    expect(yearsToTarget(obs, new Dec(65), { direction: 'up' }).reason).toBe('TARGET_REACHED');
  });

  it('takes the direction as an optional argument', () => {
    // Lower is better: 66 → 62 towards 50 at −1 a year from mid-2023 is 12 years.
    expect(
      value(
        run('AARTILMAAL', {
          values: [66, 62],
          periods: [2019, 2023],
          target: 50,
          direction: 'ned',
        }),
      ),
    ).toBe('12');
    expect(
      value(
        run('AARTILMAAL', {
          values: [62, 66],
          periods: [2019, 2023],
          target: 65,
          direction: 'ned',
        }),
      ),
    ).toBe('!MOVING_AWAY');
    expect(
      value(
        run('AARTILMAAL', {
          values: [62, 66],
          periods: [2019, 2023],
          target: 65,
          direction: 'skråt',
        }),
      ),
    ).toBe('!ARG_NOT_A_DIRECTION');
  });
});

describe('issue 14.3 and 16: TAL keeps procentpoint, real unit codes and the decimals written', () => {
  it.each<[string, string, string]>([
    ['10,1 procentpoint', '10.1', 'points'],
    ['84,8 %', '84.8', 'percent'],
    ['4,4 mio. kr.', '4.4', 'mio. kr.'],
    ['1.250 kr.', '1250', 'kr'],
    ['1½ årsværk', '1.5', 'person-years'],
    ['1.572.000,50', '1572000.5', 'count'],
  ])('%s → %s %s', (text, v, u) => {
    const r = run('TAL', { text });
    expect(value(r)).toBe(v);
    expect(unit(r)).toBe(u);
  });

  it('1.572.000,50 keeps its two decimals', () => {
    const r = run('TAL', { text: '1.572.000,50' });
    expect(r.ok && r.value.decimals).toBe(2);
  });

  it('FORDEL gives its parts in the total\'s unit, never "same"', () => {
    expect(unit(run('FORDEL', { total: '4,4 mio. kr.', weights: [1, 1] }))).toBe('mio. kr.');
    expect(unit(run('FORDEL', { total: '5 årsværk', weights: [1, 1] }))).toBe('person-years');
    expect(unit(run('FORDEL', { total: 5, weights: [1, 1] }))).toBe('count');
  });
});

describe('issue 14.5: percent cells (fractions) and percent numbers give the same answers', () => {
  it('PP: 0,566 → 0,603 is 3,7 points, as 56,6 → 60,3 and 56,6 % → 60,3 %', () => {
    for (const [from, to] of [
      [0.566, 0.603],
      ['0.566', '0.603'],
      [56.6, 60.3],
      ['56,6 %', '60,3 %'],
      ['56,6 %', 0.603],
    ] as const) {
      const r = run('PP', { from, to });
      expect(value(r)).toBe('3.7');
      expect(unit(r)).toBe('points');
    }
  });

  it('AARSRATE: 0,927 (2010) → 0,931 (2012) is 0,2 points a year, as 92,7 → 93,1', () => {
    expect(value(run('AARSRATE', { values: [0.927, 0.931], periods: [2010, 2012] }))).toBe('0.2');
    const percent = run('AARSRATE', { values: ['92,7 %', '93,1 %'], periods: ['2010', '2012'] });
    expect(value(percent)).toBe('0.2');
    expect(unit(percent)).toBe('points-per-year');
  });

  it('AARSRATE of values that are not percentages says their own unit, not points', () => {
    const r = run('aarsrate', { values: ['100', '200', '300'], periods: ['2019', '2020', '2021'] });
    expect(value(r)).toBe('100');
    expect(unit(r)).toBe('per-year');
    const money = run('aarsrate', {
      values: ['4,4 mio. kr.', '5,4 mio. kr.'],
      periods: ['2019', '2020'],
    });
    expect(unit(money)).toBe('per-year');
    expect(money.ok && money.value.valueUnit).toBe('mio. kr.');
  });

  it('AARTILMAAL: percent cells with target 1 (100 %) give the same 34,5 years', () => {
    expect(
      value(run('AARTILMAAL', { values: [0.927, 0.931], periods: [2010, 2012], target: 1 })),
    ).toBe('34.5');
    expect(
      value(run('AARTILMAAL', { values: [0.927, 0.931], periods: [2010, 2012], target: '100 %' })),
    ).toBe('34.5');
  });

  it('refuses a mix that cannot be meant: 0,927 and 0,931 with target 100', () => {
    const r = run('AARTILMAAL', { values: [0.927, 0.931], periods: [2010, 2012], target: 100 });
    expect(value(r)).toBe('!ARG_MIXED_SCALE');
    if (r.ok) return;
    expect(r.error.message.da).toContain('0,927 og 100');
    expect(value(run('PP', { from: 0.927, to: 93.1 }))).toBe('!ARG_MIXED_SCALE');
    expect(value(run('OPFYLDELSE', { result: 0.81, target: 85 }))).toBe('!ARG_MIXED_SCALE');
  });
});

describe('issue 16: AARSVAERK takes a share written in percent', () => {
  it('50 % is 0,5', () => {
    expect(value(run('aarsvaerk', { from: '2009-03-01', share: '50%', year: '2009' }))).toBe(
      value(run('aarsvaerk', { from: '2009-03-01', share: '0,5', year: '2009' })),
    );
    expect(value(run('aarsvaerk', { from: null, to: null, share: '50 %', year: 2009 }))).toBe(
      '0.5',
    );
  });
});

describe('percent cells and percent numbers: one answer (property)', () => {
  // Percentages strictly between 1 and 99 with up to 2 decimals, as a cell shows them.
  const pct = fc.integer({ min: 101, max: 9899 }).map((n) => new Dec(n).div(100));
  it('PP, AARSRATE and AARTILMAAL give the same number for 0,927 as for 92,7', () => {
    fc.assert(
      fc.property(pct, pct, pct, (a, b, target) => {
        const cell = (d: Dec) => d.div(100).toNumber();
        expect(value(run('PP', { from: cell(a), to: cell(b) }))).toBe(
          value(run('PP', { from: a.toNumber(), to: b.toNumber() })),
        );
        const periods = [2019, 2023];
        expect(value(run('AARSRATE', { values: [cell(a), cell(b)], periods }))).toBe(
          value(run('AARSRATE', { values: [a.toNumber(), b.toNumber()], periods })),
        );
        expect(
          value(run('AARTILMAAL', { values: [cell(a), cell(b)], periods, target: cell(target) })),
        ).toBe(
          value(
            run('AARTILMAAL', {
              values: [a.toNumber(), b.toNumber()],
              periods,
              target: target.toNumber(),
            }),
          ),
        );
      }),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 300) },
    );
  });
});
