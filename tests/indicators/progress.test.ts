import { describe, expect, it } from 'vitest';
import { linearPaceProgress, type ProgressBand } from '../../core/indicators';
import { d, series } from './helpers';

describe('linearPaceProgress (Open SDG thresholds on a linear pace, not the published method)', () => {
  // base 50 in 2015, target 60 by 2025: required pace 1 point a year
  it.each<[string, string, ProgressBand]>([
    ['55', '1', 'substantial_progress'],
    ['54.75', '0.95', 'substantial_progress'],
    ['54.7', '0.94', 'moderate_progress'],
    ['53', '0.6', 'moderate_progress'],
    ['52.9', '0.58', 'limited_progress'],
    ['50', '0', 'limited_progress'],
    ['49', '-0.2', 'deterioration'],
  ])('50 (2015) → %s (2020): R = %s, %s', (latest, ratio, band) => {
    const r = linearPaceProgress(series([2015, '50'], [2020, latest]), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.band).toBe(band);
    expect(r.ratio?.toString()).toBe(ratio);
    expect(r.required?.toString()).toBe('1');
  });

  it('target achieved when the latest value has reached it', () => {
    const r = linearPaceProgress(series([2015, '50'], [2020, '60']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.band).toBe('target_achieved');
    expect(r.label).toEqual({ da: 'Målet er nået', en: 'Target achieved' });
  });

  it('a falling indicator where lower is better: 24, 23, 21 towards 10 by 2030', () => {
    // slope −1 a year (least squares over 2019, 2020, 2022); required (10 − 24)/11 = −14/11
    const r = linearPaceProgress(series([2019, '24'], [2020, '23'], [2022, '21']), {
      target: d(10),
      targetYear: 2030,
      direction: 'down',
    });
    expect(r.observed?.toString()).toBe('-1');
    expect(r.ratio?.eq(d(11).div(14))).toBe(true);
    expect(r.band).toBe('moderate_progress');
    expect(r.label.da).toBe('Moderate fremskridt, tempoet skal op');
  });

  it('the barometer rows with a 2030 target', () => {
    const jobs = linearPaceProgress(
      series([2019, '58.1'], [2020, '57.4'], [2021, '59.6'], [2022, '60.8']),
      {
        target: d(65),
        targetYear: 2030,
        direction: 'up',
      },
    );
    // 1,03 a year against 6,9/11 needed: R = 11,33/6,9 ≈ 1,64
    expect(jobs.band).toBe('substantial_progress');
    expect(jobs.ratio?.eq(d('11.33').div('6.9'))).toBe(true);
    const leisure = linearPaceProgress(series([2020, '31'], [2021, '29'], [2022, '28']), {
      target: d(40),
      targetYear: 2030,
      direction: 'up',
    });
    // −1,5 a year against 0,9 needed
    expect(leisure.band).toBe('deterioration');
    expect(leisure.ratio?.eq(d('-1.5').div('0.9'))).toBe(true);
    expect(leisure.label).toEqual({ da: 'Forværring', en: 'Deterioration' });
  });

  it('a base already at the target that slips is deteriorating', () => {
    const r = linearPaceProgress(series([2015, '60'], [2020, '58']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(r.required?.toString()).toBe('0');
    expect(r.ratio).toBeNull();
    expect(r.band).toBe('deterioration');
  });

  it('no band without a pace or with a target year not after the base', () => {
    const one = linearPaceProgress(series([2020, '50']), {
      target: d(60),
      targetYear: 2025,
      direction: 'up',
    });
    expect(one.band).toBeNull();
    expect(one.reason).toBe('TOO_FEW_POINTS');
    const late = linearPaceProgress(series([2015, '50'], [2020, '55']), {
      target: d(60),
      targetYear: 2015,
      direction: 'up',
    });
    expect(late.band).toBeNull();
    expect(late.reason).toBe('TARGET_YEAR_NOT_AFTER_BASE');
    expect(late.label.en.length).toBeGreaterThan(10);
  });
});
