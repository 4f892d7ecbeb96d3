/**
 * The version of the `ramme check --json` contract. 2: indicator `status` and `reason` are
 * codes instead of words, `targetYear` and the TARGET_YEAR_MISSED finding are new.
 */
export const REPORT_VERSION = 2 as const;
