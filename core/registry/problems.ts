import type { ProblemClass } from './types';

/** Codes whose problem is "no answer exists" rather than a bad argument. */
const NONE = /^(?:NO_CHANGE|MOVING_AWAY|TARGET_REACHED|TOO_FEW_POINTS)$/;
/** Codes from readArgs: an argument could not be read. */
const INPUT = /^(?:ARG_|INVALID_NUMBER)/;

/**
 * How serious a problem from `run` is, by its code: Excel shows `input` as #VALUE!, `domain` as
 * #NUM! and `none` as #N/A; the CLI exits 2 on `input` and prints the reason on the others.
 */
export function problemClass(code: string): ProblemClass {
  if (INPUT.test(code)) return 'input';
  if (NONE.test(code)) return 'none';
  return 'domain';
}
