import type { Dec } from '../numbers';
import type { RowRole } from '../detect/types';
import type { MoneyCell, MoneyFinding, MoneyUnit } from '../budget';

/** A value column of a spending or financing table: one year, or the whole table (year null). */
export interface FundingPeriod {
  /** 1-based sheet column, used to name cells. */
  col: number;
  year: number | null;
  unit: MoneyUnit | null;
}

/** One row of a spending or a financing table, mirroring a detected row. */
export interface FundingLine {
  row: number;
  label: string;
  role: RowRole;
  /** One per period (same order as `FundingTable.periods`); null for a blank cell. */
  values: Array<MoneyCell | null>;
  /**
   * Spending: the funding source the line names ('Integrationspuljen'), if any.
   * Financing: the source's name when it differs from the label.
   */
  source?: string | null;
}

/** Spending (the agreement's initiatives) next to its financing (the 'Finansiering' table). */
export interface FundingTable {
  sheet: string;
  unit: MoneyUnit | null;
  periods: FundingPeriod[];
  spending: FundingLine[];
  financing: FundingLine[];
}

/** A frame: an amount a year (10 mio. kr. a year from 2006), financing every year it covers. */
export interface Frame {
  label: string;
  amount: Dec;
  unit: MoneyUnit;
  from?: number;
  to?: number;
}

export interface SourceBalance {
  /** The source as the financing table names it; null for spending that names no source. */
  source: string | null;
  financing: Dec;
  spending: Dec;
  /** financing − spending: below 0 a shortfall, above 0 what is left. */
  balance: Dec;
}

export interface PeriodBalance {
  year: number | null;
  unit: MoneyUnit | null;
  spending: Dec;
  financing: Dec;
  balance: Dec;
  /** Per source, when spending lines name sources; else empty. */
  sources: SourceBalance[];
}

export interface FundingCheck {
  periods: PeriodBalance[];
  findings: MoneyFinding[];
}
