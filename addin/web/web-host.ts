import {
  cellAt,
  parseA1,
  parseRange,
  sheetCell,
  wideColumns,
  type Cell,
  type Sheet,
  type Workbook,
} from '../../core/grid';
import type { Lang } from '../../core/i18n';
import type { Finding } from '../../core/report';
import { freeSheetName } from '../host/chart-layout';
import type {
  CellWrite,
  ChartSpec,
  Host,
  ReadScope,
  ResultsTable,
  SheetRange,
  WriteOutcome,
} from '../host/types';
import { chartSheet, nativeChart, type WebChart } from './chart-sheet';
import { resultsChart, resultsSheet, RESULTS_SHEET } from './results-sheet';
import { changedKey, putCell, type ViewStore } from './store';

/** What one write replaced: restoring it undoes the write exactly. */
type UndoStep =
  | {
      kind: 'cells';
      cells: Array<{ sheet: string; cell: string; before: Cell | undefined; wasChanged: boolean }>;
    }
  | {
      kind: 'sheet';
      before: Sheet | undefined;
      index: number;
      wasAdded: boolean;
      charts: readonly WebChart[];
    }
  | { kind: 'chart'; sheet: string };

/**
 * A row's cells from column `left` to `right` (1-based) in an array of their own. A wide row
 * (a note in XFD) is copied by the cells it holds: slice() and map() walk all 16.384 columns.
 */
function copyRow(row: Row, left: number, right: number): Row {
  const wide = wideColumns(row, left - 1, right - 1);
  if (!wide) {
    if (left <= 1 && right >= row.length) return row.slice();
    return row.map((cell, c) => (c + 1 >= left && c + 1 <= right ? cell : undefined));
  }
  const out: Row = [];
  for (const c of wide) out[c] = row[c];
  return out;
}

type Row = NonNullable<Sheet['rows'][number]>;

/** A copy a caller may keep: later writes replace cells in the live grid, never these rows. */
function copySheet(sheet: Sheet, range?: string): Sheet {
  const r = range ? parseRange(range) : undefined;
  const rows = sheet.rows.map((row, i) => {
    if (!row) return undefined;
    if (!r) return copyRow(row, 1, row.length);
    if (i + 1 < r.top || i + 1 > r.bottom) return undefined;
    return copyRow(row, r.left, r.right);
  });
  return { ...sheet, rows, merges: sheet.merges.slice() };
}

/**
 * The Host for the standalone page: the workbook lives in memory, the sheet view shows it.
 * goTo scrolls the view, marks colour cells in it, writes change the grid (formulas only with
 * permission) and keep what they replaced so "Fortryd" restores it.
 */
