/**
 * The version of the `ramme check --json` contract. 2: indicator `status` and `reason` are
 * codes instead of words, `targetYear` and the TARGET_YEAR_MISSED finding are new. 3: a table's
 * `roles.rows` are runs `{ from, to, role }` of consecutive rows sharing a role, instead of one
 * `{ row, role }` per row (a million-line table's map was 30 MB of JSON and 64 MB of memory).
 */
export const REPORT_VERSION = 3 as const;
