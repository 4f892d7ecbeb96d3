/**
 * The `ramme check --json` contract (version 2, REPORT_VERSION). Tests, the pane, the web page
 * and other tools read it. Every number is a decimal string: '.' separator, no grouping, no
 * exponent. It is language-neutral: word-valued fields carry codes; only a finding's `message`
 * and a file's `error` are text, in the language asked for.
 */

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'TOTAL_MISMATCH'
  | 'HERAF_EXCEEDS_PARENT'
  | 'CAPACITY_EXCEEDED'
  | 'CAPACITY_UNUSED'
  | 'FUNDING_SHORTFALL'
  | 'FUNDING_SURPLUS'
  | 'UNREADABLE_VALUE'
  | 'AMBIGUOUS_NUMBER'
  | 'TARGET_OFF_TRACK'
  | 'TARGET_YEAR_MISSED'
  | 'MIXED_UNITS'
  | 'BUDGET_COLUMN_MISMATCH'
  | 'STAFF_OVERLAP'
  | 'FORMULA_ERROR';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  /** The cell that is wrong (e.g. the stated total). */
  cell: string;
  /** What Ramme computed. */
  expected: string | null;
  /** What the sheet says. */
  actual: string | null;
  message: string;
}

export interface TableInfo {
  sheet: string;
  range: string;
  kind: TableKind;
  unit: string | null;
}

export type TableKind =
  | 'budget'
  | 'plan'
  | 'staffing'
  | 'financing'
  | 'agreement'
  | 'catalogue'
  | 'indicator'
  | 'status'
  | 'unknown';

export interface CapacityResult {
  sheet: string;
  year: number;
  capacity: string;
  allocated: string;
  difference: string;
}

export interface FundingResult {
  sheet: string;
  spending: string;
  financing: string;
  balance: string;
  unit: string;
}

export interface Observation {
  period: string;
  value: string;
}

/** An indicator's change from its first to its latest observation, by its direction. */
export type IndicatorStatus = 'progress' | 'decline' | 'unchanged';

/** Why an indicator with a target has no years to it. */
export type NoYearsReason = 'NO_CHANGE' | 'MOVING_AWAY' | 'TARGET_REACHED' | 'TOO_FEW_POINTS';

export interface IndicatorResult {
  sheet: string;
  row: number;
  label: string;
  direction: 'up' | 'down';
  unit: string;
  first: Observation | null;
  latest: Observation | null;
  changePoints: string | null;
  ratePerYear: string | null;
  target: string | null;
  yearsToTarget: string | null;
  reachedIn: number | null;
  /** The year the sheet wants the target reached by (a 'Målår' column). */
  targetYear: number | null;
  status: IndicatorStatus | null;
  reason: NoYearsReason | null;
}

export interface StatusResult {
  sheet: string;
  row: number;
  id: string;
  label: string;
  unit: 'count' | 'percent';
  quarter: number;
  target: string;
  targetMax: string | null;
  actual: string;
  attainment: string | null;
  forecast: string | null;
  onTrack: boolean | null;
}

export interface FileReport {
  file: string;
  /** Set when the file could not be read at all; then the lists are empty. */
  error?: string;
  tables: TableInfo[];
  findings: Finding[];
  capacity: CapacityResult[];
  funding: FundingResult[];
  indicators: IndicatorResult[];
  status: StatusResult[];
}

export interface CheckReport {
  version: 2;
  files: FileReport[];
}
