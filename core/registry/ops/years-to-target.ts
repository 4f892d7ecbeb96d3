import { parseDirection, yearsToTarget as years, type Direction } from '../../indicators';
import { fail, ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';
import { inPercent, unitOf } from './percent-scale';
import { observationsFrom, SERIES_PARAMS } from './series';

/** As the workbook check infers it: a target below the first value means lower is better. */
function inferred(first: Dec, target: Dec): Direction {
  return target.lt(first) ? 'down' : 'up';
}

export const yearsToTarget: Operation = {
  id: 'yearsToTarget',
  excelName: 'AARTILMAAL',
  cliName: 'aartilmaal',
  description: {
    da: 'Antal år til målet nås i det nuværende tempo, fra seneste værdi. Ingen tal, hvis målet er nået, udviklingen står stille eller går væk fra målet.',
    en: 'Years until the target is reached at the current pace, from the latest value. No number when the target is reached, the pace is zero or away from the target.',
  },
  params: [
    ...SERIES_PARAMS,
    param(
      'target',
      'amount',
      ['mål', 'target'],
      ['Målet i samme enhed som værdierne.', 'The target in the unit of the values.'],
    ),
    param(
      'direction',
      'text',
      ['retning', 'direction'],
      [
        "Hvad der er bedst: 'op' (højere er bedre) eller 'ned'. Uden: et mål under første værdi betyder 'ned'.",
        "Which way is better: 'up' (higher is better) or 'down'. Without: a target below the first value means 'down'.",
      ],
      true,
    ),
  ],
  result: 'number',
  run(args) {
    const series = observationsFrom(args, ['target']);
    if (!series.ok) return series;
    const { observations, scale } = series.value;
    const target = inPercent({ value: args.target as Dec, unit: unitOf(args, 'target') }, scale);
    let direction: Direction;
    if (args.direction === undefined) direction = inferred(observations[0]!.value, target);
    else {
      const read = parseDirection(args.direction as string);
      if (!read) {
        return fail(
          'ARG_NOT_A_DIRECTION',
          `Retningen '${args.direction as string}' kan ikke læses: skriv 'op' eller 'ned'.`,
          `The direction '${args.direction as string}' cannot be read: write 'up' or 'down'.`,
        );
      }
      direction = read;
    }
    const r = years(observations, target, { direction });
    if (r.years === null) return fail(r.reason, r.message.da, r.message.en);
    return ok({ kind: 'number', value: r.years, unit: 'years' });
  },
};
