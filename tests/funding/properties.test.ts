import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { Dec } from '../../core/numbers';
import { allocatePool, fundingBalance, type FundingTable } from '../../core/funding';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);
const Ref = DecimalJs.clone({ precision: 200 });

/** 0 to 99.999.999,99 kr. as an exact decimal string. */
const kroner = fc
  .bigInt({ min: 0n, max: 9_999_999_999n })
  .map((n) => new Ref(n.toString()).div(100).toFixed());

describe('funding properties', () => {
  it('balance = financing − spending, as decimal.js computes it, with the right finding', () => {
    fc.assert(
      fc.property(
        fc.array(kroner, { minLength: 1, maxLength: 10 }),
        fc.array(kroner, { minLength: 1, maxLength: 5 }),
        (spend, fund) => {
          const table: FundingTable = {
            sheet: 'Ark1',
            unit: 'kr',
            periods: [{ col: 2, year: null, unit: 'kr' }],
            spending: spend.map((v, i) => ({
              row: i + 2,
              role: 'detail',
              label: `U${i}`,
              values: [{ value: new Dec(v) }],
            })),
            financing: fund.map((v, i) => ({
              row: i + 20,
              role: 'detail',
              label: `F${i}`,
              values: [{ value: new Dec(v) }],
            })),
          };
          const { periods, findings } = fundingBalance(table);
          const s = spend.reduce((a, b) => a.plus(b), new Ref(0));
          const f = fund.reduce((a, b) => a.plus(b), new Ref(0));
          const b = f.minus(s);
          expect(periods[0].balance.toFixed()).toBe(b.toFixed());
          const code = b.isZero() ? [] : [b.isNeg() ? 'FUNDING_SHORTFALL' : 'FUNDING_SURPLUS'];
          expect(findings.map((x) => x.code)).toEqual(code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a pool allocated in steps adds up to the pool exactly, each share on the step grid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('0.001', '0.01', '0.1', '0.5'),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (units, step, weights) => {
          const pool = new Dec(units).times(step);
          const r = allocatePool(
            pool,
            weights.map((w, i) => ({ label: `I${i}`, weight: new Dec(w).div(1000) })),
            step,
            'mio. kr.',
          );
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const total = r.value.lines.reduce((a, l) => a.plus(l.amount), new Dec(0));
          expect(total.eq(pool)).toBe(true);
          for (const l of r.value.lines) expect(l.amount.div(step).isInteger()).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
