import type { Dec } from '../numbers';
import { fail, ok, type Result, type Text } from '../i18n';
import { formatNumber } from '../numbers';
import type { ForecastMethod, Position, QuarterStatus, QuarterTarget } from './types';
import { checkTarget, standing } from './attainment';
import { forecast } from './forecast';
import { checkQuarter } from './profile';

export interface QuarterStatusInput {
  target: QuarterTarget;
  /** The result so far at the end of `quarter`: a cumulative count, or the share in percent. */
  result: Dec;
  quarter: number;
  /** Cumulative percent of the year's count expected by each quarter's end; default run rate. */
  profile?: readonly Dec[];
}

const POSITION_TEXT: Record<'single' | 'range', Record<Position, Text>> = {
  single: {
    below: { da: 'under målet', en: 'below the target' },
    within: { da: 'målet nås', en: 'the target is met' },
    above: { da: 'målet overskrides', en: 'the target is exceeded' },
  },
  range: {
    below: { da: 'under intervallet', en: 'below the range' },
    within: { da: 'inden for intervallet', en: 'within the range' },
    above: { da: 'over intervallet', en: 'above the range' },
  },
};

function isShare(target: QuarterTarget): boolean {
  return target.kind === 'share' || (target.kind === 'range' && target.measure === 'share');
}

function num(d: Dec, lang: 'da' | 'en'): string {
  const places = Math.min(1, d.toDecimalPlaces(1).decimalPlaces());
  return formatNumber(d, { decimals: places, lang });
}

/**
 * The quarterly status of one target: attainment now, the year-end forecast (a count at the
 * run rate or the given seasonal profile; a share as it stands) and whether it is on track.
 */
export function quarterStatus(input: QuarterStatusInput): Result<QuarterStatus> {
  const q = checkQuarter(input.quarter);
  if (!q.ok) return q;
  const t = checkTarget(input.target);
  if (!t.ok) return t;
  if (input.result.isNegative() && !input.result.isZero()) {
    return fail(
      'RESULT_NEGATIVE',
      'Resultatet kan ikke være negativt.',
      'The result cannot be negative.',
    );
  }
  const target = t.value;
  const result = input.result.isZero() ? input.result.abs() : input.result;
  let value = result;
  let method: ForecastMethod = 'not-scaled';
  if (!isShare(target)) {
    const f = forecast(result, q.value, input.profile);
    if (!f.ok) return f;
    value = f.value;
    method = input.profile ? 'seasonal' : 'run-rate';
  }
  const now = standing(result, target);
  const ahead = standing(value, target);
  const words = POSITION_TEXT[target.kind === 'range' ? 'range' : 'single'][ahead.position];
  return ok({
    quarter: q.value,
    target,
    now,
    forecast: ahead,
    method,
    onTrack: ahead.position !== 'below',
    message: {
      da: `Forventet ved årets udgang: ${num(value, 'da')}; ${words.da}.`,
      en: `Expected at year end: ${num(value, 'en')}; ${words.en}.`,
    },
  });
}
