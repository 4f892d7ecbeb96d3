import { Dec, type DecimalLike } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import { readValue } from './read';
import { fromDec, mul, toDec, type Rational } from './rational';
import { DEFAULT_CAPACITY_SETTINGS, type CapacityOptions } from './types';

type PersonYears = DecimalLike | Rational;

function isRational(x: PersonYears): x is Rational {
  return typeof x === 'object' && x !== null && 'num' in x && 'den' in x;
}

/** py × factor, exact for a fraction of person-years (29/6 × 1924 is rounded once, at the end). */
function times(py: PersonYears, factor: Dec): Result<Dec> {
  if (isRational(py)) return ok(toDec(mul(py, fromDec(factor))));
  const p = readValue(py, { da: 'Årsværket', en: 'The person-years' });
  return p.ok ? ok(p.value.times(factor)) : p;
}

function positive(x: DecimalLike, what: { da: string; en: string }): Result<Dec> {
  const d = readValue(x, what);
  if (!d.ok) return d;
  if (d.value.lte(0)) {
    return fail('INVALID_SETTING', `${what.da} skal være over 0.`, `${what.en} must be above 0.`);
  }
  return d;
}

const HOURS = { da: 'Timer pr. årsværk', en: 'Hours per person-year' };

/** Person-years → working hours (default 1924 hours per person-year). */
export function personYearsToHours(py: PersonYears, settings: CapacityOptions = {}): Result<Dec> {
  const h = positive(
    settings.hoursPerPersonYear ?? DEFAULT_CAPACITY_SETTINGS.hoursPerPersonYear,
    HOURS,
  );
  if (!h.ok) return h;
  return times(py, h.value);
}

/** Working hours → person-years (a quotient: exact when it ends, else 40 digits). */
export function hoursToPersonYears(
  hours: DecimalLike,
  settings: CapacityOptions = {},
): Result<Dec> {
  const h = positive(
    settings.hoursPerPersonYear ?? DEFAULT_CAPACITY_SETTINGS.hoursPerPersonYear,
    HOURS,
  );
  if (!h.ok) return h;
  const v = readValue(hours, { da: 'Timetallet', en: 'The hours' });
  return v.ok ? ok(v.value.div(h.value)) : v;
}

/** Person-years → kroner at the cost per person-year in the settings. */
export function personYearsToCost(py: PersonYears, settings: CapacityOptions = {}): Result<Dec> {
  const cost = settings.costPerPersonYear ?? DEFAULT_CAPACITY_SETTINGS.costPerPersonYear;
  if (cost === null || cost === undefined) {
    return fail(
      'NO_COST_SETTING',
      'Der er ikke angivet en pris pr. årsværk.',
      'No cost per person-year is set.',
    );
  }
  const c = positive(cost, { da: 'Prisen pr. årsværk', en: 'The cost per person-year' });
  if (!c.ok) return c;
  return times(py, c.value);
}
