import type { Dec, DecimalLike } from '../numbers';
import type { Problem } from '../i18n';
import type { DateLike } from './dates';
import type { Rational } from './rational';

/** How part-year staff count. */
export type CapacityCounting = 'months' | 'days';

export interface CapacitySettings {
  /**
   * 'months' (default): a month counts when the person is employed on every day of it — a
   * start on the 1st counts that month, a start on the 15th does not; leaving on the last day
   * of a month counts that month, leaving earlier does not. 'days': employed days (both ends
   * included) over the days of the year, 365 or 366.
   */
  capacityCounting: CapacityCounting;
  /** Hours in one person-year; Danish public sector 37 × 52 = 1924. */
  hoursPerPersonYear: DecimalLike;
  /** Kroner per person-year, for cost conversions; none by default. */
  costPerPersonYear: DecimalLike | null;
}

/** Settings as callers pass them; `counting` is a short alias of `capacityCounting`. */
export type CapacityOptions = Partial<CapacitySettings> & { counting?: CapacityCounting };

export const DEFAULT_CAPACITY_SETTINGS: CapacitySettings = {
  capacityCounting: 'months',
  hoursPerPersonYear: 1924,
  costPerPersonYear: null,
};

/** One row of a staffing table (Bemanding: Medarbejder, Fra, Til, Andel). */
export interface StaffRow {
  person: string;
  /** First day employed; null or absent: since before the year. */
  from?: DateLike | null;
  /** Last day employed (included); null or absent: open-ended. */
  to?: DateLike | null;
  /** Part-time share, 0 < share ≤ 1 ('0,5' is read as 0.5); default 1. */
  share?: DecimalLike | null;
  /** Where the row is in the sheet, for problems. */
  sheet?: string;
  cell?: string;
}

export interface StaffContribution {
  /** Index of the row in the input. */
  row: number;
  person: string;
  share: Dec;
  /** Whole months counted (month counting) or days employed (day counting) in the year. */
  counted: number;
  personYears: Rational;
}

export interface YearCapacity {
  year: number;
  counting: CapacityCounting;
  /** Exact: 4 + 10/12 is 29/6, never 4.8333…. */
  personYears: Rational;
  /** The same as a Dec (40 digits when not a finite decimal), for comparing and JSON. */
  total: Dec;
  /** Danish and English display, 2 decimals: '4,83 årsværk'. */
  display: { da: string; en: string };
  rows: StaffContribution[];
  /** Unreadable rows, periods that end before they start, overlapping rows for one person. */
  problems: Problem[];
}

export interface PlanPart {
  label: string;
  personYears: DecimalLike;
}

/** A row of a person-year plan; `parts` are its 'heraf' rows, never added to the total. */
export interface PlanRow {
  label: string;
  personYears: DecimalLike;
  parts?: PlanPart[];
}

export interface Plan {
  rows: PlanRow[];
  /** The 'I alt' the plan states, if any. */
  statedTotal?: DecimalLike | null;
}

export interface PlanSum {
  /** Sum of the rows (heraf parts excluded). */
  total: Dec;
  rows: Dec[];
  stated: Dec | null;
  /** total − stated, when a total is stated. */
  difference: Dec | null;
  problems: Problem[];
}
