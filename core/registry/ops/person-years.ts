import { capacityForYear } from '../../capacity';
import { fail, ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';
import { unitOf } from './percent-scale';

export const personYears: Operation = {
  id: 'personYears',
  excelName: 'AARSVAERK',
  cliName: 'aarsvaerk',
  description: {
    da: 'Årsværk en medarbejder giver i et kalenderår ud fra start, slut og andel (hele måneder som standard).',
    en: 'Person-years one employee gives in a calendar year from start, end and share (whole months by default).',
  },
  params: [
    param(
      'from',
      'date',
      ['fra', 'from'],
      ['Første dag (dato); tom = før året.', 'First day (a date); empty = before the year.'],
      'allowEmpty',
    ),
    param(
      'to',
      'date',
      ['til', 'to'],
      ['Sidste dag (dato); tom = året ud.', 'Last day (a date); empty = the rest of the year.'],
      'allowEmpty',
    ),
    param(
      'share',
      'amount',
      ['andel', 'share'],
      [
        'Andel af fuld tid, fx 0,5 eller 50 %; tom = 1.',
        'Share of full time, e.g. 0.5 or 50%; empty = 1.',
      ],
      'allowEmpty',
    ),
    param('year', 'integer', ['år', 'year'], ['Kalenderåret.', 'The calendar year.']),
  ],
  result: 'number',
  run(args, context) {
    // '50 %' is a share of full time like 0,5.
    const given = args.share as Dec | undefined;
    const share = given && unitOf(args, 'share') === 'percent' ? given.div(100) : given;
    const r = capacityForYear(
      [
        {
          person: '',
          from: (args.from as Date | undefined) ?? null,
          to: (args.to as Date | undefined) ?? null,
          share: share ?? null,
        },
      ],
      args.year as number,
      { capacityCounting: context.capacityCounting ?? 'months' },
    );
    if (!r.ok) return r;
    const problem = r.value.problems[0];
    if (problem) return fail(problem.code, problem.message.da, problem.message.en);
    return ok({ kind: 'number', value: r.value.total, unit: 'person-years' });
  },
};
