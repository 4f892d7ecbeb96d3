import type { Dec } from '../numbers';
import { ok, type Result } from '../i18n';
import { checkProfile, checkQuarter, RUN_RATE } from './profile';

/**
 * A cumulative count forecast to year end: result × 100 ÷ (the profile's share by the end of
 * the quarter). At the run rate that is ×4 after Q1, ×2 after Q2, ×4/3 after Q3, ×1 after Q4.
 * One division, rounded at the 40th significant digit when it does not terminate.
 */
export function forecast(result: Dec, quarter: number, profile?: readonly Dec[]): Result<Dec> {
  const q = checkQuarter(quarter);
  if (!q.ok) return q;
  const p = profile ? checkProfile(profile) : ok(RUN_RATE);
  if (!p.ok) return p;
  const share = p.value[q.value - 1];
  const f = result.times(100).div(share);
  return ok(f.isZero() ? f.abs() : f);
}
