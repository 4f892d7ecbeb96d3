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

describe('funding robustness', () => {
  it('any spending and financing rows, sources, units and frames give balances, never a throw', () => {
    const unitArb = fc.constantFrom(null, 'kr' as const, '1.000 kr.' as const, 'mio. kr.' as const);
    const lineArb = fc.record({
      role: fc.constantFrom(
        'detail',
        'heraf',
        'total',
        'grandTotal',
        'footnote',
        'group',
      ) as fc.Arbitrary<FundingTable['spending'][number]['role']>,
      label: fc.constantFrom('Puljen', 'Indtægter', 'I alt', ''),
      source: fc.constantFrom(undefined, null, 'Puljen', ' puljen ', 'Fonden'),
      values: fc.array(
        fc.option(
          fc.record({
            value: kroner.map((k) => new Dec(k)),
            unit: fc.option(unitArb, { nil: undefined }),
          }),
        ),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 10 }),
        fc.array(lineArb, { maxLength: 5 }),
        fc.array(
          fc.record({ year: fc.option(fc.integer({ min: 2000, max: 2030 })), unit: unitArb }),
          {
            maxLength: 3,
          },
        ),
        unitArb,
        fc.boolean(),
        (spending, financing, periods, unit, withFrame) => {
          const table: FundingTable = {
            sheet: 'Ark1',
            unit,
            periods: periods.map((p, i) => ({ col: i + 2, ...p })),
            spending: spending.map((l, i) => ({ ...l, row: i + 2 })),
            financing: financing.map((l, i) => ({ ...l, row: i + 20 })),
          };
          const frame = withFrame
            ? { label: 'Ramme', amount: new Dec(10), unit: 'mio. kr.' as const, from: 2010 }
            : undefined;
          const { periods: out, findings } = fundingBalance(table, { frame });
          for (const p of out) expect(p.balance.eq(p.financing.minus(p.spending))).toBe(true);
          for (const f of findings) expect(f.cell).not.toBe('');
        },
      ),
      { numRuns: RUNS },
    );
  });
});
