import { describe, expect, it } from 'vitest';
import {
  capacityForYear,
  checkYearlyTargets,
  comparePlan,
  hoursToPersonYears,
  personYearsToCost,
  personYearsToHours,
  rational,
  spreadOverYears,
  sumPlan,
  type Plan,
} from '../../core/capacity';

/** Hovedområder 2009 (sources/arbejdsplan-2009-taskforce-integration.txt). */
const plan2009: Plan = {
  rows: [
    {
      label: 'En fokuseret områdebaseret indsats i Tingbjerg og Ydre Nørrebro',
      personYears: '2',
      parts: [{ label: 'helhedsplaner', personYears: '1' }],
    },
    { label: 'Projektledelse af "Fra Sport til Job"', personYears: 1 },
    { label: 'Øvrige leverancer', personYears: '½' },
    { label: 'Rekvireringer og rådgivninger', personYears: '1½' },
  ],
  statedTotal: '5',
};

const staff2009 = [
  ...[1, 2, 3, 4].map((k) => ({ person: `Konsulent ${k}`, from: '2007-02-01' })),
  { person: 'Konsulent 5', from: '2009-03-01' },
];

describe('sumPlan', () => {
  it('adds the 2009 plan to its stated 5, heraf not added', () => {
    const r = sumPlan(plan2009);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total.toFixed()).toBe('5');
    expect(r.value.rows.map(String)).toEqual(['2', '1', '0.5', '1.5']);
    expect(r.value.difference?.toFixed()).toBe('0');
    expect(r.value.problems).toEqual([]);
  });

  it('reports a stated total that differs', () => {
    const r = sumPlan({ ...plan2009, statedTotal: '4,5' });
    expect(r.ok && r.value.difference?.toFixed()).toBe('0.5');
    expect(r.ok && r.value.problems.map((p) => p.code)).toEqual(['TOTAL_MISMATCH']);
    expect(r.ok && r.value.problems[0].message.da).toBe('Rækkerne summer til 5, men I alt er 4,5.');
  });

  it('reports a heraf part larger than its row', () => {
    const r = sumPlan({
      rows: [{ label: 'Øvrige', personYears: '½', parts: [{ label: 'Dag', personYears: '¾' }] }],
    });
    expect(r.ok && r.value.total.toFixed()).toBe('0.5');
    expect(r.ok && r.value.problems.map((p) => p.code)).toEqual(['HERAF_EXCEEDS_PARENT']);
    expect(r.ok && r.value.problems[0].message.da).toBe(
      "Heraf-rækken 'Dag' (0,75) er større end 'Øvrige' (0,5).",
    );
  });

  it('reports heraf parts that together exceed their row', () => {
    const r = sumPlan({
      rows: [
        {
          label: 'Indsats',
          personYears: 2,
          parts: [
            { label: 'a', personYears: '1,5' },
            { label: 'b', personYears: 1 },
          ],
        },
      ],
      statedTotal: 2,
    });
    expect(r.ok && r.value.problems.map((p) => p.code)).toEqual(['HERAF_EXCEEDS_PARENT']);
  });

  it('fails on a value it cannot read', () => {
    const r = sumPlan({ rows: [{ label: 'x', personYears: 'to' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_NUMBER' } });
  });
});

describe('comparePlan', () => {
  const capacity = capacityForYear(staff2009, 2009);
  if (!capacity.ok) throw new Error('capacity');

  it('the 2009 plan spends 1/6 person-year more than the staff give', () => {
    const r = comparePlan(plan2009, capacity.value);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('over');
    expect(r.value.difference).toEqual(rational(1n, 6n));
    expect(r.value.message.da).toBe(
      'Planen fordeler 5 årsværk, men bemandingen giver ca. 4,83: ca. 0,17 for meget.',
    );
    expect(r.value.message.en).toBe(
      'The plan allocates 5 person-years, but the staff give about 4.83: about 0.17 too many.',
    );
  });

  it('proposes the plan re-spread to 4½, the capacity rounded down to ½ steps', () => {
    const r = comparePlan(plan2009, capacity.value, { step: '0,5' });
    const p = r.ok ? r.value.proposal : null;
    expect(p?.ok).toBe(true);
    if (!p?.ok) return;
    expect(p.value.target.toFixed()).toBe('4.5');
    expect(p.value.roundedDown).toBe(true);
    // 9 half-steps by 2 : 1 : ½ : 1½ → quotas 3.6, 1.8, 0.9, 2.7 → 3, 2, 1, 3.
    expect(p.value.allocations.map(String)).toEqual(['1.5', '1', '0.5', '1.5']);
    expect(p.value.note.da).toBe(
      'Kapaciteten ca. 4,83 er ikke et helt antal trin à 0,5; forslaget fordeler 4,5 årsværk, og ca. 0,33 årsværk står ufordelt.',
    );
  });

  it('keeps a locked row in the proposal', () => {
    const r = comparePlan(plan2009, capacity.value, { step: 0.5, locked: { 1: 1 } });
    const p = r.ok ? r.value.proposal : null;
    // 7 half-steps over 2 : ½ : 1½ → 3.5, 0.875, 2.625 → 3, 1, 3.
    expect(p?.ok && p.value.allocations.map(String)).toEqual(['1.5', '1', '0.5', '1.5']);
  });

  it('in quarter steps the proposal reaches 4¾', () => {
    const r = comparePlan(plan2009, capacity.value, { step: '0.25' });
    const p = r.ok ? r.value.proposal : null;
    // 19 quarters by 2 : 1 : ½ : 1½ → 7.6, 3.8, 1.9, 5.7 → floors 7+3+1+5 = 16, 3 left to
    // remainders .9, .8, .7.
    expect(p?.ok && p.value.allocations.map(String)).toEqual(['1.75', '1', '0.5', '1.5']);
  });

  it('a plan under the capacity is spread up to it', () => {
    const plan: Plan = {
      rows: [2, 1, 0.5, 0.5].map((v, i) => ({ label: `r${i}`, personYears: v })),
    };
    const r = comparePlan(plan, 5);
    expect(r.ok && r.value.status).toBe('under');
    expect(r.ok && r.value.message.da).toBe(
      'Planen fordeler 4 årsværk, men bemandingen giver 5: 1 er ikke fordelt.',
    );
    const p = r.ok ? r.value.proposal : null;
    expect(p?.ok && p.value.roundedDown).toBe(false);
    expect(p?.ok && p.value.allocations.map(String)).toEqual(['2.5', '1.5', '0.5', '0.5']);
  });

  it('an equal plan needs no proposal', () => {
    const r = comparePlan(plan2009, '5');
    expect(r.ok && r.value.status).toBe('equal');
    expect(r.ok && r.value.proposal).toBeNull();
  });

  it('a bad step gives the proposal as an error, the comparison stays', () => {
    const r = comparePlan(plan2009, capacity.value, { step: 0 });
    expect(r.ok && r.value.status).toBe('over');
    expect(r.ok && r.value.proposal).toMatchObject({
      ok: false,
      error: { code: 'STEP_NOT_POSITIVE' },
    });
  });
});

describe('conversions', () => {
  it('hours per person-year is a setting, 1924 by default', () => {
    expect(personYearsToHours('0,5')).toMatchObject({ ok: true });
    const h = personYearsToHours('0,5');
    expect(h.ok && h.value.toFixed()).toBe('962');
    const exact = personYearsToHours(rational(29n, 6n));
    expect(exact.ok && exact.value.toDecimalPlaces(4).toFixed()).toBe('9299.3333');
    const custom = personYearsToHours(1, { hoursPerPersonYear: 1628 });
    expect(custom.ok && custom.value.toFixed()).toBe('1628');
    const back = hoursToPersonYears(481);
    expect(back.ok && back.value.toFixed()).toBe('0.25');
    expect(personYearsToHours(1, { hoursPerPersonYear: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_SETTING' },
    });
  });

  it('cost per person-year in kr.', () => {
    const c = personYearsToCost('1½', { costPerPersonYear: 550000 });
    expect(c.ok && c.value.toFixed()).toBe('825000');
    const third = personYearsToCost(rational(1n, 3n), { costPerPersonYear: 600000 });
    expect(third.ok && third.value.toFixed()).toBe('200000');
    expect(personYearsToCost(1)).toMatchObject({ ok: false, error: { code: 'NO_COST_SETTING' } });
  });
});

describe('multi-year targets', () => {
  it('200 young people over 2009-2011 as 50/75/75', () => {
    const r = spreadOverYears(200, [
      { year: 2009, weight: 2 },
      { year: 2010, weight: 3 },
      { year: 2011, weight: 3 },
    ]);
    expect(r.ok && r.value.map((y) => [y.year, y.value.toFixed()])).toEqual([
      [2009, '50'],
      [2010, '75'],
      [2011, '75'],
    ]);
  });

  it('120 jobs by the same weights: 30/45/45; 100 gives 25/38/37', () => {
    const w = [2009, 2010, 2011].map((year, i) => ({ year, weight: [2, 3, 3][i] }));
    const jobs = spreadOverYears(120, w);
    expect(jobs.ok && jobs.value.map((y) => y.value.toFixed())).toEqual(['30', '45', '45']);
    const hundred = spreadOverYears(100, w);
    expect(hundred.ok && hundred.value.map((y) => y.value.toFixed())).toEqual(['25', '38', '37']);
  });

  it('checks that yearly rows add up to the total', () => {
    const good = checkYearlyTargets(200, [
      { year: 2009, value: 50 },
      { year: 2010, value: 75 },
      { year: 2011, value: 75 },
    ]);
    expect(good.ok && good.value.problems).toEqual([]);
    const bad = checkYearlyTargets('200', [
      { year: 2009, value: 50 },
      { year: 2010, value: '75' },
      { year: 2011, value: 70 },
    ]);
    expect(bad.ok && bad.value.difference.toFixed()).toBe('-5');
    expect(bad.ok && bad.value.problems[0].message.da).toBe(
      'Årene summer til 195, men målet i alt er 200.',
    );
    expect(
      checkYearlyTargets(10, [
        { year: 2009, value: 5 },
        { year: 2009, value: 5 },
      ]),
    ).toMatchObject({ ok: false, error: { code: 'DUPLICATE_YEAR' } });
  });
});
