import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  linearPaceProgress,
  openSdgProgress,
  openSdgProgressOf,
  type Observation,
} from '../../core/indicators';
import { Dec } from '../../core/numbers';
import { SHARED } from '../shared-dir';

/**
 * Statistics Canada's published progress results (../shared/references, from their SDG data
 * repository): every R and status must come out of `openSdgProgress` as published.
 */
const REFERENCES = path.join(SHARED, 'references');

interface Case {
  series: string;
  base_year: number;
  base_value: number;
  current_year: number;
  current_value: number;
  target: number;
  target_year: number;
  direction: 1 | -1;
  sign: 1 | -1;
  published_R: number | null;
  published_status: string;
}

interface Components {
  base_value: number | null;
  base_year: number | null;
  current_value: number | null;
  current_year: number | null;
  direction: 1 | -1;
  limit: number | null;
  progress_value: number | null;
  sign: 1 | -1 | null;
  status: string;
  target: number | null;
  target_year: number | null;
}

const cases = JSON.parse(
  readFileSync(path.join(REFERENCES, 'statcan-progress-cases.json'), 'utf8'),
) as Case[];

const yml = parse(
  readFileSync(path.join(REFERENCES, 'statcan-indicator-calculation-components.yml'), 'utf8'),
) as Record<string, Record<string, unknown>>;

/** Every series entry of the YAML (an indicator holds its series beside its own summary). */
const series: Array<[string, Components]> = Object.values(yml).flatMap((indicator) =>
  Object.entries(indicator).filter(
    (e): e is [string, Components] => typeof e[1] === 'object' && e[1] !== null,
  ),
);

// Python floats → exact decimals via their shortest round-trip text, as published.
const d = (n: number): Dec => new Dec(String(n));

function run(c: Components) {
  return openSdgProgress({
    baseYear: d(c.base_year!),
    baseValue: d(c.base_value!),
    currentYear: d(c.current_year!),
    currentValue: d(c.current_value!),
    target: c.target === null ? null : d(c.target),
    targetYear: d(c.target_year ?? 2030),
    direction: c.direction === 1 ? 'up' : 'down',
    limit: c.limit === null ? null : d(c.limit),
  });
}

function expectPublished(
  got: ReturnType<typeof openSdgProgress>,
  published: number | null,
  status: string,
): void {
  expect(got.status ?? 'not_available').toBe(status);
  if (published === null) {
    // Published without a value: only where the target is reached or R has none.
    expect(got.value === null || got.status === 'target_achieved').toBe(true);
  } else {
    expect(got.value).not.toBeNull();
    expect(Math.abs(got.value!.minus(d(published)).toNumber())).toBeLessThan(1e-9);
  }
}

describe('Open SDG progress: the 84 published Statistics Canada series with a target', () => {
  it('has the 84 cases with the published mix of statuses', () => {
    expect(cases).toHaveLength(84);
    const count = (s: string) => cases.filter((c) => c.published_status === s).length;
    expect(
      [
        'target_achieved',
        'substantial_progress',
        'moderate_progress',
        'limited_progress',
        'deterioration',
      ].map(count),
    ).toEqual([19, 7, 7, 22, 29]);
  });

  it.each(cases.map((c, i) => [i + 1, c.series, c] as const))(
    '%i %s: published R and status',
    (_, __, c) => {
      const got = run({ ...c, limit: null, progress_value: c.published_R, status: '' });
      expect(got.sign).toBe(c.sign);
      expectPublished(got, c.published_R, c.published_status);
      // R null exactly where sdg-build divides by a required growth of 0 (target = base).
      if (c.published_R === null) expect(got.value).toBeNull();
    },
  );

  it('from a series of observations gives the same R (yearly periods, whole years apart)', () => {
    const c = cases.find((x) => x.series === '1-2-1')!;
    const obs: Observation[] = [
      { period: { kind: 'year', year: c.base_year }, value: d(c.base_value) },
      { period: { kind: 'year', year: 2019 }, value: new Dec(12) },
      { period: { kind: 'year', year: c.current_year }, value: d(c.current_value) },
    ];
    const got = openSdgProgressOf(obs, {
      target: d(c.target),
      targetYear: c.target_year,
      direction: 'down',
    });
    expect(got.status).toBe('substantial_progress');
    expect(Math.abs(got.value!.toNumber() - c.published_R!)).toBeLessThan(1e-9);
  });
});

describe('Open SDG progress: the series of the YAML without a target', () => {
  const withLimit = series.filter(([, c]) => c.target === null && c.limit !== null);
  const noLimit = series.filter(([, c]) => c.target === null && c.limit === null);

  it('has the limit-based series the file publishes', () => {
    expect(withLimit.length).toBe(60);
    expect(withLimit.filter(([, c]) => c.status !== 'not_available').length).toBe(33);
  });

  it.each(withLimit)('limit: %s', (_, c) => {
    if (c.status === 'not_available') {
      // Published as not available: a base year that is also the latest year.
      expect(c.current_year! - c.base_year!).toBeLessThan(1);
      expect(run(c).status).toBeNull();
      expect(run(c).reason).toBe('TOO_FEW_POINTS');
      return;
    }
    expectPublished(run(c), c.progress_value, c.status);
  });

  it.each(noLimit.filter(([, c]) => c.status !== 'not_available'))('no limit: %s', (_, c) => {
    expectPublished(run(c), c.progress_value, c.status);
  });

  it('the series with a target in the YAML agree too', () => {
    const targeted = series.filter(
      ([, c]) => c.target !== null && c.status !== 'not_available' && c.base_value !== null,
    );
    expect(targeted.length).toBeGreaterThanOrEqual(84);
    for (const [, c] of targeted) expectPublished(run(c), c.progress_value, c.status);
  });
});

