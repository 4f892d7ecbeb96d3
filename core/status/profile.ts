import { Dec } from '../numbers';
import { fail, ok, type Result } from '../i18n';
import type { Quarter, SeasonalProfile } from './types';

/** Even spread over the year: a quarter's result is a quarter of the year's. */
export const RUN_RATE: SeasonalProfile = [new Dec(25), new Dec(50), new Dec(75), new Dec(100)];

/** Checks a user's profile: positive, never falling, 100 % by the end of Q4. */
export function checkProfile(profile: readonly Dec[]): Result<SeasonalProfile> {
  const good =
    profile.length === 4 &&
    profile.every((p, i) => p.isPositive() && !p.isZero() && (i === 0 || p.gte(profile[i - 1]))) &&
    profile[3].eq(100);
  if (!good) {
    return fail(
      'PROFILE_INVALID',
      'En sæsonprofil er fire kumulerede andele i procent, der ikke falder og ender på 100 (fx 20, 45, 70, 100).',
      'A seasonal profile is four cumulative shares in percent that never fall and end at 100 (e.g. 20, 45, 70, 100).',
    );
  }
  return ok([profile[0], profile[1], profile[2], profile[3]]);
}

export function checkQuarter(quarter: number): Result<Quarter> {
  if (quarter === 1 || quarter === 2 || quarter === 3 || quarter === 4) return ok(quarter);
  return fail(
    'QUARTER_INVALID',
    `Kvartalet skal være 1, 2, 3 eller 4, ikke ${String(quarter)}.`,
    `The quarter must be 1, 2, 3 or 4, not ${String(quarter)}.`,
  );
}
