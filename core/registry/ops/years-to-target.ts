import { yearsToTarget as years } from '../../indicators';
import { fail, ok } from '../../i18n';
import type { Dec } from '../../numbers';
import { param } from '../params';
import type { Operation } from '../types';
import { observationsFrom, SERIES_PARAMS } from './series';

export const yearsToTarget: Operation = {
  id: 'yearsToTarget',
  excelName: 'AARTILMAAL',
  cliName: 'aartilmaal',
  description: {
    da: 'Antal år til målet nås i det nuværende tempo, fra seneste værdi. Ingen tal, hvis udviklingen står stille eller går væk fra målet.',
    en: 'Years until the target is reached at the current pace, from the latest value. No number when the pace is zero or away from the target.',
  },
  params: [
    ...SERIES_PARAMS,
    param(
      'target',
      'amount',
      ['mål', 'target'],
      ['Målet i samme enhed som værdierne.', 'The target in the unit of the values.'],
    ),
  ],
  result: 'number',
  run(args) {
    const obs = observationsFrom(args);
    if (!obs.ok) return obs;
    const r = years(obs.value, args.target as Dec);
    if (r.years === null) return fail(r.reason, r.message.da, r.message.en);
    return ok({ kind: 'number', value: r.years, unit: 'years' });
  },
};