export function createWebHost(store: ViewStore, lang: Lang | (() => Lang)): Host {
  const wb = store.doc.workbook;
  const undoStack: UndoStep[] = [];

  const read = async (scope: ReadScope): Promise<Workbook> => {
    const { active, selection } = store.get();
    if (scope === 'workbook') {
      return { name: wb.name, sheets: wb.sheets.map((s) => copySheet(s)), names: wb.names };
    }
    const where = scope === 'selection' && selection ? selection : { sheet: active, range: '' };
    const sheet = store.sheet(where.sheet);
    return {
      name: wb.name,
      sheets: sheet ? [copySheet(sheet, where.range || undefined)] : [],
      names: wb.names.filter((n) => n.sheet === where.sheet),
    };
  };

  const write = async (
    writes: CellWrite[],
    options: { overwriteFormulas: boolean },
  ): Promise<WriteOutcome> => {
    const targets = writes.flatMap((w) => {
      const sheet = store.sheet(w.sheet);
      const at = parseA1(w.cell);
      return sheet && at ? [{ w, sheet, at }] : [];
    });
    const formulaCells = targets
      .filter(({ sheet, at }) => cellAt(sheet, at.row, at.col)?.formula !== undefined)
      .map(({ w }) => sheetCell(w.sheet, w.cell));
    if (formulaCells.length > 0 && !options.overwriteFormulas) return { ok: false, formulaCells };
    const changed = new Set(store.get().changed);
    const step: UndoStep = { kind: 'cells', cells: [] };
    for (const { w, sheet, at } of targets) {
      const before = cellAt(sheet, at.row, at.col);
      const key = changedKey(w.sheet, w.cell);
      step.cells.push({ sheet: w.sheet, cell: w.cell, before, wasChanged: changed.has(key) });
      const numFmt = w.numFmt ?? before?.numFmt;
      const next: Cell | undefined =
        w.value === null && numFmt === undefined
          ? undefined
          : { value: w.value, ...(numFmt !== undefined ? { numFmt } : {}) };
      putCell(sheet, at.row, at.col, next);
      changed.add(key);
    }
    undoStack.push(step);
    store.update({ changed });
    return { ok: true, written: targets.length };
  };

  const undo = async (): Promise<boolean> => {
    const step = undoStack.pop();
    if (!step) return false;
    if (step.kind === 'chart') {
      const at = wb.sheets.findIndex((s) => s.name === step.sheet);
      if (at >= 0) wb.sheets.splice(at, 1);
      const { added, charts, active } = store.get();
      store.update({
        added: added.filter((n) => n !== step.sheet),
        charts: charts.filter((c) => c.sheet !== step.sheet),
        active: active === step.sheet ? wb.sheets[0]!.name : active,
      });
      return true;
    }
    if (step.kind === 'sheet') {
      const at = wb.sheets.findIndex((s) => s.name === RESULTS_SHEET);
      if (at >= 0) wb.sheets.splice(at, 1);
      if (step.before) wb.sheets.splice(step.index, 0, step.before);
      const added = step.wasAdded
        ? store.get().added
        : store.get().added.filter((n) => n !== RESULTS_SHEET);
      const active = store.sheet(store.get().active) ? store.get().active : wb.sheets[0]!.name;
      store.update({ added, active, charts: step.charts });
      return true;
    }
    const changed = new Set(store.get().changed);
    for (const c of step.cells.slice().reverse()) {
      const sheet = store.sheet(c.sheet);
      const at = parseA1(c.cell);
      if (!sheet || !at) continue;
      putCell(sheet, at.row, at.col, c.before);
      if (!c.wasChanged) changed.delete(changedKey(c.sheet, c.cell));
    }
    store.update({ changed });
    return true;
  };

  const writeResults = async (table: ResultsTable): Promise<WriteOutcome> => {
    const index = wb.sheets.findIndex((s) => s.name === RESULTS_SHEET);
    const before = index >= 0 ? wb.sheets[index] : undefined;
    const sheet = resultsSheet(table);
    if (index >= 0) wb.sheets.splice(index, 1, sheet);
    else wb.sheets.push(sheet);
    const wasAdded = store.get().added.includes(RESULTS_SHEET);
    const { charts } = store.get();
    undoStack.push({ kind: 'sheet', before, index: Math.max(index, 0), wasAdded, charts });
    // The indicator's line chart under the table, as Excel draws it, comes with the download.
    const chart = resultsChart(table);
    store.update({
      added: wasAdded ? store.get().added : [...store.get().added, RESULTS_SHEET],
      charts: [
        ...charts.filter((c) => c.sheet !== RESULTS_SHEET),
        ...(chart ? [{ sheet: RESULTS_SHEET, chart }] : []),
      ],
    });
    return { ok: true, written: table.rows.length };
  };

  // The chart's data goes to a new sheet of the grid; the download draws the chart natively.
  const insertChart = async (spec: ChartSpec) => {
    const sheet = freeSheetName(
      spec.sheet,
      wb.sheets.map((s) => s.name),
    );
    wb.sheets.push(chartSheet(sheet, spec));
    undoStack.push({ kind: 'chart', sheet });
    const { added, charts } = store.get();
    store.update({
      added: [...added, sheet],
      charts: [...charts, { sheet, chart: nativeChart(sheet, spec) }],
      active: sheet,
    });
    return { sheet };
  };

  return {
    kind: 'web',
    // The page's language can change while the workbook is open (the undo stack must stay).
    get lang(): Lang {
      return typeof lang === 'function' ? lang() : lang;
    },
    read,
    activeSheet: async () => store.get().active,
    goTo: async (sheet: string, cell: string) => {
      if (!store.sheet(sheet)) return;
      const seq = (store.get().focus?.seq ?? 0) + 1;
      store.update({
        active: sheet,
        focus: { sheet, cell, seq },
        selection: { sheet, range: cell },
      });
    },
    markFindings: async (findings: Finding[]) => store.update({ marks: findings.slice() }),
    clearMarks: async () => store.update({ marks: [] }),
    write,
    undo,
    canUndo: () => undoStack.length > 0,
    selection: async (): Promise<SheetRange | null> => store.get().selection,
    writeResults,
    insertChart,
  };
}
