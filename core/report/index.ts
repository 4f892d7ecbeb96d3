export type * from './types';
export { REPORT_VERSION } from './version';
