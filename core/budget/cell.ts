import type { Amount } from '../numbers';
import { moneyUnitOf } from './units';
import type { MoneyCell } from './types';

/** A parsed cell (core/numbers `parseAmount`) as a budget cell; a non-money unit is dropped. */
export function moneyCellFrom(amount: Amount, cell?: string): MoneyCell {
  return {
    value: amount.value,
    unit: moneyUnitOf(amount.unit),
    footnote: amount.footnote,
    decimals: amount.decimals,
    ...(cell ? { cell } : {}),
  };
}
