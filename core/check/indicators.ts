import type { Sheet } from '../grid';
import type { Lang } from '../i18n';
import { Dec, toPlain } from '../numbers';
import type { Unit } from '../numbers';
import {
  changePoints,
  openSdgProgressOf,
  parseDirection,
  parsePeriod,
  periodKey,
  ratePerYear,
  statusOfSeries,
  yearsToTarget,
  type Direction,
  type Observation,
} from '../indicators';
import type { DetectedTable } from '../detect';
import type { Finding, IndicatorProgress, IndicatorResult } from '../report';
import { cellText } from './cell-text';
import { targetYearFinding } from './target-year';
import type { TableValues } from './values';

function plain(d: Dec | null | undefined): string | null {
  return d === null || d === undefined ? null : toPlain(d);
}

/** The direction column says; without one, a target below the first value means lower is better. */
function directionOf(written: string, first: Dec | undefined, target: Dec | undefined): Direction {
  const read = parseDirection(written);
  if (read) return read;
  return first !== undefined && target !== undefined && target.lt(first) ? 'down' : 'up';
}

export interface IndicatorCheck {
  results: IndicatorResult[];
  /** TARGET_YEAR_MISSED where the pace does not reach the target by the sheet's target year. */
  findings: Finding[];
}

/** A target year cell: 2026 as a number or as text; anything else is no target year. */
function targetYearOf(text: string): number | undefined {
  const m = /^(\d{4})(?:\.0+)?$/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** The published Open SDG measure against the target by the target year (the report's default). */
function progressOf(
  observations: Observation[],
  target: Dec,
  targetYear: number,
  direction: Direction,
): IndicatorProgress {
  const p = openSdgProgressOf(observations, { target, targetYear, direction });
  return {
    method: p.method,
    targetYear,
    status: p.status,
    ratio: plain(p.value),
    reason: p.reason,
  };
}

/**
 * Each indicator row as data (core/indicators): first and latest observation over the sparse
 * period columns, change in points, least-squares rate per year, status by the direction, and
 * years to the target at that pace (or a code for why there is no such number), and the
 * sheet's target year against that pace.
 */
export function indicatorResults(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
  lang: Lang,
  /** Points within which a change counts as 'Uændret' (settings.unchangedTolerance). */
  tolerance: Dec = new Dec(0),
): IndicatorCheck {
  const periods = table.columns
    .filter((c) => c.role === 'year')
    .map((c) => ({
      col: c.col,
      period: parsePeriod(c.period ?? c.header, { year: table.year ?? undefined }),
    }))
    .filter((p) => p.period.ok)
    .map((p) => ({
      col: p.col,
      period: (p.period as { ok: true; value: Observation['period'] }).value,
    }));
  const targetCol = table.columns.find((c) => c.role === 'target')?.col;
  const directionCol = table.columns.find((c) => c.role === 'direction')?.col;
  const targetYearCol = table.columns.find((c) => c.role === 'targetYear')?.col;
  const results: IndicatorResult[] = [];
  const findings: Finding[] = [];
  for (const r of table.rows) {
    if (r.role !== 'detail') continue;
    const observations: Observation[] = [];
    let unit: string | null = table.unit;
    for (const p of periods) {
      const a = values.at(r.row, p.col);
      if (!a) continue;
      observations.push({ period: p.period, value: a.value, decimals: a.decimals });
      unit = a.unit ?? unit;
    }
    if (observations.length === 0) continue;
    const target = targetCol === undefined ? null : values.at(r.row, targetCol);
    const first = observations[0]!;
    const latest = observations[observations.length - 1]!;
    const direction = directionOf(
      directionCol === undefined ? '' : cellText(sheet, r.row, directionCol),
      first.value,
      target?.value,
    );
    const rate = ratePerYear(observations);
    const status = statusOfSeries(observations, direction, { tolerance });
    const years = target ? yearsToTarget(observations, target.value, { direction }) : null;
    const written = targetYearOf(cellText(sheet, r.row, targetYearCol));
    const targetYear = target && written !== undefined ? written : null;
    const result: IndicatorResult = {
      sheet: table.sheet,
      row: r.row,
      label: r.label,
      direction,
      unit: unit ?? 'count',
      first: { period: periodKey(first.period), value: toPlain(first.value) },
      latest: { period: periodKey(latest.period), value: toPlain(latest.value) },
      changePoints:
        observations.length > 1 ? toPlain(changePoints(first.value, latest.value)) : null,
      ratePerYear: rate.ok ? toPlain(rate.value) : null,
      target: plain(target?.value),
      yearsToTarget: plain(years?.years),
      reachedIn: years?.year ?? null,
      targetYear,
      status: status.ok ? status.value.status : null,
      reason: years?.reason ?? null,
      ...(target && targetYear !== null
        ? { progress: progressOf(observations, target.value, targetYear, direction) }
        : {}),
    };
    results.push(result);
    const missed =
      targetYearCol === undefined
        ? null
        : targetYearFinding(result, targetYearCol, (unit ?? 'count') as Unit, lang);
    if (missed) findings.push(missed);
  }
  return { results, findings };
}
