import { apportion } from '../allocation';
import { Dec, formatNumber, type DecimalLike } from '../numbers';
import { fail, ok, type Problem, type Result } from '../i18n';
import { readValue } from './read';

export interface YearValue {
  year: number;
  value: Dec;
}

/** A multi-year target spread over its years by weights, in whole steps (default 1). */
export function spreadOverYears(
  total: DecimalLike,
  years: readonly { year: number; weight: DecimalLike }[],
  step: DecimalLike = 1,
): Result<YearValue[]> {
  const r = apportion(
    total,
    years.map((y) => y.weight),
    step,
  );
  if (!r.ok) return r;
  return ok(years.map((y, i) => ({ year: y.year, value: r.value.allocations[i] })));
}

export interface YearlyCheck {
  sum: Dec;
  total: Dec;
  /** sum − total. */
  difference: Dec;
  problems: Problem[];
}

/** Whether the yearly rows of a target (50 + 75 + 75) add up to the total (200). */
export function checkYearlyTargets(
  total: DecimalLike,
  years: readonly { year: number; value: DecimalLike }[],
): Result<YearlyCheck> {
  const t = readValue(total, { da: 'Målet i alt', en: 'The total target' });
  if (!t.ok) return t;
  let sum = new Dec(0);
  const seen = new Set<number>();
  for (const y of years) {
    if (seen.has(y.year)) {
      return fail(
        'DUPLICATE_YEAR',
        `Året ${y.year} står to gange.`,
        `The year ${y.year} is listed twice.`,
      );
    }
    seen.add(y.year);
    const v = readValue(y.value, { da: `Målet for ${y.year}`, en: `The target for ${y.year}` });
    if (!v.ok) return v;
    sum = sum.plus(v.value);
  }
  const difference = sum.minus(t.value);
  const problems: Problem[] = difference.isZero()
    ? []
    : [
        {
          code: 'TOTAL_MISMATCH',
          message: {
            da: `Årene summer til ${formatNumber(sum)}, men målet i alt er ${formatNumber(t.value)}.`,
            en: `The years add up to ${formatNumber(sum, { lang: 'en' })}, but the total target is ${formatNumber(t.value, { lang: 'en' })}.`,
          },
        },
      ];
  return ok({ sum, total: t.value, difference, problems });
}
