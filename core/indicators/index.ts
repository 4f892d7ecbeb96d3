export type {
  Anchor,
  Direction,
  NoYearsReason,
  Observation,
  Period,
  Published,
  TimeOptions,
  YearsToTarget,
} from './types';
export { parsePeriod, periodKey, periodLabel, type PeriodContext } from './period';
export { periodMonths, yearsBetween } from './time';
export { parseDirection } from './direction';
export { changePoints, relativeChange } from './change';
export { ratePerYear } from './rate';
export {
  statusOfChange,
  statusOfSeries,
  STATUS_LABELS,
  type ChangeStatus,
  type StatusOptions,
  type StatusResult,
} from './status';
export { yearsToTarget, NO_YEARS_MESSAGES, type TargetOptions } from './target';
export { gapSeries, gapClosing, type GapClosing } from './gap';
export { PROGRESS_LABELS, type ProgressMethod, type ProgressStatus } from './bands';
export {
  openSdgProgress,
  openSdgProgressOf,
  compoundGrowth,
  type NoProgressReason,
  type OpenSdgOptions,
  type OpenSdgProgress,
  type ProgressComponents,
  type Thresholds,
} from './open-sdg';
export {
  linearPaceProgress,
  BAND_LABELS,
  BAND_THRESHOLDS,
  type NoBandReason,
  type ProgressBand,
  type ProgressOptions,
  type ProgressResult,
} from './progress';
