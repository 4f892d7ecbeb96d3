import { a1 } from '../grid';
import { say, type Lang } from '../i18n';
import { formatAmount, type Unit } from '../numbers';
import type { Finding, IndicatorResult } from '../report';

/**
 * TARGET_YEAR_MISSED: the sheet wants the target by its 'Målår', and at the current pace (least
 * squares over all observations) it is reached only after that year, or never. Nothing when
 * the target is reached already or the observations give no pace: then there is nothing to say.
 */
export function targetYearFinding(
  i: IndicatorResult,
  col: number,
  unit: Unit,
  lang: Lang,
): Finding | null {
  if (i.targetYear === null || i.target === null) return null;
  const target = formatAmount(i.target, unit, { lang });
  const label = i.label;
  const year = i.targetYear;
  let message: { da: string; en: string };
  if (i.reachedIn !== null) {
    if (i.reachedIn <= year) return null;
    message = {
      da: `"${label}": målet ${target} nås i ${i.reachedIn} i det nuværende tempo, efter målåret ${year}.`,
      en: `"${label}": at the current pace the target ${target} is reached in ${i.reachedIn}, after the target year ${year}.`,
    };
  } else if (i.reason === 'NO_CHANGE' || i.reason === 'MOVING_AWAY') {
    const why =
      i.reason === 'NO_CHANGE'
        ? { da: 'indikatoren står stille', en: 'the indicator is not moving' }
        : {
            da: 'indikatoren bevæger sig væk fra målet',
            en: 'the indicator is moving away from it',
          };
    message = {
      da: `"${label}": målet ${target} nås ikke inden målåret ${year}; ${why.da}.`,
      en: `"${label}": the target ${target} is not reached by the target year ${year}; ${why.en}.`,
    };
  } else return null;
  return {
    severity: 'warning',
    code: 'TARGET_YEAR_MISSED',
    sheet: i.sheet,
    cell: a1(i.row, col),
    // Years, not amounts: the message says them; a 'stated/computed' pair would show 2.026.
    expected: null,
    actual: null,
    message: say(message, lang),
  };
}
