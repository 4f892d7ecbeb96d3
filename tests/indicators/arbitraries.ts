import fc from 'fast-check';
import type { Observation, Period } from '../../core/indicators';
import { Dec } from '../../core/numbers';

export const runs = Number(process.env.RAMME_FUZZ_RUNS ?? 300);

/** Decimals as they come from sheets: up to 4 places, signed, with 0 and -0 now and then. */
export const decimal = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
      .map(([n, k]) => new Dec(n).div(10 ** k)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(new Dec(0), new Dec('-0'), new Dec(100), new Dec('0.1')),
  },
);

/** Percent-like values 0..100 with up to 2 decimals. */
export const percent = fc.integer({ min: 0, max: 10_000 }).map((n) => new Dec(n).div(100));

const year = fc.integer({ min: 1990, max: 2040 });

export const period: fc.Arbitrary<Period> = fc.oneof(
  year.map((y): Period => ({ kind: 'year', year: y })),
  fc
    .tuple(year, fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>)
    .map(([y, q]): Period => ({ kind: 'quarter', year: y, quarter: q })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]): Period => ({ kind: 'month', year: y, month: m })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, dd]): Period => ({
      kind: 'date',
      year: y,
      month: m,
      day: Math.min(dd, new Date(Date.UTC(y, m, 0)).getUTCDate()),
    })),
);

export const observation: fc.Arbitrary<Observation> = fc
  .tuple(period, decimal, fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }))
  .map(([p, value, decimals]) =>
    decimals === undefined ? { period: p, value } : { period: p, value, decimals },
  );

export const observations = fc.array(observation, { minLength: 0, maxLength: 8 });

export const direction = fc.constantFrom<'up' | 'down'>('up', 'down');
