import { parsePeriod, type Observation } from '../../indicators';
import { fail, ok, type Result } from '../../i18n';
import type { Dec, Unit } from '../../numbers';
import { param } from '../params';
import { ARG_UNITS, type Args } from '../types';
import { inPercent, percentScale, writtenValues, type Scaled } from './percent-scale';

/** The value list and its periods, as every series operation takes them. */
export const SERIES_PARAMS = [
  param(
    'values',
    'amounts',
    ['værdier', 'values'],
    ['Værdierne; tomme celler springes over.', 'The values; empty cells are skipped.'],
  ),
  param(
    'periods',
    'periods',
    ['perioder', 'periods'],
    [
      'Perioderne: år, måneder, kvartaler eller datoer.',
      'The periods: years, months, quarters or dates.',
    ],
  ),
];

/** A series on one scale: percent cells (0,927) and percent numbers (92,7) both in percent. */
export interface Series {
  observations: Observation[];
  /** The values are percentages (a '%' written, or Excel percent cells). */
  percent: boolean;
  /** The unit all values were written with, when it is not a percentage. */
  valueUnit: Unit | undefined;
  scale: Scaled;
}

function commonUnit(args: Args): Unit | undefined {
  const units = (args[ARG_UNITS]?.values ?? []).filter((u) => u !== null);
  const first = units[0];
  if (first === undefined || first === 'points' || first === 'percent') return undefined;
  return units.every((u) => u === first) ? first : undefined;
}

/**
 * Pairs a value list with its periods. Rows whose value is empty are gaps (sparse year columns)
 * and are left out; a value without a readable period is an input problem. The values and the
 * `together` arguments (a target) are put on one percent scale first: a mix of fractions and
 * percent numbers is refused.
 */
export function observationsFrom(args: Args, together: readonly string[] = []): Result<Series> {
  const scale = percentScale(writtenValues(args, ['values', ...together]));
  if (!scale.ok) return scale;
  const units = args[ARG_UNITS]?.values ?? [];
  const values = (args.values as Array<Dec | null>).map((d, i) =>
    d === null ? null : inPercent({ value: d, unit: units[i] ?? null }, scale.value),
  );
  const periods = args.periods as Array<string | null>;
  if (values.length !== periods.length) {
    return fail(
      'ARG_LENGTH_MISMATCH',
      `Der er ${values.length} værdier men ${periods.length} perioder; de skal passe sammen.`,
      `There are ${values.length} values but ${periods.length} periods; they must match.`,
    );
  }
  const out: Observation[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) continue;
    const text = periods[i];
    const period = text === null || text === undefined ? undefined : parsePeriod(text);
    if (!period?.ok) {
      return fail(
        'ARG_NOT_A_PERIOD',
        `Perioden for værdi ${i + 1} kan ikke læses: '${text ?? ''}' (skriv fx 2012, Februar 2011 eller 3. kvartal 2009).`,
        `The period of value ${i + 1} cannot be read: '${text ?? ''}' (write e.g. 2012 or February 2011).`,
      );
    }
    out.push({ period: period.value, value });
  }
  if (out.length < 2) {
    return fail(
      'TOO_FEW_POINTS',
      'Der skal mindst to værdier med perioder til at beregne en udvikling.',
      'At least two values with periods are needed to compute a change.',
    );
  }
  return ok({
    observations: out,
    percent: scale.value.percent,
    valueUnit: commonUnit(args),
    scale: scale.value,
  });
}
