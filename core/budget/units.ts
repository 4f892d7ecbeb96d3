import { convert, type Dec } from '../numbers';
import type { MoneyUnit } from './types';

export function isMoneyUnit(u: unknown): u is MoneyUnit {
  return u === 'kr' || u === '1.000 kr.' || u === 'mio. kr.';
}

/** A unit as a money unit, or null ('årsværk', 'count', none). */
export function moneyUnitOf(u: unknown): MoneyUnit | null {
  return isMoneyUnit(u) ? u : null;
}

/** Exact (core/numbers `convert`): money units always convert into each other. */
export function convertMoney(value: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  return convert(value, from, to) as Dec;
}
