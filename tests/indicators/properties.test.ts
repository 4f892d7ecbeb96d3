import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BAND_LABELS,
  BAND_THRESHOLDS,
  changePoints,
  gapClosing,
  gapSeries,
  NO_YEARS_MESSAGES,
  parseDirection,
  parsePeriod,
  periodKey,
  periodLabel,
  periodMonths,
  linearPaceProgress,
  openSdgProgressOf,
  ratePerYear,
  relativeChange,
  STATUS_LABELS,
  statusOfChange,
  statusOfSeries,
  yearsBetween,
  yearsToTarget,
  type Observation,
} from '../../core/indicators';
import { Dec } from '../../core/numbers';
import {
  decimal,
  direction,
  observation,
  observations,
  percent,
  period,
  runs,
} from './arbitraries';
import { expectClean } from './clean';

const shift = (obs: Observation[], c: Dec) => obs.map((o) => ({ ...o, value: o.value.plus(c) }));

describe('indicator invariants (fast-check)', () => {
  it('the rate does not change when every value shifts by a constant: exactly', () => {
    fc.assert(
      fc.property(observations, decimal, (obs, c) => {
        const a = ratePerYear(obs);
        const b = ratePerYear(shift(obs, c));
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(a.value.eq(b.value)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('points on a line give back its slope exactly', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1990, max: 2040 }), { minLength: 2, maxLength: 8 }),
        decimal,
        decimal,
        (years, a, b) => {
          const obs = years.map((y) => ({
            period: { kind: 'year', year: y } as const,
            value: a.plus(b.times(y - 2000)),
          }));
          const r = ratePerYear(obs);
          expect(r.ok && r.value.eq(b)).toBe(true);
        },
      ),
      { numRuns: runs },
    );
  });

  it('years to target × rate = distance to target (within 1e-35 relative)', () => {
    let counted = 0;
    fc.assert(
      fc.property(
        observations,
        percent,
        fc.option(direction, { nil: undefined }),
        (obs, target, dir) => {
          const r = yearsToTarget(obs, target, { direction: dir });
          if (r.years === null) return;
          expect(r.years.isPositive() && !r.years.isZero()).toBe(true);
          const error = r.years.times(r.rate).minus(r.distance).abs();
          expect(error.lte(r.distance.abs().times('1e-35'))).toBe(true);
          expect(Number.isInteger(r.year)).toBe(true);
          counted++;
        },
      ),
      { numRuns: runs },
    );
    // the property must meet real numbers of years, not only the null cases
    expect(counted).toBeGreaterThan(runs / 20);
  });

  it('the status flips when the direction flips (unless unchanged)', () => {
    const published = fc.record({
      value: decimal,
      decimals: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        published,
        published,
        fc.option(decimal, { nil: undefined }),
        (a, b, tolerance) => {
          const from = a.decimals === undefined ? { value: a.value } : a;
          const to = b.decimals === undefined ? { value: b.value } : b;
          const up = statusOfChange(from, to, 'up', { tolerance });
          const down = statusOfChange(from, to, 'down', { tolerance });
          expect(up.change.eq(down.change)).toBe(true);
          if (up.status === 'unchanged') expect(down.status).toBe('unchanged');
          else expect(down.status).toBe(up.status === 'progress' ? 'decline' : 'progress');
        },
      ),
      { numRuns: runs },
    );
  });

  it('a period key survives a round trip through parsePeriod', () => {
    fc.assert(
      fc.property(period, (p) => {
        const back = parsePeriod(periodKey(p));
        expect(back.ok && periodKey(back.value)).toBe(periodKey(p));
        const label = parsePeriod(periodLabel(p).da);
        expect(label.ok && periodKey(label.value)).toBe(periodKey(p));
      }),
      { numRuns: runs },
    );
  });

  it('no NaN, Infinity or -0 comes out of any exported function', () => {
    let leaves = expectClean({ STATUS_LABELS, NO_YEARS_MESSAGES, BAND_LABELS, BAND_THRESHOLDS });
    fc.assert(
      fc.property(
        observations,
        observations,
        decimal,
        decimal,
        period,
        period,
        direction,
        fc.integer({ min: 1980, max: 2060 }),
        // user text is echoed in messages as written, so leave out text that spells NaN, Infinity or -0
        fc.oneof(
          fc.string().filter((s) => !/NaN|Infinity|∞|[-−]0/.test(s)),
          fc.integer(),
          fc.double(),
        ),
        observation,
        fc.constantFrom('start' as const, 'mid' as const, 'end' as const),
        (a, b, x, y, p, q, dir, targetYear, junk, one, anchor) => {
          const out = [
            parsePeriod(junk),
            parsePeriod(
              p.kind === 'date' ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : periodKey(p),
            ),
            periodKey(p),
            periodLabel(q),
            periodMonths(p, anchor),
            yearsBetween(p, q, anchor),
            parseDirection(String(junk)) ?? 'none',
            changePoints(x, y),
            relativeChange(x, y),
            ratePerYear(a, { anchor }),
            statusOfChange(one, { value: y, decimals: one.decimals }, dir, { tolerance: x }),
            statusOfSeries(a, dir, { anchor }),
            yearsToTarget(a, x, { anchor }),
            yearsToTarget(a, y, { anchor, direction: dir }),
            gapSeries(a, b),
            gapClosing(a, b, { anchor }),
            linearPaceProgress(a, { target: x, targetYear, direction: dir, anchor }),
            openSdgProgressOf(a, { target: x, targetYear, direction: dir, anchor }),
            openSdgProgressOf(a, { target: null, targetYear, direction: dir, limit: y, anchor }),
          ];
          leaves += expectClean(out);
        },
      ),
      { numRuns: runs },
    );
    expect(leaves).toBeGreaterThan(runs * 10);
  });
});
