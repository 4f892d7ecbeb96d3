import type { Cell, Sheet, Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';
import type { SheetRange } from '../host/types';
import type { WebChart } from './chart-sheet';

/** The workbook the user opened: its bytes (never sent anywhere) and its grid in memory. */
export interface WebDoc {
  name: string;
  /** 'xlsx' for every OOXML package (.xlsx and .xlsm alike): what the writer can patch. */
  format: 'xlsx' | 'ods' | 'csv';
  original: Uint8Array;
  /** The live grid: writes replace cell objects in it (never mutate them). */
  workbook: Workbook;
}

/** One cell Ramme has changed since the file was opened (what the download writes back). */
export interface ChangedCell {
  sheet: string;
  cell: string;
}

/** What the sheet view shows; replaced (never mutated) on every change. */
export interface ViewState {
  active: string;
  marks: Finding[];
  /** The cell goTo last showed; seq changes each time so the view scrolls again. */
  focus: { sheet: string; cell: string; seq: number } | null;
  selection: SheetRange | null;
  /** Cells written since opening, keyed 'sheet\u0000A1'. */
  changed: ReadonlySet<string>;
  /** Sheets Ramme added (the "Ramme" results sheet). */
  added: readonly string[];
  /** Charts inserted on sheets Ramme added: drawn natively in the downloaded workbook. */
  charts: readonly WebChart[];
  revision: number;
}

export const changedKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

export function splitChangedKey(key: string): ChangedCell {
  const at = key.indexOf('\u0000');
  return { sheet: key.slice(0, at), cell: key.slice(at + 1) };
}

/** A tiny observable for useSyncExternalStore: the web host writes, the views read. */
export class ViewStore {
  private state: ViewState;
  private readonly listeners = new Set<() => void>();

  constructor(readonly doc: WebDoc) {
    const first = doc.workbook.sheets.find((s) => !s.hidden) ?? doc.workbook.sheets[0];
    this.state = {
      active: first?.name ?? '',
      marks: [],
      focus: null,
      selection: null,
      changed: new Set(),
      added: [],
      charts: [],
      revision: 0,
    };
  }

  get = (): ViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<Omit<ViewState, 'revision'>>): void {
    this.state = { ...this.state, ...change, revision: this.state.revision + 1 };
    for (const l of this.listeners) l();
  }

  sheet(name: string): Sheet | undefined {
    return this.doc.workbook.sheets.find((s) => s.name === name);
  }
}

/** Puts a cell into a sheet's rows, growing the sheet's size as needed. */
export function putCell(sheet: Sheet, row: number, col: number, cell: Cell | undefined): void {
  while (sheet.rows.length < row) sheet.rows.push(undefined);
  const cells = (sheet.rows[row - 1] ??= []);
  while (cells.length < col) cells.push(undefined);
  cells[col - 1] = cell;
  if (cell) {
    sheet.rowCount = Math.max(sheet.rowCount, row);
    sheet.colCount = Math.max(sheet.colCount, col);
  }
}
