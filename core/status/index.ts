export type {
  ForecastMethod,
  Position,
  Quarter,
  QuarterStatus,
  QuarterTarget,
  SeasonalProfile,
  Standing,
} from './types';
export { attainment, positionOf, type TargetBounds } from './attainment';
export { forecast } from './forecast';
export { RUN_RATE } from './profile';
export { quarterStatus, type QuarterStatusInput } from './quarter-status';
