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
export { spreadOverYears, checkYearlyTargets, type YearValue, type YearlyCheck } from './targets';
