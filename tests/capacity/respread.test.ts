import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rational, respreadPlan, type PlanLine } from '../../core/capacity';
import { checkWorkbook } from '../../core/check';
import { readWorkbookFile } from '../../core/io/node';
import { Dec } from '../../core/numbers';
import { REPO } from '../cli/helpers';

const RUNS = Math.min(Number(process.env.RAMME_FUZZ_RUNS ?? 200), 5000);

/** The 2009 work plan of TaskForce Integration (examples/arbejdsplan-2009.xlsx, B5:B9). */
const PLAN_2009: PlanLine[] = [
  { row: 5, label: '1. Tingbjerg og Ydre Nørrebro', value: new Dec(2) },
  { row: 6, label: 'heraf helhedsplaner', value: new Dec(1), parent: 5 },
  { row: 7, label: '2. Fra Sport til Job', value: new Dec(1) },
  { row: 8, label: '3. Øvrige leverancer', value: new Dec('0.5') },
  { row: 9, label: '4. Rekvireringer og rådgivninger', value: new Dec('1.5') },
];
/** Four consultants all year and one from 1 March: 4 10/12 = 29/6 person-years. */
const CAPACITY_2009 = rational(29n, 6n);

function values(r: ReturnType<typeof respreadPlan>): string[] {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.rows.map((x) => x.new.toString());
}

describe('respreadPlan: the 2009 work plan against 4,83 årsværk', () => {
  it('in quarter steps: 4¾ spread, the heraf part scaled with its line and inside it', () => {
    // 4 10/12 holds 19 quarters: 4,75. Quotas 4,75 × (2, 1, ½, 1½) / 5 = 1,9, 0,95, 0,475,
    // 1,425; floors 1,75, 0,75, 0,25, 1,25 (= 4); the three quarters left go to the largest
    // remainders 0,225 (row 8), 0,2 (row 7), 0,175 (row 9). Heraf: 1 × 1,75 / 2 = 0,875, half
    // up to 1 (≤ 1,75).
    const r = respreadPlan(PLAN_2009, CAPACITY_2009, new Dec('0.25'));
    expect(values(r)).toEqual(['1.75', '1', '1', '0.5', '1.5']);
    if (!r.ok) return;
    expect(r.value.target.toString()).toBe('4.75');
    expect(r.value.unspread).toEqual(rational(1n, 12n));
    expect(r.value.rows.filter((x) => x.extraStep).map((x) => x.row)).toEqual([7, 8, 9]);
  });

  it('in half steps (4½) and with a locked line kept', () => {
    // ½ steps: quotas 1,8, 0,9, 0,45, 1,35 → floors 1,5, 0,5, 0, 1 (= 3); three halves to
    // 0,45 (row 8), 0,4 (row 7), 0,35 (row 9): 1,5, 1, 0,5, 1,5. Heraf 1 × 1,5 / 2 = 0,75 → 1.
    expect(values(respreadPlan(PLAN_2009, CAPACITY_2009, new Dec('0.5')))).toEqual([
      '1.5',
      '1',
      '1',
      '0.5',
      '1.5',
    ]);
    // Row 5 locked at 2: the other three lines share the 2,75 left, exactly.
    const locked = respreadPlan(PLAN_2009, CAPACITY_2009, new Dec('0.25'), new Set([5]));
    const v = values(locked);
    expect(v[0]).toBe('2');
    expect(v[1]).toBe('1');
    expect([v[2], v[3], v[4]].reduce((s, x) => s.plus(x!), new Dec(0)).toString()).toBe('2.75');
  });

  it('a step of 0 is refused', () => {
    const r = respreadPlan(PLAN_2009, CAPACITY_2009, new Dec(0));
    expect(!r.ok && r.error.code).toBe('STEP_NOT_POSITIVE');
  });
});

describe('respreadPlan: invariants', () => {
  const quarter = fc.integer({ min: 0, max: 40 }).map((n) => new Dec(n).div(4));
  it('lines add up to the capacity rounded down to the step; heraf parts stay inside their line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(quarter, fc.option(fc.integer({ min: 0, max: 4 }))), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('0.25', '0.5', '1', '0.1'),
        (spec, num, den, stepText) => {
          const lines: PlanLine[] = [];
          spec.forEach(([value, part], i) => {
            lines.push({ row: 10 + i * 2, label: `l${i}`, value });
            if (part !== null && value.gt(0)) {
              const v = Dec.min(value, new Dec(part).div(4));
              lines.push({ row: 11 + i * 2, label: `h${i}`, value: v, parent: 10 + i * 2 });
            }
          });
          if (lines.every((l) => l.parent !== undefined || l.value.isZero())) return;
          const step = new Dec(stepText);
          const r = respreadPlan(lines, rational(BigInt(num), BigInt(den)), step);
          if (!r.ok) return;
          const own = r.value.rows.filter((x) => x.parent === undefined);
          const sum = own.reduce((s, x) => s.plus(x.new), new Dec(0));
          expect(sum.eq(r.value.target)).toBe(true);
          expect(r.value.target.lte(new Dec(num).div(den))).toBe(true);
          for (const x of r.value.rows) {
            expect(x.new.mod(step).isZero()).toBe(true);
            if (x.parent !== undefined) {
              const parent = r.value.rows.find((p) => p.row === x.parent)!;
              expect(x.new.lte(parent.new)).toBe(true);
              expect(x.new.gte(0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('ramme check: the proposal in the report', () => {
  it('the 2009 work plan: capacity[0].proposal, quarter steps, 4,75 in all', async () => {
    const wb = await readWorkbookFile(path.join(REPO, 'examples/arbejdsplan-2009.xlsx'));
    if (!wb.ok) throw new Error('unreadable');
    const c = checkWorkbook(wb.value, { lang: 'da' }).capacity[0]!;
    expect(c.proposal).toEqual([
      { row: 5, label: expect.stringMatching(/^1\. En fokuseret/), old: '2', new: '1.75' },
      { row: 6, label: expect.stringMatching(/^heraf helhedsplaner/), old: '1', new: '1' },
      { row: 7, label: expect.stringMatching(/^2\./), old: '1', new: '1' },
      { row: 8, label: expect.stringMatching(/^3\./), old: '0.5', new: '0.5' },
      { row: 9, label: expect.stringMatching(/^4\./), old: '1.5', new: '1.5' },
    ]);
    expect([c.proposalStep, c.proposalTotal]).toEqual(['0.25', '4.75']);
    const half = checkWorkbook(wb.value, { lang: 'da', settings: { planStep: '0,5' } });
    expect(half.capacity[0]!.proposalTotal).toBe('4.5');
  });
});
