import { roundRatio } from '../../catalogue';
import { fail, ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation, TargetValue } from '../types';
import { NEED_PARAM, needUnit, PEOPLE_PARAM, peopleOf } from './cost-per-person';

export const scale: Operation = {
  id: 'scale',
  excelName: 'SKALER',
  cliName: 'skaler',
  description: {
    da: 'Behovet for et andet antal personer til samme pris pr. person (350 for 4,4 → 200 for 2,514 i trin à 0,001).',
    en: 'The need for another number of people at the same cost per person (350 for 4.4 → 200 for 2.514 in steps of 0.001).',
  },
  params: [
    NEED_PARAM,
    PEOPLE_PARAM,
    param(
      'newpeople',
      'amount',
      ['nye_personer', 'new_people'],
      ['Det nye antal personer.', 'The new number of people.'],
    ),
    param(
      'step',
      'amount',
      ['trin', 'step'],
      [
        'Trinnet behovet rundes til (halvt op), fx 0,001 mio. kr.; uden trin: præcist.',
        'The step the need is rounded to (half up), e.g. 0.001; without a step: exact.',
      ],
      true,
    ),
  ],
  result: 'number',
  run(args) {
    const people = peopleOf(args.people as TargetValue);
    if (!people.ok) return people;
    const need = args.need as Dec;
    const wanted = args.newpeople as Dec;
    if (wanted.isNegative()) {
      return fail(
        'OUT_OF_RANGE',
        'Det nye antal personer skal være 0 eller mere.',
        'The new number of people must be 0 or more.',
      );
    }
    const step = args.step as Dec | undefined;
    if (step !== undefined && step.lte(0)) {
      return fail(
        'STEP_NOT_POSITIVE',
        'Trinnet skal være større end 0.',
        'The step must be above 0.',
      );
    }
    const value = step
      ? roundRatio(need.times(wanted), people.value, step, 'half-up')
      : need.times(wanted).div(people.value);
    return ok({ kind: 'number', value, unit: needUnit(args) });
  },
};