describe('the linear pace is a different method', () => {
  it('bands 3 of the 84 published series differently (21, 35, 38), the published method none', () => {
    const differ: number[] = [];
    cases.forEach((c, i) => {
      const obs: Observation[] = [
        { period: { kind: 'year', year: c.base_year }, value: d(c.base_value) },
        { period: { kind: 'year', year: c.current_year }, value: d(c.current_value) },
      ];
      const opts = {
        target: d(c.target),
        targetYear: c.target_year,
        direction: c.direction === 1 ? ('up' as const) : ('down' as const),
      };
      const linear = linearPaceProgress(obs, opts);
      expect(linear.method).toBe('linear-pace');
      expect(openSdgProgressOf(obs, opts).status).toBe(c.published_status);
      if (linear.band !== c.published_status) differ.push(i + 1);
    });
    expect(differ).toEqual([21, 35, 38]);
  });
});

describe('Open SDG progress: the published rules at the edges', () => {
  const base = {
    baseYear: new Dec(2015),
    currentYear: new Dec(2020),
    targetYear: new Dec(2030),
  };

  it('a base of 0 counts as 0,001', () => {
    const r = openSdgProgress({
      ...base,
      baseValue: new Dec(0),
      currentValue: new Dec(5),
      target: new Dec(10),
      direction: 'up',
    });
    expect(Math.abs(r.value!.toNumber() - 5.29905500973169)).toBeLessThan(1e-9);
    expect(r.status).toBe('substantial_progress');
  });

  it('a target of 0 counts as 0,001', () => {
    const r = openSdgProgress({
      ...base,
      baseValue: new Dec(10),
      currentValue: new Dec(5),
      target: new Dec(0),
      direction: 'down',
    });
    expect(Math.abs(r.value!.toNumber() - 0.28212911781890315)).toBeLessThan(1e-9);
    expect(r.status).toBe('limited_progress');
  });

  it('a negative base flips the sign: −10 → −8 towards −5 is progress', () => {
    const r = openSdgProgress({
      ...base,
      baseValue: new Dec(-10),
      currentValue: new Dec(-8),
      target: new Dec(-5),
      direction: 'up',
    });
    expect(r.sign).toBe(-1);
    expect(Math.abs(r.value!.toNumber() - 0.9665423041902719)).toBeLessThan(1e-9);
    expect(r.status).toBe('substantial_progress');
  });

  it('no status across 0, with less than a year, or when the target equals the base', () => {
    const across = openSdgProgress({
      ...base,
      baseValue: new Dec(-1),
      currentValue: new Dec(2),
      target: new Dec(5),
      direction: 'up',
    });
    expect([across.status, across.reason]).toEqual([null, 'SIGN_CHANGE']);
    const soon = openSdgProgress({
      ...base,
      currentYear: new Dec('2015.5'),
      baseValue: new Dec(1),
      currentValue: new Dec(2),
      target: new Dec(5),
      direction: 'up',
    });
    expect([soon.status, soon.reason]).toEqual([null, 'TOO_FEW_POINTS']);
    const flat = openSdgProgress({
      ...base,
      baseValue: new Dec(50),
      currentValue: new Dec(45),
      target: new Dec(50),
      direction: 'up',
    });
    expect([flat.status, flat.reason, flat.value]).toEqual([null, 'NO_REQUIRED_GROWTH', null]);
    expect(flat.label.da).toBe(
      'Målet er lig basisværdien, så der er intet krævet tempo at måle imod.',
    );
  });
});

describe('Open SDG progress: no required growth without a target year after the base', () => {
  it('0 (1998) → 0 (January 1999), target 0 by 1998: no status, never NaN', () => {
    const r = openSdgProgressOf(
      [
        { period: { kind: 'year', year: 1998 }, value: new Dec(0) },
        { period: { kind: 'month', year: 1999, month: 1 }, value: new Dec(0) },
      ],
      { target: new Dec(0), targetYear: 1998, direction: 'up', anchor: 'start' },
    );
    expect([r.status, r.value, r.reason]).toEqual([null, null, 'TARGET_YEAR_NOT_AFTER_BASE']);
  });
});

describe('Open SDG progress: clean on any input (property)', () => {
  it('a status or a reason, never NaN, Infinity or −0', () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    const year = fc.integer({ min: 1990, max: 2040 });
    fc.assert(
      fc.property(
        value,
        value,
        fc.option(value, { nil: null }),
        fc.option(value, { nil: null }),
        year,
        year,
        year,
        fc.constantFrom('up' as const, 'down' as const),
        (b, c, target, limit, y0, y1, ty, direction) => {
          const r = openSdgProgress({
            baseYear: new Dec(y0),
            baseValue: new Dec(b),
            currentYear: new Dec(y1),
            currentValue: new Dec(c),
            target: target === null ? null : new Dec(target),
            targetYear: new Dec(ty),
            direction,
            limit: limit === null ? null : new Dec(limit),
          });
          expect(r.status !== null || r.reason !== null).toBe(true);
          for (const v of [r.value, r.thresholds.high, r.thresholds.med, r.thresholds.low]) {
            if (v === null) continue;
            expect(v.isFinite()).toBe(true);
            expect(v.isZero() && v.isNegative()).toBe(false);
          }
        },
      ),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 500) },
    );
  });
});
