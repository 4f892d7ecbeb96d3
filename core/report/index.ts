export type * from './types';
export { REPORT_VERSION } from './version';
export { addRowRole, expandRowRuns } from './row-runs';
