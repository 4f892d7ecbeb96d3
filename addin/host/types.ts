import type { Lang } from '../../core/i18n';
import type { Workbook } from '../../core/grid';
import type { Finding, TableInfo } from '../../core/report';

/** A value to write into one cell: numbers are written as numbers with a number format. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: number | string | null;
  numFmt?: string;
}

export type WriteOutcome =
  | { ok: true; written: number }
  /** Nothing was written: these cells hold formulas and the caller did not allow overwriting. */
  | { ok: false; formulaCells: string[] };

export type ReadScope = 'sheet' | 'selection' | 'workbook';

/** A sheet and an A1 range on it ('Ark1', 'B2:B9'). */
export interface SheetRange {
  sheet: string;
  range: string;
}

/**
 * A table for Ramme's own results sheet ("Ramme"): what the Indikatorer and Status views write.
 * Numbers are numbers (percentages as fractions with a '%' format), never Danish text.
 */
export interface ResultsTable {
  kind: 'indicators' | 'status';
  title: string;
  header: string[];
  rows: Array<Array<number | string | null>>;
  /** Number format per column ('0.0', '0.0%'); undefined for General. */
  numFmts: Array<string | undefined>;
  /** Indicators: a line chart of one indicator's observations. */
  chart?: { title: string; periods: string[]; values: Array<number | null> };
  /** Status: the 0-based column holding forecast attainment as a fraction: traffic lights. */
  trafficLightColumn?: number;
}

/**
 * A chart the pane inserts (Indikatorer: an indicator over the years with its target; Status:
 * attainment and forecast against the target): its data goes to a new sheet of its own and the
 * host draws it natively there (Excel: a chart object; web page: a chart part in the download).
 */
export interface ChartSpec {
  kind: 'line' | 'columnClustered';
  /** The new sheet's name (a free variant of it when the workbook has one already). */
  sheet: string;
  title: string;
  /** The category labels: periods or initiatives. */
  categories: string[];
  /**
   * Named series of numbers (null: no value); `line` draws a series of a column chart as a
   * line, `target` marks the target (a dashed line).
   */
  series: Array<{ name: string; values: Array<number | null>; line?: boolean; target?: boolean }>;
  /** The value axis' number format ('0%'). */
  numFmt?: string;
}

/** Where an inserted chart went: the new sheet's name. */
export interface ChartOutcome {
  sheet: string;
}

/**
 * What the pane needs from where it runs: Excel (Office.js adapter) or the standalone web page
 * (a workbook opened in the browser). The pane's views call only this.
 */
export interface Host {
  kind: 'excel' | 'web';
  lang: Lang;
  /** The workbook (all of it, or only the active sheet / selection) as a grid. */
  read(scope: ReadScope): Promise<Workbook>;
  /** Name of the active (web: chosen) sheet. */
  activeSheet(): Promise<string>;
  /** Shows a cell: selects it in Excel, scrolls to it on the web page. */
  goTo(sheet: string, cell: string): Promise<void>;
  /** Marks findings' cells with a fill and a note; clearMarks restores what was there. */
  markFindings(findings: Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /**
   * The structure map as cell fills (Excel): tints the tables' cells by role, keeping each
   * cell's own fill so hideStructure puts it back. Optional: the web page draws its own map.
   */
  showStructure?(tables: TableInfo[]): Promise<void>;
  hideStructure?(): Promise<void>;
  /** Writes values; keeps a snapshot of what it overwrote so undo() can restore it. */
  write(writes: CellWrite[], options: { overwriteFormulas: boolean }): Promise<WriteOutcome>;
  /** Restores the last write's snapshot (values and formats); false when there is nothing to undo. */
  undo(): Promise<boolean>;
  canUndo(): boolean;
  /** The selected range (for "total from a cell"); null when there is none. Optional. */
  selection?(): Promise<SheetRange | null>;
  /** Writes a results table to the "Ramme" sheet (table, chart, traffic lights). Optional. */
  writeResults?(table: ResultsTable): Promise<WriteOutcome>;
  /** Writes a chart's data to a new sheet and draws it natively there; undo() removes the sheet. */
  insertChart?(spec: ChartSpec): Promise<ChartOutcome>;
}
