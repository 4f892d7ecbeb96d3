import { fail, ok, type Result } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Args, Operation, ResultUnit, TargetValue } from '../types';
import { resultUnit } from './parse-number';
import { unitOf } from './percent-scale';

/** The people a need is for: the lower bound of 'min. 350' or '150-200', above 0. */
export function peopleOf(t: TargetValue): Result<Dec> {
  if (t.value.lte(0)) {
    return fail(
      'EMPTY_TARGET_GROUP',
      'Antallet af personer skal være større end 0.',
      'The number of people must be above 0.',
    );
  }
  return ok(t.value);
}

/** The unit the need was written in ('4,4 mio. kr.'), which the result keeps. */
export function needUnit(args: Args): ResultUnit {
  const u = unitOf(args, 'need');
  return u === 'points' ? 'points' : resultUnit(u, false);
}

export const PEOPLE_PARAM = param(
  'people',
  'target',
  ['personer', 'people'],
  [
    'Antal personer, behovet dækker, fx 350, "min. 350" eller "150-200" (den laveste grænse regnes).',
    'The people the need covers, e.g. 350, "min. 350" or "150-200" (the lower bound counts).',
  ],
);

export const NEED_PARAM = param(
  'need',
  'amount',
  ['behov', 'need'],
  ['Finansieringsbehovet, fx 4,4 (mio. kr.).', 'The financing need, e.g. 4.4 (DKK m).'],
);

export const costPerPerson: Operation = {
  id: 'costPerPerson',
  excelName: 'PRISPRPERSON',
  cliName: 'prisprperson',
  description: {
    da: 'Pris pr. person: behov ÷ personer, i behovets enhed (350 borgere for 4.400.000 kr. = 12.571,43 kr.).',
    en: 'Cost per person: need ÷ people, in the unit of the need (350 people for DKK 4,400,000 = DKK 12,571.43).',
  },
  params: [NEED_PARAM, PEOPLE_PARAM],
  result: 'number',
  run(args) {
    const people = peopleOf(args.people as TargetValue);
    if (!people.ok) return people;
    const value = (args.need as Dec).div(people.value);
    return ok({ kind: 'number', value, unit: needUnit(args) });
  },
};
