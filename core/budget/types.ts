import type { Dec, Fixed } from '../numbers';
import type { Text } from '../i18n';
import type { FindingCode, Severity } from '../report/types';
import type { RowRole } from '../detect/types';

/** The money units of these workbooks. */
export type MoneyUnit = 'kr' | '1.000 kr.' | 'mio. kr.';

/** One amount as written in one cell, already read (core/numbers parses the text). */
export interface MoneyCell {
  value: Dec;
  /** The same value as a safe integer count (core/numbers `Fixed`), when the fast path read it. */
  fixed?: Fixed;
  /** The cell's own unit when its text says one ('550.000 kr.'); else the column's applies. */
  unit?: MoneyUnit | null;
  /** A footnote mark after the number ('2,0*' → '*'). */
  footnote?: string | null;
  /** Digits after the decimal separator as published; totals are compared at this precision. */
  decimals?: number;
  /** The cell's address ('B8'); else it is named from the line's row and the column. */
  cell?: string;
}

/** What a value column of a budget overview holds. 'value' and 'year' are plain amounts. */
export type BudgetColumnRole =
  | 'value'
  | 'year'
  | 'adopted' // Vedtaget budget
  | 'supplements' // Tillægsbevillinger
  | 'corrected' // Korrigeret budget
  | 'actual' // Regnskab / Forbrug
  | 'deviation'; // Afvigelse

export interface BudgetColumn {
  /** 1-based sheet column, used to name cells. */
  col: number;
  header: string;
  role: BudgetColumnRole;
  unit: MoneyUnit | null;
}

/** One row of a budget overview, mirroring a detected row (core/detect). */
export interface BudgetLine {
  /** 1-based sheet row. */
  row: number;
  label: string;
  role: RowRole;
  /** One entry per table column (same order as `BudgetTable.columns`); null for a blank cell. */
  values: Array<MoneyCell | null>;
  /** For 'heraf': the row of its parent; else the nearest detail or total above. */
  parent?: number;
  /** For totals: the rows they close; else found from the layout. */
  covers?: number[];
  /** For 'footnote' rows: the mark they explain ('*'); else read from the label's start. */
  mark?: string;
}

export interface BudgetTable {
  sheet: string;
  /** The table's unit (title or header); a column's or a cell's own unit wins over it. */
  unit: MoneyUnit | null;
  columns: BudgetColumn[];
  lines: BudgetLine[];
}

/** A finding in exact numbers; the check layer turns it into a report `Finding`. */
export interface MoneyFinding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** The cell that is wrong, A1 without the sheet ('B8'). */
  cell: string;
  row: number;
  /** What Ramme computed, in `unit`. */
  expected: Dec | null;
  /** What the sheet says, in `unit`. */
  actual: Dec | null;
  /** actual − expected. */
  difference: Dec | null;
  unit: MoneyUnit | null;
  message: Text;
}

/** A total as computed from its own parts next to what the sheet states. */
export interface TotalCheck {
  row: number;
  col: number;
  cell: string;
  label: string;
  role: 'total' | 'grandTotal';
  /** The rows summed. */
  parts: number[];
  computed: Dec;
  stated: Dec | null;
  unit: MoneyUnit | null;
  ok: boolean;
}

export interface BudgetCheck {
  findings: MoneyFinding[];
  totals: TotalCheck[];
}
