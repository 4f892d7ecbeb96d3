import { a1, type Sheet } from '../grid';
import { cellText } from './cell-text';
import { say, type Lang } from '../i18n';
import { Dec, formatAmount, toPlain, type Amount } from '../numbers';
import { quarterStatus, type QuarterTarget } from '../status';
import type { DetectedTable } from '../detect';
import type { Finding, StatusResult } from '../report';
import type { TableValues } from './values';

function plainOrNull(d: Dec | null): string | null {
  return d === null ? null : toPlain(d);
}

function targetOf(a: Amount, share: boolean): QuarterTarget {
  const measure = share ? 'share' : 'count';
  if (a.range) return { kind: 'range', low: a.range.low, high: a.range.high, measure };
  return { kind: measure, value: a.value };
}

/**
 * One row of a quarterly status table: attainment, year-end forecast and whether it is on
 * track (core/status). A row off track gets a warning at its result cell; `expected` there is
 * what the target asks for by the end of this quarter at an even pace, `actual` the result.
 */
export function checkStatus(
  sheet: Sheet,
  table: DetectedTable,
  values: TableValues,
  lang: Lang,
): { results: StatusResult[]; findings: Finding[] } {
  const results: StatusResult[] = [];
  const findings: Finding[] = [];
  const quarter = table.quarter;
  const targetCol = table.columns.find((c) => c.role === 'target');
  const resultCol = table.columns.find((c) => c.role === 'result');
  const idCol = table.columns.find((c) => c.role === 'id')?.col;
  const labelCol = table.columns.find((c) => c.role === 'label')?.col;
  if (!targetCol || !resultCol || quarter === null || quarter < 1 || quarter > 4)
    return { results, findings };
  for (const r of table.rows) {
    if (r.role !== 'detail') continue;
    const target = values.at(r.row, targetCol.col);
    const result = values.at(r.row, resultCol.col);
    if (!target || !result) continue;
    const share = target.unit === 'percent' || result.unit === 'percent';
    const status = quarterStatus({
      target: targetOf(target, share),
      result: result.value,
      quarter,
    });
    if (!status.ok) continue;
    const s = status.value;
    const now = s.now;
    results.push({
      sheet: table.sheet,
      row: r.row,
      id: cellText(sheet, r.row, idCol),
      label: r.label || cellText(sheet, r.row, labelCol),
      unit: share ? 'percent' : 'count',
      quarter,
      target: toPlain(target.range ? target.range.low : target.value),
      targetMax: target.range ? toPlain(target.range.high) : null,
      actual: toPlain(result.value),
      // A range has no single attainment (its position says it); a share is not forecast.
      attainment: plainOrNull(now.attainment),
      forecast: s.method === 'not-scaled' ? null : toPlain(s.forecast.value),
      onTrack: s.onTrack,
    });
    if (s.onTrack) continue;
    const low = target.range ? target.range.low : target.value;
    const byNow = share ? low : low.times(quarter).div(4);
    const unit = share ? 'percent' : null;
    const show = (d: Dec): string =>
      formatAmount(d, unit, { lang, decimals: Math.min(1, d.decimalPlaces()) });
    // A count's forecast in whole units, rounded down: 81,33 match are 81 of them.
    const forecast = show(s.forecast.value.floor());
    const message = share
      ? {
          da: `"${r.label}" er ikke på sporet: ${show(result.value)} efter ${quarter}. kvartal, men målet er ${show(low)}.`,
          en: `"${r.label}" is off track: ${show(result.value)} after Q${quarter}, but the target is ${show(low)}.`,
        }
      : {
          da: `"${r.label}" er ikke på sporet: ${show(result.value)} efter ${quarter}. kvartal, hvor målet ${show(low)} kræver ${show(byNow)}; prognosen for året er ${forecast}.`,
          en: `"${r.label}" is off track: ${show(result.value)} after Q${quarter}, where the target ${show(low)} needs ${show(byNow)}; the forecast for the year is ${forecast}.`,
        };
    findings.push({
      severity: 'warning',
      code: 'TARGET_OFF_TRACK',
      sheet: table.sheet,
      cell: a1(r.row, resultCol.col),
      expected: toPlain(byNow),
      actual: toPlain(result.value),
      message: say(message, lang),
    });
  }
  return { results, findings };
}
