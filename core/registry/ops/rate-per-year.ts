import { ratePerYear as rate } from '../../indicators';
import { ok } from '../../i18n';
import type { Operation } from '../types';
import { observationsFrom, SERIES_PARAMS } from './series';

export const ratePerYear: Operation = {
  id: 'ratePerYear',
  excelName: 'AARSRATE',
  cliName: 'aarsrate',
  description: {
    da: 'Den årlige ændring (mindste kvadraters metode over alle punkter) målt i år mellem perioderne.',
    en: 'The yearly change (least squares over all points), with time measured in years between periods.',
  },
  params: [...SERIES_PARAMS],
  result: 'number',
  run(args) {
    const obs = observationsFrom(args);
    if (!obs.ok) return obs;
    const r = rate(obs.value.observations);
    if (!r.ok) return r;
    // Percentages change in points a year; other values in their own unit a year.
    const { percent, valueUnit } = obs.value;
    if (percent) return ok({ kind: 'number', value: r.value, unit: 'points-per-year' });
    return ok({
      kind: 'number',
      value: r.value,
      unit: 'per-year',
      ...(valueUnit ? { valueUnit } : {}),
    });
  },
};
