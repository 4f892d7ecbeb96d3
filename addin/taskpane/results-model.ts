import { reasonText, statusName } from '../../core/check';
import type { DetectedTable } from '../../core/detect';
import type { Workbook } from '../../core/grid';
import { Dec } from '../../core/numbers';
import type { IndicatorResult, StatusResult } from '../../core/report';
import type { ResultsTable } from '../host/types';
import { amountAt } from './engine';
import type { PaneSettings } from './settings';
import { translate } from './strings';

/** A decimal string from the report as an Excel number (few digits: exact enough for a cell). */
export function num(s: string | null): number | null {
  if (s === null || s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : null;
}

/** One indicator's observations for its chart: the table's period columns at its row. */
export function indicatorSeries(
  workbook: Workbook,
  tables: readonly DetectedTable[],
  ind: IndicatorResult,
): { periods: string[]; values: Array<number | null> } {
  const table = tables.find(
    (t) => t.sheet === ind.sheet && t.rows.some((r) => r.row === ind.row) && t.kind === 'indicator',
  );
  const cols = table?.columns.filter((c) => c.role === 'year') ?? [];
  return {
    periods: cols.map((c) => c.period ?? c.header),
    values: cols.map((c) => {
      const v = amountAt(workbook, ind.sheet, ind.row, c.col);
      return v === null ? null : num(v.toString());
    }),
  };
}

export function indicatorsTable(
  results: readonly IndicatorResult[],
  settings: PaneSettings,
  chart?: ResultsTable['chart'],
): ResultsTable {
  const t = (k: Parameters<typeof translate>[1]) => translate(settings.lang, k);
  return {
    kind: 'indicators',
    title: `${t('appTitle')}: ${t('tabIndicators')}`,
    header: [
      t('indicator'),
      t('first'),
      t('latest'),
      t('change'),
      t('rate'),
      t('target'),
      t('yearsToTarget'),
      t('reachedIn'),
      t('statusCol'),
    ],
    numFmts: [undefined, '0.0', '0.0', '0.0', '0.00', '0.0', '0.0', '0', undefined],
    rows: results.map((r) => [
      r.label,
      num(r.first?.value ?? null),
      num(r.latest?.value ?? null),
      num(r.changePoints),
      num(r.ratePerYear),
      num(r.target),
      num(r.yearsToTarget),
      r.reachedIn,
      r.status !== null
        ? statusName(r.status, settings.lang)
        : r.reason !== null
          ? reasonText(r.reason, settings.lang)
          : '',
    ]),
    ...(chart ? { chart } : {}),
  };
}

/** Forecast ÷ target as a fraction (traffic lights); attainment so far when there is no forecast. */
export function forecastAttainment(r: StatusResult): number | null {
  try {
    if (r.forecast !== null) {
      const target = new Dec(r.target);
      return target.isZero()
        ? null
        : num(new Dec(r.forecast).div(target).toDecimalPlaces(4).toString());
    }
    return r.attainment === null
      ? null
      : num(new Dec(r.attainment).div(100).toDecimalPlaces(4).toString());
  } catch {
    return null;
  }
}

export function statusTable(
  results: readonly StatusResult[],
  settings: PaneSettings,
): ResultsTable {
  const t = (k: Parameters<typeof translate>[1]) => translate(settings.lang, k);
  return {
    kind: 'status',
    title: `${t('appTitle')}: ${t('tabStatus')}`,
    header: [
      t('initiative'),
      t('quarter'),
      t('target'),
      t('result'),
      t('attainment'),
      t('forecast'),
      t('onTrack'),
    ],
    numFmts: [undefined, '0', '#,##0.##', '#,##0.##', '0.0%', '0.0%', undefined],
    rows: results.map((r) => [
      r.id ? `${r.id} ${r.label}` : r.label,
      r.quarter,
      r.targetMax ? `${r.target}-${r.targetMax}` : num(r.target),
      num(r.actual),
      r.attainment === null
        ? null
        : num(new Dec(r.attainment).div(100).toDecimalPlaces(4).toString()),
      forecastAttainment(r),
      r.onTrack === null ? '' : r.onTrack ? t('yes') : t('no'),
    ]),
    trafficLightColumn: 5,
  };
}
