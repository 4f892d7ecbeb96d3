/**
 * core/capacity: person-year plans (rows, 'heraf' parts, stated totals), the capacity a
 * staffing table gives per calendar year (whole months by default, or days; part-time shares),
 * plan against capacity with a step-wise proposal, hours and cost conversions, and multi-year
 * targets. Person-years from months and days stay exact fractions (29/6) until shown (4,83).
 */
export { capacityForYear, display as displayPersonYears } from './staffing';
export {
  DEFAULT_CAPACITY_SETTINGS,
  type CapacityCounting,
  type CapacityOptions,
  type CapacitySettings,
  type Plan,
  type PlanPart,
  type PlanRow,
  type PlanSum,
  type StaffContribution,
  type StaffRow,
  type YearCapacity,
} from './types';
export type { CalendarDate, DateLike } from './dates';
export { readDate, isLeapYear, daysInYear } from './dates';
export type { Rational } from './rational';
export {
  rational,
  fromDec as rationalFromDec,
  toDec as rationalToDec,
  compare as compareRational,
} from './rational';
export { sumPlan } from './plan';
export {
  comparePlan,
  type ComparePlanOptions,
  type PlanComparison,
  type PlanProposal,
} from './compare';
export { personYearsToHours, hoursToPersonYears, personYearsToCost } from './convert';
export { respreadPlan, type PlanLine, type Respread, type RespreadRow } from './respread';
export { spreadOverYears, checkYearlyTargets, type YearValue, type YearlyCheck } from './targets';
