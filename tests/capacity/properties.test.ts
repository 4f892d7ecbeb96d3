import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityForYear,
  compareRational,
  rational,
  type CapacityCounting,
  type Rational,
  type StaffRow,
} from '../../core/capacity';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 10_000);
const DAY = 86_400_000;
const START = Date.UTC(2008, 0, 1);

/** A day between 2008 and 2010 as an ISO date. */
const dayArb = fc.integer({ min: 0, max: 3 * 366 }).map((d) => new Date(START + d * DAY));
const iso = (d: Date): string => d.toISOString().slice(0, 10);

function py(staff: StaffRow[], year: number, counting: CapacityCounting): Rational {
  const r = capacityForYear(staff, year, { counting });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.personYears;
}

describe('capacityForYear: invariants', () => {
  it('a period split in two on consecutive days gives the same days (day counting)', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, (a, b, c) => {
        const [from, cut, to] = [a, b, c].sort((x, y) => x.getTime() - y.getTime());
        if (cut.getTime() >= to.getTime()) return;
        const next = new Date(cut.getTime() + DAY);
        const whole = py([{ person: 'A', from: iso(from), to: iso(to) }], 2009, 'days');
        const split = py(
          [
            { person: 'A', from: iso(from), to: iso(cut) },
            { person: 'B', from: iso(next), to: iso(to) },
          ],
          2009,
          'days',
        );
        expect(split).toEqual(whole);
      }),
      { numRuns: RUNS },
    );
  });

  it('one person gives between 0 and their share in a year', () => {
    fc.assert(
      fc.property(
        dayArb,
        dayArb,
        fc.constantFrom('1', '0,5', '0,25', '0,8'),
        fc.constantFrom<CapacityCounting>('months', 'days'),
        (a, b, share, counting) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const r = py([{ person: 'A', from: iso(from), to: iso(to), share }], 2009, counting);
          const max = rational(BigInt(Number(share.replace(',', '.')) * 100), 100n);
          expect(compareRational(r, rational(0n))).toBeGreaterThanOrEqual(0);
          expect(compareRational(r, max)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('twelve people with one month each make one person-year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const staff = Array.from({ length: 12 }, (_, m) => ({
          person: `P${m}`,
          from: new Date(Date.UTC(year, m, 1)),
          to: new Date(Date.UTC(year, m + 1, 0)),
        }));
        expect(py(staff, year, 'months')).toEqual(rational(1n));
        expect(py(staff, year, 'days')).toEqual(rational(1n));
      }),
      { numRuns: Math.min(RUNS, 2_000) },
    );
  });
});
