/**
 * A real in-memory Host for the pane's tests: it reads and writes a grid Workbook the way the
 * Excel adapter reads and writes a workbook, keeps snapshots for undo and records what the pane
 * asked for (cells shown, marks, results sheets).
 */
import { a1, parseA1, type Cell, type Workbook } from '../../core/grid';
import type { Lang } from '../../core/i18n';
import type { Finding } from '../../core/report';
import type {
  CellWrite,
  Host,
  ReadScope,
  ResultsTable,
  SheetRange,
  WriteOutcome,
} from '../../addin/host/types';

export interface FakeHost extends Host {
  workbook: Workbook;
  active: string;
  shown: string[];
  marked: Finding[];
  results: ResultsTable[];
  selected: SheetRange | null;
  reads: ReadScope[];
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

export function createFakeHost(
  workbook: Workbook,
  lang: Lang = 'da',
  options: { results?: boolean } = {},
): FakeHost {
  const undo: Array<Array<{ sheet: string; cell: string; before: Cell | undefined }>> = [];
  const cellRef = (sheet: string, cell: string) => {
    const s = host.workbook.sheets.find((x) => x.name === sheet);
    const at = parseA1(cell);
    if (!s || !at) throw new Error(`No cell ${sheet}!${cell}`);
    return { s, at };
  };
  const put = (sheet: string, cell: string, value: Cell | undefined) => {
    const { s, at } = cellRef(sheet, cell);
    const row = (s.rows[at.row - 1] ??= []);
    row[at.col - 1] = value;
    s.rowCount = Math.max(s.rowCount, at.row);
    s.colCount = Math.max(s.colCount, at.col);
  };
  const get = (sheet: string, cell: string) => {
    const { s, at } = cellRef(sheet, cell);
    return s.rows[at.row - 1]?.[at.col - 1];
  };

  const host: FakeHost = {
    kind: 'web',
    lang,
    workbook: clone(workbook),
    active: workbook.sheets[0]!.name,
    shown: [],
    marked: [],
    results: [],
    selected: null,
    reads: [],
    async read(scope) {
      host.reads.push(scope);
      const wb = clone(host.workbook);
      if (scope === 'workbook') return wb;
      return { ...wb, sheets: wb.sheets.filter((s) => s.name === host.active) };
    },
    async activeSheet() {
      return host.active;
    },
    async goTo(sheet, cell) {
      host.shown.push(`${sheet}!${cell}`);
    },
    async markFindings(findings) {
      host.marked = [...findings];
    },
    async clearMarks() {
      host.marked = [];
    },
    async write(writes: CellWrite[], { overwriteFormulas }): Promise<WriteOutcome> {
      const formulaCells = writes
        .filter((w) => get(w.sheet, w.cell)?.formula)
        .map((w) => `${w.sheet}!${w.cell}`);
      if (formulaCells.length > 0 && !overwriteFormulas) return { ok: false, formulaCells };
      undo.push(
        writes.map((w) => ({ sheet: w.sheet, cell: w.cell, before: clone(get(w.sheet, w.cell)) })),
      );
      for (const w of writes) {
        // Text is for headings; a number written as text would be a bug.
        if (typeof w.value === 'string' && /^[\d\s.,%-]+$/.test(w.value))
          throw new Error('The pane writes numbers as numbers.');
        put(
          w.sheet,
          w.cell,
          w.value === null
            ? undefined
            : { value: w.value, ...(w.numFmt ? { numFmt: w.numFmt } : {}) },
        );
      }
      return { ok: true, written: writes.length };
    },
    async undo() {
      const last = undo.pop();
      if (!last) return false;
      for (const u of last) put(u.sheet, u.cell, u.before);
      return true;
    },
    canUndo: () => undo.length > 0,
    async selection() {
      return host.selected;
    },
    ...(options.results === false
      ? {}
      : {
          async writeResults(table: ResultsTable): Promise<WriteOutcome> {
            host.results.push(table);
            return { ok: true, written: table.rows.length };
          },
        }),
  };
  return host;
}

export { a1 };
