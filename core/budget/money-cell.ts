import {
  fixedToDec,
  parseAmount,
  readPlain,
  type Dec,
  type Fixed,
  type ParseContext,
  type Unit,
} from '../numbers';
import { moneyUnitOf } from './units';
import type { MoneyCell, MoneyUnit } from './types';

/**
 * A budget cell read by the integer fast path: its `Dec` is made only when something looks at
 * `value` (a stated total, a finding), so a 100.000-line column is summed without one.
 */
export class FixedMoneyCell implements MoneyCell, Fixed {
  private dec: Dec | undefined;
  readonly footnote = null;
  /** The count itself, not the Fixed it came from: no second object per cell is kept. */
  readonly units: number;
  readonly scale: number;

  constructor(
    fixed: Fixed,
    readonly unit: MoneyUnit | null,
    readonly decimals: number | undefined,
    readonly cell?: string,
  ) {
    this.units = fixed.units;
    this.scale = fixed.scale;
  }

  get fixed(): Fixed {
    return this;
  }

  get value(): Dec {
    return (this.dec ??= fixedToDec(this));
  }
}

export interface MoneyContext {
  /** The column's unit; a cell's own unit (its text or number format) wins. */
  unit?: Unit | null;
  style?: ParseContext['style'];
  numFmt?: string;
  /**
   * Person-years and plans are compared exactly; otherwise a number typed as text is compared
   * at the precision it was written with ('7,2'), a real number exactly.
   */
  exact?: boolean;
}

/**
 * A cell's value as a budget cell, or null when it holds no readable amount (its finding is the
 * reader's business: `parseAmount` says why). Plain numbers and plain Danish text take the
 * integer fast path; everything else is read by `parseAmount`, with the same result.
 */
export function moneyCellOf(
  input: unknown,
  context: MoneyContext,
  cell?: string,
): MoneyCell | null {
  const columnUnit = context.unit ?? null;
  const plain = readPlain(input, context.numFmt);
  if (plain) {
    // As parseAmount: a number's format names its unit, else the column's applies.
    const unit = moneyUnitOf(plain.formatUnit ?? columnUnit);
    const decimals = context.exact || plain.source === 'number' ? undefined : plain.fixed.scale;
    return new FixedMoneyCell(plain.fixed, unit, decimals, cell);
  }
  const read = parseAmount(input, {
    unit: columnUnit ?? undefined,
    style: context.style,
    numFmt: context.numFmt,
  });
  if (!read.ok) return null;
  const amount = read.amount;
  return {
    value: amount.range ? amount.range.low : amount.value,
    unit: moneyUnitOf(amount.unit),
    footnote: amount.footnote,
    decimals: context.exact || amount.source === 'number' ? undefined : amount.decimals,
    ...(cell ? { cell } : {}),
  };
}
