import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, roundToStep, sum } from '../../core/numbers';
import {
  scaleBy,
  scaleToMoney,
  scaleToPeople,
  selectWithinFrame,
  type Initiative,
} from '../../core/catalogue';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

/** A need of 0,001 to 99.999,999 mio. kr. for 1 to 100.000 people. */
const initiativeArb = fc
  .record({
    needMilli: fc.integer({ min: 1, max: 99_999_999 }),
    people: fc.integer({ min: 1, max: 100_000 }),
    starred: fc.boolean(),
  })
  .map(({ needMilli, people, starred }): Initiative => ({
    row: 1,
    label: 'Indsats',
    area: null,
    focus: null,
    starred,
    target: { low: new Dec(people), high: new Dec(people), qualifier: null, unit: 'borgere' },
    need: new Dec(needMilli).div(1000),
    unit: 'mio. kr.',
  }));

const stepArb = fc.constantFrom('0.001', '0.01', '0.1', '1').map((s) => new Dec(s));
/** Factors 0,01 to 10 in hundredths. */
const factorArb = fc.integer({ min: 1, max: 1000 }).map((n) => new Dec(n).div(100));

describe('catalogue properties', () => {
  it('scaling by a factor and back returns the original within the rounding step', () => {
    fc.assert(
      fc.property(initiativeArb, factorArb, stepArb, (init, factor, step) => {
        const scaled = value(scaleBy(init, factor, step));
        const back = value(scaleToPeople(scaled, init.target!.low, step));
        // The cost per person is kept, so the way back lands on the original need rounded once.
        expect(back.need.minus(init.need).abs().lte(step.div(2))).toBe(true);
        expect(back.need.eq(roundToStep(init.need, step))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a need scaled to new people is within half a step of the exact proportion', () => {
    fc.assert(
      fc.property(
        initiativeArb,
        fc.integer({ min: 0, max: 200_000 }),
        stepArb,
        (init, people, step) => {
          const s = value(scaleToPeople(init, people, step));
          const exact = init.need.times(people).div(init.target!.low);
          expect(s.need.minus(exact).abs().lte(step.div(2))).toBe(true);
          expect(s.need.div(step).isInteger()).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('money buys the people it is scaled to, and not one more', () => {
    fc.assert(
      fc.property(initiativeArb, fc.integer({ min: 0, max: 10_000_000 }), (init, milli) => {
        const money = new Dec(milli).div(1000);
        const s = value(scaleToMoney(init, money));
        const people = s.target!.low;
        const cost = (p: Dec) => init.need.times(p).div(init.target!.low);
        expect(people.isInteger()).toBe(true);
        expect(cost(people).lte(money)).toBe(true);
        expect(cost(people.plus(1)).gt(money)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a selection never exceeds its frame, and what is left is frame − chosen', () => {
    fc.assert(
      fc.property(
        fc.array(initiativeArb, { maxLength: 12 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom<'given' | 'costPerPerson'>('given', 'costPerPerson'),
        (list, frameMilli, order) => {
          const frame = new Dec(frameMilli).div(1000);
          const s = value(selectWithinFrame(list, frame, 'mio. kr.', { order }));
          const chosen = sum(s.chosen.map((i) => i.need));
          expect(s.total.eq(chosen)).toBe(true);
          expect(s.total.plus(s.left).eq(frame)).toBe(true);
          expect(s.left.gte(0)).toBe(true);
          expect(s.chosen.length + s.rest.length).toBe(list.length);
          for (const r of s.rest) {
            expect(r.initiative.need.gt(s.left)).toBe(true);
            if (r.scaledDown) expect(r.scaledDown.need.lte(s.left)).toBe(true);
          }
          // Starred first: no unstarred initiative is taken before a starred one.
          const firstPlain = s.chosen.findIndex((i) => !i.starred);
          if (firstPlain >= 0)
            expect(s.chosen.slice(firstPlain).every((i) => !i.starred)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('catalogue robustness', () => {
  it('odd initiatives (no target, 0 people, ranges upside down, 0 need) never throw', () => {
    const small = fc.integer({ min: 0, max: 5000 }).map((n) => new Dec(n));
    const oddArb = fc.record({
      row: fc.nat(),
      label: fc.constant('Indsats'),
      area: fc.constantFrom(null, 'Pejlemærke 1'),
      focus: fc.constantFrom(null, 'Unge'),
      starred: fc.boolean(),
      target: fc.option(
        fc.record({
          low: small,
          high: small,
          qualifier: fc.constant(null),
          unit: fc.constant(null),
        }),
      ),
      need: small.map((d) => d.div(1000)),
      unit: fc.constantFrom('kr' as const, '1.000 kr.' as const, 'mio. kr.' as const),
    });
    fc.assert(
      fc.property(
        fc.array(oddArb, { maxLength: 10 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom<'given' | 'costPerPerson'>('given', 'costPerPerson'),
        fc.constantFrom<'low' | 'mid' | 'high'>('low', 'mid', 'high'),
        (list, frameMilli, order, basis) => {
          const frame = new Dec(frameMilli).div(1000);
          const s = value(selectWithinFrame(list, frame, 'mio. kr.', { order, basis }));
          expect(s.total.plus(s.left).eq(frame)).toBe(true);
          for (const i of list) {
            scaleToPeople(i, 10, '0.001', { basis });
            scaleToMoney(i, 1, { basis });
            scaleBy(i, '0.5', '0.001', { basis });
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
