import { Dec, formatNumber } from '../numbers';
import { ok, type Problem, type Result } from '../i18n';
import { readValue } from './read';
import type { Plan, PlanSum } from './types';

function py(d: Dec, lang: 'da' | 'en'): string {
  return formatNumber(d, { lang });
}

/**
 * Adds up a person-year plan. 'Heraf' parts are parts of their row, never added; a part (or
 * the parts together) larger than the row is a problem, and so is a stated total that differs.
 */
export function sumPlan(plan: Plan): Result<PlanSum> {
  const problems: Problem[] = [];
  const rows: Dec[] = [];
  for (const [i, row] of plan.rows.entries()) {
    const v = readValue(row.personYears, {
      da: `Række ${i + 1} (${row.label})`,
      en: `Row ${i + 1} (${row.label})`,
    });
    if (!v.ok) return v;
    rows.push(v.value);
    let parts = new Dec(0);
    for (const part of row.parts ?? []) {
      const p = readValue(part.personYears, {
        da: `Heraf-rækken '${part.label}'`,
        en: `The 'of which' row '${part.label}'`,
      });
      if (!p.ok) return p;
      parts = parts.plus(p.value);
      if (p.value.gt(v.value)) {
        problems.push({
          code: 'HERAF_EXCEEDS_PARENT',
          message: {
            da: `Heraf-rækken '${part.label}' (${py(p.value, 'da')}) er større end '${row.label}' (${py(v.value, 'da')}).`,
            en: `The 'of which' row '${part.label}' (${py(p.value, 'en')}) is larger than '${row.label}' (${py(v.value, 'en')}).`,
          },
        });
      }
    }
    const several = (row.parts ?? []).length > 1;
    if (several && parts.gt(v.value)) {
      problems.push({
        code: 'HERAF_EXCEEDS_PARENT',
        message: {
          da: `Heraf-rækkerne under '${row.label}' er tilsammen ${py(parts, 'da')}, mere end rækkens ${py(v.value, 'da')}.`,
          en: `The 'of which' rows under '${row.label}' add up to ${py(parts, 'en')}, more than the row's ${py(v.value, 'en')}.`,
        },
      });
    }
  }
  const total = rows.reduce((a, b) => a.plus(b), new Dec(0));
  let stated: Dec | null = null;
  let difference: Dec | null = null;
  if (plan.statedTotal !== undefined && plan.statedTotal !== null) {
    const s = readValue(plan.statedTotal, { da: 'I alt', en: 'The total' });
    if (!s.ok) return s;
    stated = s.value;
    difference = total.minus(stated);
    if (!difference.isZero()) {
      problems.push({
        code: 'TOTAL_MISMATCH',
        message: {
          da: `Rækkerne summer til ${py(total, 'da')}, men I alt er ${py(stated, 'da')}.`,
          en: `The rows add up to ${py(total, 'en')}, but the total says ${py(stated, 'en')}.`,
        },
      });
    }
  }
  return ok({ total, rows, stated, difference, problems });
}
