import { Dec, ZERO } from '../numbers';
import { ok, type Result } from '../i18n';

export interface StaffInput {
  person: string;
  from: Date | null;
  to: Date | null;
  share: Dec | null;
}

function monthIndex(d: Date): number {
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Whole months in `year` between from and to, times the share (temporary, until core/capacity). */
export function capacityForYear(
  staff: StaffInput[],
  year: number,
  _settings: { counting: 'months' | 'days' },
): Result<{ total: Dec }> {
  let total = ZERO;
  for (const s of staff) {
    const first = Math.max(year * 12, s.from ? monthIndex(s.from) : year * 12);
    const last = Math.min(year * 12 + 11, s.to ? monthIndex(s.to) : year * 12 + 11);
    if (last < first) continue;
    total = total.plus(new Dec(last - first + 1).div(12).times(s.share ?? 1));
  }
  return ok({ total });
}
