import { Dec } from '../../core/numbers';
import type { IndicatorResult, StatusResult } from '../../core/report';
import type { ChartSpec } from '../host/types';
import { forecastAttainment, num } from './results-model';
import type { PaneSettings } from './settings';
import { translate, type StringKey } from './strings';

/**
 * An indicator over its periods with the target drawn as a line; a target year after the last
 * period becomes the last category, so the line runs to the year the target is due.
 */
export function indicatorChart(
  ind: IndicatorResult,
  observed: { periods: string[]; values: Array<number | null> },
  settings: PaneSettings,
): ChartSpec {
  const t = (k: StringKey) => translate(settings.lang, k);
  const periods = observed.periods.slice();
  const values = observed.values.slice();
  const years = periods.flatMap((p) => (/^\d{4}/.exec(p) ? [Number(p.slice(0, 4))] : []));
  const after = years.length === periods.length && periods.length > 0;
  if (
    after &&
    ind.targetYear !== null &&
    ind.target !== null &&
    ind.targetYear > Math.max(...years)
  ) {
    periods.push(String(ind.targetYear));
    values.push(null);
  }
  const target = num(ind.target);
  return {
    kind: 'line',
    sheet: t('chartSheet'),
    title: ind.label,
    categories: periods,
    series: [
      { name: ind.label, values },
      ...(target === null
        ? []
        : [{ name: t('target'), values: periods.map(() => target), target: true }]),
    ],
    ...(ind.unit === 'percent' ? { numFmt: '0.0' } : {}),
  };
}

/**
 * Each initiative's attainment so far and its forecast as columns, as fractions of its target
 * (so counts and percentages share one axis), with the target (100 %) as a line.
 */
export function statusChart(results: readonly StatusResult[], settings: PaneSettings): ChartSpec {
  const t = (k: StringKey) => translate(settings.lang, k);
  return {
    kind: 'columnClustered',
    sheet: t('chartSheet'),
    title: `${t('tabStatus')}: ${t('attainment').toLowerCase()}`,
    categories: results.map((r) => (r.id ? `${r.id} ${r.label}` : r.label)),
    series: [
      {
        name: t('attainment'),
        values: results.map((r) => (r.attainment === null ? null : fraction(r.attainment))),
      },
      {
        name: t('forecast'),
        values: results.map((r) => (r.forecast === null ? null : forecastAttainment(r))),
      },
      { name: t('target'), values: results.map(() => 1), line: true, target: true },
    ],
    numFmt: '0%',
  };
}

/** A percentage as a fraction, exactly (77,5 → 0.775). */
function fraction(percent: string): number | null {
  try {
    return num(new Dec(percent).div(100).toDecimalPlaces(6).toString());
  } catch {
    return null;
  }
}
