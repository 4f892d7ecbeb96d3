import { capacityForYear, type StaffRow } from '../../capacity';
import { fail, ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';

export const capacity: Operation = {
  id: 'capacity',
  excelName: 'KAPACITET',
  cliName: 'kapacitet',
  description: {
    da: 'Årsværk en hel bemanding giver i et kalenderår: fra, til og andel pr. medarbejder (hele måneder som standard).',
    en: 'Person-years a whole staff gives in a calendar year: from, to and share per employee (whole months by default).',
  },
  params: [
    param(
      'from',
      'dates',
      ['fra', 'from'],
      [
        'Første dag pr. medarbejder; tom = før året.',
        'First day per employee; empty = before the year.',
      ],
      'allowEmpty',
    ),
    param(
      'to',
      'dates',
      ['til', 'to'],
      [
        'Sidste dag pr. medarbejder; tom = året ud.',
        'Last day per employee; empty = the rest of the year.',
      ],
      'allowEmpty',
    ),
    param(
      'share',
      'shares',
      ['andel', 'share'],
      [
        'Andel af fuld tid pr. medarbejder, fx 0,5 eller 50 %; tom = 1.',
        'Share of full time per employee, e.g. 0.5 or 50%; empty = 1.',
      ],
      'allowEmpty',
    ),
    param('year', 'integer', ['år', 'year'], ['Kalenderåret.', 'The calendar year.']),
  ],
  result: 'number',
  run(args, context) {
    const from = (args.from as Array<Date | null> | undefined) ?? [];
    const to = (args.to as Array<Date | null> | undefined) ?? [];
    const share = (args.share as Array<Dec | null> | undefined) ?? [];
    const lengths = [from, to, share].map((l) => l.length).filter((n) => n > 0);
    if (lengths.some((n) => n !== lengths[0])) {
      return fail(
        'ARG_LENGTH',
        'Fra, til og andel skal have lige mange rækker.',
        'From, to and share must have as many rows.',
      );
    }
    const staff: StaffRow[] = [];
    for (let i = 0; i < (lengths[0] ?? 0); i++) {
      const [f, t, s] = [from[i] ?? null, to[i] ?? null, share[i] ?? null];
      // A row with nothing in it is no employee (a blank line in the staffing range).
      if (f === null && t === null && s === null) continue;
      staff.push({ person: `række ${i + 1}`, from: f, to: t, share: s });
    }
    const r = capacityForYear(staff, args.year as number, {
      capacityCounting: context.capacityCounting ?? 'months',
    });
    if (!r.ok) return r;
    const problem = r.value.problems[0];
    if (problem) return fail(problem.code, problem.message.da, problem.message.en);
    return ok({ kind: 'number', value: r.value.total, unit: 'person-years' });
  },
};
