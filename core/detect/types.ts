import type { RangeRef } from '../grid';
import type { Text } from '../i18n';
import type { Unit } from '../numbers/types';
import type { TableKind } from '../report/types';

/** What a column of a detected table holds. */
export type ColumnRole =
  | 'label'
  | 'value' // a numeric column (amount, person-years, count, percent)
  | 'year' // a value column whose header is a year or a period (indicator, multi-year)
  | 'direction' // higher/lower is better
  | 'target'
  | 'targetYear'
  | 'result'
  | 'source' // funding source named on a spending line
  | 'person'
  | 'from'
  | 'to'
  | 'date' // dates or times: never summed
  | 'share'
  | 'targetGroup' // catalogue: 'min. 350 borgere'
  | 'catalogueText' // catalogue: 'Min. 350 borgere til 4,4 mio. kr.' in one cell
  | 'star'
  | 'id'
  | 'area' // pejlemærke / focus area
  | 'adopted' // Vedtaget budget
  | 'supplements' // Tillægsbevillinger
  | 'corrected' // Korrigeret budget
  | 'actual' // Regnskab / Forbrug
  | 'deviation' // Afvigelse
  | 'note';

export interface DetectedColumn {
  col: number;
  header: string;
  role: ColumnRole;
  unit: Unit | null;
  /** For 'year' columns: the period as written in the header ('2012', 'Februar 2011'). */
  period?: string;
  /** Most of its numbers come from formulas that are not sums (`=C3*D3`): never a part of a sum. */
  derived?: boolean;
  /** For a value column headed 'I alt'/'Total' right of year or value columns: the columns it sums. */
  covers?: number[];
}

export type RowRole =
  | 'group' // a heading inside the table ('Afholdte udgifter')
  | 'detail'
  | 'heraf' // a part of the nearest detail row above; never summed
  | 'total' // closes the current group ('I alt')
  | 'grandTotal' // closes the table ('Total', 'Samlet forbrug'), over the group totals
  | 'footnote' // '* heraf 0,7 mio. kr. til …'; never summed
  | 'derived'; // computed from the rows above ('Overhead 7 %', 'Moms 25 %'): never a part

export interface DetectedRow {
  row: number;
  role: RowRole;
  label: string;
  /** For 'heraf': the sheet row of its parent. For totals: the rows they close. */
  parent?: number;
  covers?: number[];
}

export interface DetectedTable {
  sheet: string;
  kind: TableKind;
  range: RangeRef;
  title: string | null;
  headerRow: number;
  columns: DetectedColumn[];
  rows: DetectedRow[];
  /** The table's main unit, from its headers or title. */
  unit: Unit | null;
  /** A year from the title or sheet name, e.g. 'Arbejdsplan 2024'. */
  year: number | null;
  /** A quarter from the title or header (status tables). */
  quarter: number | null;
  /** Why Ramme took the table for its kind, for people (describeTables, the pane). */
  reason?: Text;
}
