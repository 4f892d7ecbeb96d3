import { convert, Dec, formatAmount } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import type { CostBasis, Initiative, PeopleBasis, TargetGroup } from './types';

/**
 * The number of people the money is taken to reach. 'low' by default: 'min. 350' promises at
 * least 350 and '150-200' at least 150, so the lower bound is what the money is sure to buy;
 * it gives the highest cost per person, so scaling up by people never under-budgets and
 * scaling by money never promises people the money may not reach. 'mid' is the best guess.
 */
export function basisPeople(target: TargetGroup, basis: PeopleBasis = 'low'): Dec {
  if (basis === 'high') return target.high;
  if (basis === 'mid') return target.low.plus(target.high).div(2);
  return target.low;
}

/** The exact need and people an initiative's cost per person comes from (kept when scaled). */
export function costBasis(initiative: Initiative, basis: PeopleBasis = 'low'): Result<CostBasis> {
  if (initiative.basis) return ok(initiative.basis);
  const name = initiative.label;
  if (!initiative.target) {
    return fail(
      'NO_TARGET_GROUP',
      `"${name}" har ingen målgruppe, så der er ingen pris pr. person.`,
      `"${name}" has no target group, so there is no cost per person.`,
      { cell: initiative.cell },
    );
  }
  const people = basisPeople(initiative.target, basis);
  if (people.lte(0)) {
    return fail(
      'EMPTY_TARGET_GROUP',
      `"${name}" har en målgruppe på 0 personer.`,
      `"${name}" has a target group of 0 people.`,
      { cell: initiative.cell },
    );
  }
  return ok({ kroner: convert(initiative.need, initiative.unit, 'kr') as Dec, people });
}

export interface CostPerPerson extends CostBasis {
  /** kroner ÷ people, to 40 significant digits (the basis itself is the exact value). */
  perPerson: Dec;
  /** '12.571,43 kr.' / 'DKK 12,571.43'. */
  text: { da: string; en: string };
}

/** 350 borgere for 4,4 mio. kr. → 12.571,43 kr. per person (12571.428571…). */
export function costPerPerson(
  initiative: Initiative,
  basis: PeopleBasis = 'low',
): Result<CostPerPerson> {
  const b = costBasis(initiative, basis);
  if (!b.ok) return b;
  const perPerson = b.value.kroner.div(b.value.people);
  return ok({
    ...b.value,
    perPerson,
    text: {
      da: formatAmount(perPerson, 'kr', { lang: 'da', decimals: 2 }),
      en: formatAmount(perPerson, 'kr', { lang: 'en', decimals: 2 }),
    },
  });
}
