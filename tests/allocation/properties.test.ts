import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../core/allocation';
import { Dec } from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 10_000);
const STEPS = ['1', '0.5', '0.25', '0.1', '0.01', '3', '0.001'];

const weightsArb = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })
  .filter((ws) => ws.some((w) => w > 0));
const stepArb = fc.constantFrom(...STEPS);
const unitsArb = fc.integer({ min: 0, max: 20_000 });

function units(d: Dec, step: string): bigint {
  const q = d.div(step);
  expect(q.isInteger()).toBe(true);
  return BigInt(q.toFixed(0));
}

function run(total: Dec | string, weights: (number | string | Dec)[], step: string) {
  const r = apportion(total, weights, step);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.allocations;
}

describe('apportion: invariants', () => {
  it('shares add up to the total exactly and stay on the step grid', () => {
    fc.assert(
      fc.property(weightsArb, stepArb, unitsArb, (ws, step, n) => {
        const total = new Dec(step).times(n);
        const got = run(total, ws, step);
        const sum = got.reduce((a, b) => a.plus(b), new Dec(0));
        expect(sum.eq(total)).toBe(true);
        for (const g of got) units(g, step);
      }),
      { numRuns: RUNS },
    );
  });

  it('each share is within one step of its exact quota', () => {
    fc.assert(
      fc.property(weightsArb, stepArb, unitsArb, (ws, step, n) => {
        const got = run(new Dec(step).times(n), ws, step);
        const W = BigInt(ws.reduce((a, b) => a + b, 0));
        got.forEach((g, i) => {
          // |u·W − n·w| < W  ⇔  |u − n·w/W| < 1 step, in integers.
          const diff = units(g, step) * W - BigInt(n) * BigInt(ws[i]);
          expect(diff < W && diff > -W).toBe(true);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('equal weights get shares differing by at most one step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 12 }),
        stepArb,
        unitsArb,
        (w, count, step, n) => {
          const got = run(new Dec(step).times(n), Array(count).fill(w), step);
          const us = got.map((g) => units(g, step));
          const max = us.reduce((a, b) => (a > b ? a : b));
          const min = us.reduce((a, b) => (a < b ? a : b));
          expect(max - min <= 1n).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('does not depend on how the weights are written or on their scale', () => {
    fc.assert(
      fc.property(
        weightsArb,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 1000 }),
        stepArb,
        unitsArb,
        (ms, places, c, step, n) => {
          const total = new Dec(step).times(n).toFixed();
          const asDec = ms.map((m) => new Dec(m).div(10 ** places));
          const asText = asDec.map((d) => d.toFixed());
          const asNumber = asText.map(Number);
          const scaled = ms.map((m) => m * c);
          const expected = run(total, asDec, step).map(String);
          expect(run(total, asText, step).map(String)).toEqual(expected);
          expect(run(total, asNumber, step).map(String)).toEqual(expected);
          expect(run(total, scaled, step).map(String)).toEqual(expected);
          expect(
            run(
              total,
              asText.map((t) => ` ${t} `),
              step,
            ).map(String),
          ).toEqual(expected);
          // 20 decimals is beyond what a double holds: the Dec and BigInt path, same answer.
          const asLongText = asDec.map((d) => d.toFixed(20));
          expect(run(total, asLongText, step).map(String)).toEqual(expected);
          const bigTotal = `${total}${'0'.repeat(20)}`;
          const bigExpected = run(bigTotal, ms, step).map(String);
          expect(run(bigTotal, asLongText, step).map(String)).toEqual(bigExpected);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('locks, minimums and maximums hold whenever a result is given', () => {
    const rowArb = fc.record({
      w: fc.integer({ min: 0, max: 100 }),
      lock: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      min: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), unitsArb, (rows, n0) => {
        const n = n0 % 120;
        const locked: Record<number, number> = {};
        const min: Record<number, number> = {};
        const max: Record<number, number> = {};
        rows.forEach((r, i) => {
          if (r.lock !== undefined) locked[i] = r.lock;
          if (r.min !== undefined) min[i] = r.min;
          if (r.max !== undefined) max[i] = r.max;
        });
        const res = apportion(
          n,
          rows.map((r) => r.w),
          1,
          { locked, min, max },
        );
        if (!res.ok) {
          expect(res.error.code).toMatch(
            /^(LOCKS_EXCEED_TOTAL|LOCKS_LEAVE_REST|BOUNDS_INFEASIBLE|ALL_ZERO_WEIGHTS)$/,
          );
          return;
        }
        const got = res.value.allocations.map((d) => d.toNumber());
        expect(got.reduce((a, b) => a + b, 0)).toBe(n);
        got.forEach((g, i) => {
          if (locked[i] !== undefined) expect(g).toBe(locked[i]);
          else {
            if (min[i] !== undefined) expect(g).toBeGreaterThanOrEqual(min[i]);
            if (max[i] !== undefined) expect(g).toBeLessThanOrEqual(max[i]);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('bounds that hold anyway change nothing', () => {
    fc.assert(
      fc.property(weightsArb, unitsArb, (ws, n) => {
        const plain = run(String(n), ws, '1').map(String);
        const min: Record<number, string> = {};
        const max: Record<number, string> = {};
        plain.forEach((p, i) => {
          min[i] = String(Math.max(0, Number(p) - 1));
          max[i] = String(Number(p) + 1);
        });
        const r = apportion(n, ws, 1, { min, max });
        expect(r.ok && r.value.allocations.map(String)).toEqual(plain);
      }),
      { numRuns: RUNS },
    );
  });

  it('the linear-time selection and the full remainder sort agree', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 500 }),
        (ws, n) => {
          if (!ws.some((w) => w > 0)) return;
          const fast = apportion(n, ws, 1);
          const ranked = apportion(n, ws, 1, { explain: true });
          expect(fast.ok && fast.value.allocations.map(String)).toEqual(
            ranked.ok && ranked.value.allocations.map(String),
          );
          if (!ranked.ok) return;
          const e = ranked.value.explanation!;
          const extra = e.rows.filter((r) => r.extraStep).length;
          expect(extra).toBe(e.leftoverSteps);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
