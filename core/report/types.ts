/**
 * The `ramme check --json` contract (version 3, REPORT_VERSION). Tests, the pane, the web page
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
  | 'FORMULA_ERROR'
  | 'FORMULA_OMITS_CELLS'
  | 'FORMULA_DOUBLE_COUNT'
  | 'FORMULA_INCONSISTENT'
  | 'TYPED_AMONG_FORMULAS'
  | 'RUNNING_TOTAL_BREAK'
  | 'SUMMARY_SUM_MISMATCH'
  | 'TYPED_TOTAL_MISMATCH'
  | 'CATEGORY_TOTAL_MISMATCH';

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
  /** What each row and column of the table was taken for: the structure map. */
  roles?: TableRoles;
}

export type RowStructureRole =
  'header' | 'detail' | 'heraf' | 'subtotal' | 'total' | 'derived' | 'note';
export type ColumnStructureRole = 'label' | 'amount' | 'total' | 'derived' | 'date' | 'not-summed';

/** Sheet rows `from` to `to` (both included, 1-based), one after another, that share a role. */
export interface RowRun {
  from: number;
  to: number;
  role: RowStructureRole;
}

export interface TableRoles {
  /** The table's rows in order, as runs; a blank row has no role and so ends a run. */
  rows: RowRun[];
  /** `column` is the column's letter ('B'). */
  columns: Array<{ column: string; role: ColumnStructureRole }>;
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
  /**
   * The plan re-spread to the capacity in whole steps (`proposalStep`), when they differ: one
   * entry per line and heraf part, the lines' `new` adding up to `proposalTotal` (the capacity rounded
   * down to the step). Absent when the plan uses exactly the capacity or cannot be read.
   */
  proposal?: CapacityProposalRow[];
  proposalStep?: string;
  proposalTotal?: string;
}

export interface CapacityProposalRow {
  row: number;
  label: string;
  old: string;
  new: string;
}

export interface FundingResult {
  sheet: string;
  spending: string;
  financing: string;
  balance: string;
  unit: string;
  /** Per funding source, when spending lines name one: what it finances, spends and has left. */
  sources?: FundingSourceResult[];
}

export interface FundingSourceResult {
  /** As the financing table names it; null for spending that names no source. */
  source: string | null;
  financing: string;
  spending: string;
  /** financing − spending: below 0 a shortfall. */
  left: string;
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
  /**
   * Progress against the target by the target year (a 'Målår' column), measured by `method`:
   * 'open-sdg' (the published Open SDG / Statistics Canada measure, the default) or
   * 'linear-pace'. Codes only; absent without a target and a target year.
   */
  progress?: IndicatorProgress;
}

export interface IndicatorProgress {
  method: 'open-sdg' | 'linear-pace';
  targetYear: number;
  /** target_achieved | substantial_progress | moderate_progress | limited_progress | deterioration; null = not available. */
  status:
    | 'target_achieved'
    | 'substantial_progress'
    | 'moderate_progress'
    | 'limited_progress'
    | 'deterioration'
    | null;
  /** R, observed over required growth (decimal string); null where it has no value. */
  ratio: string | null;
  /** Why there is no status (TOO_FEW_POINTS, SIGN_CHANGE, NO_REQUIRED_GROWTH, …); else null. */
  reason: string | null;
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

/** One initiative of a catalogue table, as read (core/check catalogueLines). */
export interface CatalogueResult {
  sheet: string;
  row: number;
  label: string;
  starred: boolean;
  /** The target group's lower bound ('min. 350' → 350); null when none is written. */
  people: string | null;
  /** The financing need in `unit`; null when the line names no amount. */
  need: string | null;
  unit: string | null;
  /** Kroner per person; null without a need or a target group. */
  costPerPerson: string | null;
}

export interface FileReport {
  file: string;
  /** Set when the file could not be read at all; then the lists are empty. */
  error?: string;
  /** The annotated copy written for `--out`. */
  out?: string;
  /** Why the annotated copy could not be written; the file's findings still stand. */
  outError?: string;
  tables: TableInfo[];
  findings: Finding[];
  capacity: CapacityResult[];
  funding: FundingResult[];
  indicators: IndicatorResult[];
  status: StatusResult[];
  /** One entry per initiative of each catalogue table (absent in reports of older versions). */
  catalogue?: CatalogueResult[];
}

export interface CheckReport {
  version: 3;
  files: FileReport[];
}
