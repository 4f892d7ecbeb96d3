import { describe, expect, it } from 'vitest';
import { progressBand, type ProgressBand } from '../../core/indicators';
import { d, series } from './helpers';

describe('progressBand (Statistics Canada thresholds on a linear pace)', () => {
  // base 50 in 2015, target 60 by 2025: required pace 1 point a year
  it.each<[string, string, ProgressBand]>([
    ['55', '1', 'ON_TRACK'],
    ['54.75', '0.95', 'ON_TRACK'],
    ['54.7', '0.94', 'ACCELERATION_NEEDED'],
    ['53', '0.6', 'ACCELERATION_NEEDED'],
    ['52.9', '0.58', 'LIMITED_PROGRESS'],
    ['50', '0', 'LIMITED_PROGRESS'],
    ['49', '-0.2', 'DETERIORATION'],
  ])('50 (2015) → %s (2020): R = %s, %s', (latest, ratio, band) => {
    const r = progressBand(series([2015, '50'], [2020, latest]), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.band).toBe(band);
    expect(r.ratio?.toString()).toBe(ratio);
    expect(r.required?.toString()).toBe('1');
  });

  it('target achieved when the latest value has reached it', () => {
    const r = progressBand(series([2015, '50'], [2020, '60']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.band).toBe('TARGET_ACHIEVED');
    expect(r.label).toEqual({ da: 'Målet er nået', en: 'Target achieved' });
  });

  it('a falling indicator where lower is better: 24, 23, 21 towards 10 by 2030', () => {
    // slope −1 a year (least squares over 2019, 2020, 2022); required (10 − 24)/11 = −14/11
    const r = progressBand(series([2019, '24'], [2020, '23'], [2022, '21']), {
      target: d(10),
      targetYear: 2030,
      direction: 'down',
    });
    expect(r.observed?.toString()).toBe('-1');
    expect(r.ratio?.eq(d(11).div(14))).toBe(true);
    expect(r.band).toBe('ACCELERATION_NEEDED');
    expect(r.label.da).toBe('Fremskridt, men tempoet skal op');
  });

  it('the barometer rows with a 2030 target', () => {
    const jobs = progressBand(
      series([2019, '58.1'], [2020, '57.4'], [2021, '59.6'], [2022, '60.8']),
      {
        target: d(65),
        targetYear: 2030,
        direction: 'up',
      },
    );
    // 1,03 a year against 6,9/11 needed: R = 11,33/6,9 ≈ 1,64
    expect(jobs.band).toBe('ON_TRACK');
    expect(jobs.ratio?.eq(d('11.33').div('6.9'))).toBe(true);
    const leisure = progressBand(series([2020, '31'], [2021, '29'], [2022, '28']), {
      target: d(40),
      targetYear: 2030,
      direction: 'up',
    });
    // −1,5 a year against 0,9 needed
    expect(leisure.band).toBe('DETERIORATION');
    expect(leisure.ratio?.eq(d('-1.5').div('0.9'))).toBe(true);
    expect(leisure.label).toEqual({ da: 'Forværring', en: 'Deterioration' });
  });

  it('a base already at the target that slips is deteriorating', () => {
    const r = progressBand(series([2015, '60'], [2020, '58']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.required?.toString()).toBe('0');
    expect(r.ratio).toBeNull();
    expect(r.band).toBe('DETERIORATION');
  });

  it('no band without a pace or with a target year not after the base', () => {
    const one = progressBand(series([2020, '50']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(one.band).toBeNull();
    expect(one.reason).toBe('TOO_FEW_POINTS');
    const late = progressBand(series([2015, '50'], [2020, '55']), {
      target: d(60),
      targetYear: 2015,
      direction: 'up',
    });
    expect(late.band).toBeNull();
    expect(late.reason).toBe('TARGET_YEAR_NOT_AFTER_BASE');
    expect(late.label.en.length).toBeGreaterThan(10);
  });
});
