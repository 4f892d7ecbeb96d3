import { fixedToDec, type Dec } from '../numbers';
import type { MoneyUnit, TotalCheck } from './types';

/** A total's own cell as the checks see it; `value` may be made only when read. */
export interface StatedCell {
  cell: string;
  readonly value: Dec;
  unit: MoneyUnit | null;
  decimals?: number;
}

/**
 * A total checked in integers. Its decimals are made when read: a 1.000.000-line table has
 * 10.000 totals, and most callers only look at `ok`.
 */
export class FixedTotalCheck implements TotalCheck {
  private made: Dec | undefined;

  constructor(
    readonly row: number,
    readonly col: number,
    readonly cell: string,
    readonly label: string,
    readonly role: 'total' | 'grandTotal',
    readonly parts: number[],
    private readonly units: number,
    private readonly scale: number,
    private readonly statedCell: StatedCell | undefined,
    readonly unit: MoneyUnit | null,
    readonly ok: boolean,
  ) {}

  get computed(): Dec {
    return (this.made ??= fixedToDec({ units: this.units, scale: this.scale }));
  }

  get stated(): Dec | null {
    return this.statedCell?.value ?? null;
  }

  /** As a plain object (JSON, spreading): the getters' values included. */
  toJSON(): TotalCheck {
    const { row, col, cell, label, role, parts, computed, stated, unit, ok } = this;
    return { row, col, cell, label, role, parts, computed, stated, unit, ok };
  }
}
