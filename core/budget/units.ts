import { Dec } from '../numbers/decimal';
import type { MoneyUnit } from './types';

const KRONER: Record<MoneyUnit, Dec> = {
  kr: new Dec(1),
  '1.000 kr.': new Dec(1000),
  'mio. kr.': new Dec(1_000_000),
};

export function isMoneyUnit(u: unknown): u is MoneyUnit {
  return u === 'kr' || u === '1.000 kr.' || u === 'mio. kr.';
}

/** Exact: the factors are powers of ten, so no digit is lost within 40 significant digits. */
export function convertMoney(value: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  if (from === to) return value;
  return value.times(KRONER[from]).div(KRONER[to]);
}

/** How many kroner one of `unit` is. */
export function kronerPer(unit: MoneyUnit): Dec {
  return KRONER[unit];
}
