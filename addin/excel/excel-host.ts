import type { Lang } from '../../core/i18n';
import type { Finding, TableInfo } from '../../core/report';
import type {
  CellWrite,
  ChartSpec,
  Host,
  ReadScope,
  ResultsTable,
  SheetRange,
  WriteOutcome,
} from '../host/types';
import { splitAddress } from './address';
import { insertChart, removeSheet } from './chart';
import { clearCellMarks, markCells, type Mark, type NoteKind } from './marks';
import { readGrid } from './read';
import { writeResultsSheet } from './results';
import type { CellSnapshot } from './snapshot';
import { clearStructure, markStructure, type StructureMark } from './structure-marks';
import { restoreCells, writeCells } from './write';

/** The two things the adapter needs from Office: Excel.run and the requirement-set check. */
export interface OfficeApi {
  run<T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T>;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office: the globals Office.js defines. */
export function officeApi(): OfficeApi {
  return {
    run: ((...args: unknown[]) =>
      (Excel.run as (...a: unknown[]) => unknown)(...args)) as OfficeApi['run'],
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * The Host for Excel. Every write is one undo step where ExcelApi 1.20 allows it
 * (mergeUndoGroup), and Ramme keeps its own snapshot so "Fortryd" works everywhere.
 */
export function createExcelHost(lang: Lang, api: OfficeApi = officeApi()): Host {
  const has = (v: string) => api.isSetSupported('ExcelApi', v);
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    has('1.20') ? api.run({ mergeUndoGroup: true }, batch) : api.run(batch);
  // A write's snapshot, or the name of a sheet Ramme added (undone by removing it).
  const undoStack: Array<CellSnapshot[] | { sheet: string }> = [];
  let marks: Mark[] = [];
  let marked: Finding[] = [];
  let structure: StructureMark[] = [];
  const noteKind: NoteKind = has('1.18') ? 'note' : has('1.10') ? 'comment' : 'none';

  const under = async (change: () => Promise<void>): Promise<void> => {
    const findings = marks.length > 0 ? marked : [];
    if (marks.length > 0) await run((context) => clearCellMarks(context, marks));
    marks = [];
    await change();
    if (findings.length > 0) marks = await run((context) => markCells(context, findings, noteKind));
  };

  return {
    kind: 'excel',
    lang,
    read: (scope: ReadScope) => run((context) => readGrid(context, scope, { merges: has('1.13') })),
    activeSheet: () =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load('name');
        await context.sync();
        return ws.name;
      }),
    goTo: (sheet: string, cell: string) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),
    markFindings: async (findings: Finding[]) => {
      if (marks.length > 0) await run((context) => clearCellMarks(context, marks));
      marks = await run((context) => markCells(context, findings, noteKind));
      marked = findings;
    },
    clearMarks: async () => {
      if (marks.length === 0) return;
      await run((context) => clearCellMarks(context, marks));
      marks = [];
      marked = [];
    },
    // Finding marks stay on top of the map: lifted off first and put back after, so each
    // layer restores exactly the fills it found.
    showStructure: async (tables: TableInfo[]) => {
      await under(async () => {
        if (structure.length > 0) await run((context) => clearStructure(context, structure));
        structure = await run((context) => markStructure(context, tables));
      });
    },
    hideStructure: async () => {
      if (structure.length === 0) return;
      await under(async () => {
        await run((context) => clearStructure(context, structure));
        structure = [];
      });
    },
    write: async (
      writes: CellWrite[],
      options: { overwriteFormulas: boolean },
    ): Promise<WriteOutcome> => {
      const { outcome, snapshot } = await run((context) =>
        writeCells(context, writes, options.overwriteFormulas, has('1.6')),
      );
      if (outcome.ok) undoStack.push(snapshot);
      return outcome;
    },
    undo: async () => {
      const step = undoStack.pop();
      if (!step) return false;
      if ('sheet' in step) await run((context) => removeSheet(context, step.sheet));
      else await run((context) => restoreCells(context, step));
      return true;
    },
    canUndo: () => undoStack.length > 0,
    selection: () =>
      run(async (context): Promise<SheetRange | null> => {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        const where = splitAddress(range.address);
        return where.sheet ? where : null;
      }),
    writeResults: async (table: ResultsTable): Promise<WriteOutcome> => {
      const written = await run((context) => writeResultsSheet(context, table));
      return { ok: true, written };
    },
    insertChart: async (spec: ChartSpec) => {
      const features = { seriesTypes: has('1.7'), axisFormat: has('1.8') };
      const sheet = await run((context) => insertChart(context, spec, features));
      undoStack.push({ sheet });
      return { sheet };
    },
  };
}
