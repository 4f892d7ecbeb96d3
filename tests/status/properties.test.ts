import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attainment,
  forecast,
  positionOf,
  quarterStatus,
  RUN_RATE,
  type QuarterTarget,
} from '../../core/status';
import { Dec } from '../../core/numbers';
import { decimal, runs } from '../indicators/arbitraries';
import { expectClean } from '../indicators/clean';

const count = fc.integer({ min: 0, max: 100_000 }).map((n) => new Dec(n));
const positive = fc.integer({ min: 1, max: 100_000 }).map((n) => new Dec(n).div(10));
const target: fc.Arbitrary<QuarterTarget> = fc.oneof(
  positive.map((value): QuarterTarget => ({ kind: 'count', value })),
  positive.map((value): QuarterTarget => ({ kind: 'share', value })),
  fc
    .tuple(positive, positive, fc.constantFrom<'count' | 'share'>('count', 'share'))
    .map(([a, b, measure]): QuarterTarget => ({
      kind: 'range',
      low: Dec.min(a, b),
      high: Dec.max(a, b),
      measure,
    })),
);
/** A valid seasonal profile: four rising cumulative percentages ending at 100. */
const profile = fc
  .tuple(
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 1, max: 100 }),
    fc.integer({ min: 1, max: 100 }),
  )
  .map((xs) => [...xs.sort((a, b) => a - b).map((x) => new Dec(x)), new Dec(100)]);
const quarter = fc.constantFrom(1, 2, 3, 4);

describe('quarterly status invariants (fast-check)', () => {
  it('a count forecast gives back the result at the profile share, and never falls below it', () => {
    fc.assert(
      fc.property(count, quarter, fc.option(profile, { nil: undefined }), (result, q, p) => {
        const f = forecast(result, q, p);
        expect(f.ok).toBe(true);
        if (!f.ok) return;
        const share = (p ?? RUN_RATE)[q - 1];
        const back = f.value.times(share).div(100);
        expect(back.minus(result).abs().lte(result.times('1e-35'))).toBe(true);
        expect(f.value.gte(result)).toBe(true);
        if (q === 4) expect(f.value.eq(result)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('shares are never scaled; on track exactly when the forecast is not below the target', () => {
    fc.assert(
      fc.property(
        target,
        count,
        quarter,
        fc.option(profile, { nil: undefined }),
        (t, result, q, p) => {
          const r = quarterStatus({ target: t, result, quarter: q, profile: p });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const share = t.kind === 'share' || (t.kind === 'range' && t.measure === 'share');
          if (share) expect(r.value.forecast.value.eq(result)).toBe(true);
          expect(r.value.onTrack).toBe(r.value.forecast.position !== 'below');
          expect(r.value.forecast.position).toBe(positionOf(r.value.forecast.value, t));
        },
      ),
      { numRuns: runs },
    );
  });

  it('no NaN, Infinity or -0 comes out, whatever comes in', () => {
    const anyTarget: fc.Arbitrary<QuarterTarget> = fc.oneof(
      target,
      decimal.map((value): QuarterTarget => ({ kind: 'count', value })),
      fc
        .tuple(decimal, decimal)
        .map(([low, high]): QuarterTarget => ({ kind: 'range', low, high, measure: 'count' })),
    );
    const anyProfile = fc.option(fc.array(decimal, { maxLength: 5 }), { nil: undefined });
    let leaves = 0;
    fc.assert(
      fc.property(
        anyTarget,
        decimal,
        fc.integer({ min: -1, max: 6 }),
        anyProfile,
        (t, result, q, p) => {
          leaves += expectClean([
            quarterStatus({ target: t, result, quarter: q, profile: p }),
            forecast(result, q, p),
            attainment(result, t),
            attainment(result, { value: result, high: null }),
            positionOf(result, t),
          ]);
        },
      ),
      { numRuns: runs },
    );
    expect(leaves).toBeGreaterThan(runs * 5);
  });
});
