import { convert, Dec, ZERO } from '../numbers';
import type { MoneyUnit } from '../budget';
import type { Initiative } from './types';

export interface AreaTotal {
  /** The pejlemærke or fokusområde as written; null for initiatives without one. */
  key: string | null;
  count: number;
  starred: number;
  /** Sum of the financing needs, in the unit asked for. */
  need: Dec;
}

/** Totals per pejlemærke ('area') or fokusområde ('focus'), in order of first appearance. */
export function totalsByArea(
  initiatives: Initiative[],
  by: 'area' | 'focus',
  unit: MoneyUnit,
): AreaTotal[] {
  const out = new Map<string | null, AreaTotal>();
  for (const i of initiatives) {
    const key = i[by];
    const t = out.get(key) ?? { key, count: 0, starred: 0, need: ZERO };
    out.set(key, {
      key,
      count: t.count + 1,
      starred: t.starred + (i.starred ? 1 : 0),
      need: t.need.plus(convert(i.need, i.unit, unit) as Dec),
    });
  }
  return [...out.values()];
}
