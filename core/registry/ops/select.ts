import { selectWithinFrame, type Initiative } from '../../catalogue';
import { fail, ok } from '../../i18n';
import { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';

/** Star cells that say "no": a star column may hold 0, FALSK or 'nej' as well as blanks. */
const NOT_STARRED = /^(?:0|nej|no|false|falsk|-|–)$/iu;

export const select: Operation = {
  id: 'select',
  excelName: 'VAELG',
  cliName: 'vaelg',
  description: {
    da: 'Vælger indsatser inden for en ramme: stjernemarkerede først, derefter i rækkefølge; 1 for valgt, 0 for ikke valgt.',
    en: 'Picks initiatives within a frame: starred first, then in order; 1 for chosen, 0 for not.',
  },
  params: [
    param(
      'need',
      'amounts',
      ['behov', 'need'],
      [
        'Finansieringsbehovet pr. indsats, én pr. række.',
        'The financing need per initiative, one per row.',
      ],
    ),
    param(
      'stars',
      'texts',
      ['stjerner', 'stars'],
      [
        'Stjernemarkering pr. række: * (eller andet indhold) for stjerne, tom for ingen.',
        'Star per row: * (or anything) for a star, empty for none.',
      ],
      'allowEmpty',
    ),
    param(
      'frame',
      'amount',
      ['ramme', 'frame'],
      ['Rammen i samme enhed som behovet, fx 15.', 'The frame in the unit of the need, e.g. 15.'],
    ),
  ],
  result: 'column',
  run(args) {
    const needs = args.need as Array<Dec | null>;
    const stars = (args.stars as Array<string | null> | undefined) ?? [];
    if (stars.length > 0 && stars.length !== needs.length) {
      return fail(
        'ARG_LENGTH',
        `Behov og stjerner skal have lige mange rækker (${needs.length} og ${stars.length}).`,
        `Need and stars must have as many rows (${needs.length} and ${stars.length}).`,
      );
    }
    if (needs.some((n) => n?.isNegative())) {
      return fail('OUT_OF_RANGE', 'Et behov er negativt.', 'A need is negative.');
    }
    const initiatives: Initiative[] = needs.flatMap((need, i) =>
      need === null
        ? []
        : [
            {
              row: i,
              label: String(i + 1),
              area: null,
              focus: null,
              starred: stars[i] != null && !NOT_STARRED.test(stars[i]!),
              target: null,
              need,
              unit: 'kr' as const,
            },
          ],
    );
    const r = selectWithinFrame(initiatives, args.frame as Dec, 'kr', { step: 1 });
    if (!r.ok) return r;
    const chosen = new Set(r.value.chosen.map((i) => i.row));
    const values = needs.map((n, i) => (n === null ? null : new Dec(chosen.has(i) ? 1 : 0)));
    return ok({ kind: 'column', values, unit: null });
  },
};
