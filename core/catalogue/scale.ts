import { convert, dec, Dec, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { basisPeople, costBasis } from './cost';
import { roundRatio } from './exact';
import type { Initiative, PeopleBasis, Rounding } from './types';

export interface ScaleOptions {
  basis?: PeopleBasis;
  rounding?: Rounding;
}

function positive(x: DecimalLike, what: { da: string; en: string }, zeroOk: boolean): Result<Dec> {
  let d: Dec;
  try {
    d = dec(x);
  } catch {
    return fail('NOT_A_NUMBER', `${what.da} er ikke et tal.`, `${what.en} is not a number.`);
  }
  if (!d.isFinite() || d.isNegative() || (!zeroOk && d.isZero())) {
    return fail(
      'OUT_OF_RANGE',
      `${what.da} skal være ${zeroOk ? '0 eller mere' : 'større end 0'}.`,
      `${what.en} must be ${zeroOk ? '0 or more' : 'greater than 0'}.`,
    );
  }
  return ok(d);
}

const STEP = { da: 'Trinnet', en: 'The step' };

/**
 * The initiative for `people` people at its own cost per person, its need rounded to `step`
 * (in the initiative's unit; half-up unless told). 350 for 4,4 mio. kr. scaled to 200 at
 * 0,001 mio. kr.: 4,4 × 200 / 350 = 2,514285… → 2,514 mio. kr.
 */
export function scaleToPeople(
  initiative: Initiative,
  people: DecimalLike,
  step: DecimalLike,
  options: ScaleOptions = {},
): Result<Initiative> {
  const b = costBasis(initiative, options.basis);
  if (!b.ok) return b;
  const p = positive(people, { da: 'Antallet', en: 'The number of people' }, true);
  if (!p.ok) return p;
  const s = positive(step, STEP, false);
  if (!s.ok) return s;
  const perUnit = convert(new Dec(1), initiative.unit, 'kr') as Dec;
  const need = roundRatio(
    b.value.kroner.times(p.value),
    b.value.people.times(perUnit),
    s.value,
    options.rounding ?? 'half-up',
  );
  return ok({
    ...initiative,
    need,
    target: { low: p.value, high: p.value, qualifier: null, unit: initiative.target?.unit ?? null },
    basis: b.value,
  });
}

/**
 * The initiative for a given amount (in its unit): the people that money reaches at the same
 * cost per person, to `peopleStep` (default whole people, rounded down: people the money pays
 * for in full).
 */
export function scaleToMoney(
  initiative: Initiative,
  money: DecimalLike,
  options: ScaleOptions & { peopleStep?: DecimalLike } = {},
): Result<Initiative> {
  const b = costBasis(initiative, options.basis);
  if (!b.ok) return b;
  const m = positive(money, { da: 'Beløbet', en: 'The amount' }, true);
  if (!m.ok) return m;
  const s = positive(options.peopleStep ?? 1, STEP, false);
  if (!s.ok) return s;
  if (b.value.kroner.lte(0)) {
    return fail(
      'NO_COST',
      `"${initiative.label}" har ingen udgift pr. person, så et beløb svarer ikke til et antal.`,
      `"${initiative.label}" has no cost per person, so an amount does not give a number of people.`,
      { cell: initiative.cell },
    );
  }
  const kroner = convert(m.value, initiative.unit, 'kr') as Dec;
  const people = roundRatio(
    kroner.times(b.value.people),
    b.value.kroner,
    s.value,
    options.rounding ?? 'down',
  );
  return ok({
    ...initiative,
    need: m.value,
    target: { low: people, high: people, qualifier: null, unit: initiative.target?.unit ?? null },
    basis: b.value,
  });
}

/**
 * Up or down by a factor of people (0,5 = half as many), money following at the same cost per
 * person and rounded to `step`; an initiative without a target group scales its money only.
 */
export function scaleBy(
  initiative: Initiative,
  factor: DecimalLike,
  step: DecimalLike,
  options: ScaleOptions & { peopleStep?: DecimalLike } = {},
): Result<Initiative> {
  const f = positive(factor, { da: 'Faktoren', en: 'The factor' }, true);
  if (!f.ok) return f;
  const s = positive(step, STEP, false);
  if (!s.ok) return s;
  const b = costBasis(initiative, options.basis);
  if (!b.ok) {
    if (initiative.target) return b;
    const need = roundRatio(initiative.need.times(f.value), new Dec(1), s.value, 'half-up');
    return ok({ ...initiative, need });
  }
  const ps = positive(options.peopleStep ?? 1, STEP, false);
  if (!ps.ok) return ps;
  const current = initiative.target
    ? basisPeople(initiative.target, options.basis)
    : b.value.people;
  const people = roundRatio(current.times(f.value), new Dec(1), ps.value, 'half-up');
  return scaleToPeople(initiative, people, s.value, options);
}
