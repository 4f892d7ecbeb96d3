import { apportion, type RowValues } from '../allocation';
import { Dec, formatNumber, type DecimalLike } from '../numbers';
import { ok, type Result, type Text } from '../i18n';
import { sumPlan } from './plan';
import {
  compare,
  floorSteps,
  fromDec,
  isExactDecimal,
  sub,
  toDec,
  type Rational,
} from './rational';
import { readValue } from './read';
import type { Plan, YearCapacity } from './types';

export interface PlanProposal {
  step: Dec;
  /** The capacity rounded down to whole steps: what can be spread. */
  target: Dec;
  /** Whether the capacity was not a whole number of steps. */
  roundedDown: boolean;
  /** One value per plan row (heraf parts are not re-spread). */
  allocations: Dec[];
  note: Text;
}

export interface PlanComparison {
  status: 'over' | 'under' | 'equal';
  planned: Dec;
  capacity: Rational;
  /** planned − capacity, exact; positive means the plan spends more than the staff give. */
  difference: Rational;
  differenceValue: Dec;
  message: Text;
  /** The plan re-spread to the capacity in whole steps (largest remainder); null when equal. */
  proposal: Result<PlanProposal> | null;
}

export interface ComparePlanOptions {
  /** The step of the proposal; default ½ person-year. */
  step?: DecimalLike;
  /** Plan rows (0-based) that keep their value in the proposal. */
  locked?: RowValues;
}

function show(d: Dec, lang: 'da' | 'en', exact = true): string {
  const text = formatNumber(d, { lang, decimals: Math.min(2, Math.max(0, d.decimalPlaces())) });
  return exact && d.decimalPlaces() <= 2 ? text : `${lang === 'da' ? 'ca.' : 'about'} ${text}`;
}

function capacityOf(c: YearCapacity | Rational | DecimalLike): Result<Rational> {
  if (typeof c === 'object' && c !== null && 'personYears' in c) return ok(c.personYears);
  if (typeof c === 'object' && c !== null && 'num' in c && 'den' in c) return ok(c);
  const d = readValue(c, { da: 'Kapaciteten', en: 'The capacity' });
  return d.ok ? ok(fromDec(d.value)) : d;
}

/**
 * A plan against the capacity the staff give: over, under or equal and by how much, with a
 * proposal that re-spreads the plan to the capacity in whole steps. A capacity such as
 * 4 10/12 is no whole number of ½ steps: the proposal spreads the capacity rounded down to
 * the step (4½) and says what is left unspread, so it never plans more than the staff give.
 */
export function comparePlan(
  plan: Plan,
  capacity: YearCapacity | Rational | DecimalLike,
  options: ComparePlanOptions = {},
): Result<PlanComparison> {
  const sum = sumPlan(plan);
  if (!sum.ok) return sum;
  const cap = capacityOf(capacity);
  if (!cap.ok) return cap;
  const planned = sum.value.total;
  const difference = sub(fromDec(planned), cap.value);
  const sign = compare(difference, { num: 0n, den: 1n });
  const status = sign > 0 ? 'over' : sign < 0 ? 'under' : 'equal';
  const diffValue = toDec(difference);
  const capValue = toDec(cap.value);
  const exact = isExactDecimal(cap.value);
  const m = (lang: 'da' | 'en'): string => {
    const [p, c, d] = [
      show(planned, lang),
      show(capValue, lang, exact),
      show(diffValue.abs(), lang, exact),
    ];
    if (lang === 'da') {
      if (status === 'equal') return `Planen fordeler ${p} årsværk, præcis hvad bemandingen giver.`;
      return status === 'over'
        ? `Planen fordeler ${p} årsværk, men bemandingen giver ${c}: ${d} for meget.`
        : `Planen fordeler ${p} årsværk, men bemandingen giver ${c}: ${d} er ikke fordelt.`;
    }
    if (status === 'equal')
      return `The plan allocates ${p} person-years, exactly what the staff give.`;
    return status === 'over'
      ? `The plan allocates ${p} person-years, but the staff give ${c}: ${d} too many.`
      : `The plan allocates ${p} person-years, but the staff give ${c}: ${d} not allocated.`;
  };
  const proposal = status === 'equal' ? null : propose(sum.value.rows, cap.value, exact, options);
  return ok({
    status,
    planned,
    capacity: cap.value,
    difference,
    differenceValue: diffValue,
    message: { da: m('da'), en: m('en') },
    proposal,
  });
}

function propose(
  rows: Dec[],
  capacity: Rational,
  exact: boolean,
  options: ComparePlanOptions,
): Result<PlanProposal> {
  const st = readValue(options.step ?? '0.5', { da: 'Trinnet', en: 'The step' });
  if (!st.ok) return st;
  const step = st.value;
  const steps = step.gt(0) ? floorSteps(capacity, fromDec(step)) : 0n;
  const target = step.times(steps.toString());
  const capValue = toDec(capacity);
  const roundedDown = !target.eq(capValue);
  const r = apportion(target, rows, step, { weightsAre: 'current', locked: options.locked });
  if (!r.ok) return r;
  const left = capValue.minus(target);
  const note = (lang: 'da' | 'en'): string => {
    const [t, s, c, l] = [
      show(target, lang),
      show(step, lang),
      show(capValue, lang, exact),
      show(left, lang, exact),
    ];
    if (!roundedDown) {
      return lang === 'da'
        ? `Forslaget fordeler ${t} årsværk i trin à ${s} efter planens nuværende fordeling.`
        : `The proposal spreads ${t} person-years in steps of ${s} by the plan's current split.`;
    }
    return lang === 'da'
      ? `Kapaciteten ${c} er ikke et helt antal trin à ${s}; forslaget fordeler ${t} årsværk, og ${l} årsværk står ufordelt.`
      : `The capacity ${c} is not a whole number of steps of ${s}; the proposal spreads ${t} person-years and leaves ${l} unspread.`;
  };
  return ok({
    step,
    target,
    roundedDown,
    allocations: r.value.allocations,
    note: { da: note('da'), en: note('en') },
  });
}
