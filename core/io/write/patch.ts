import { a1, parseA1, sheetCell, type CellValue } from '../../grid';
import { contentTypeOf, forgetPart } from './content-types';
import type { NativeChart } from './chart-xml';
import { addCharts, chartData } from './charts';
import { addNotes, type Note } from './notes';
import { Package } from './package';
import { applySheetChanges, type CellChange, type SheetChanges } from './sheet-edit';
import { effectiveStyle, scanSheet, type ScannedSheet } from './sheet-scan';
import { StyleBook, type StyleChange } from './styles';
import {
  addSheet,
  asWorkbook,
  dialectOf,
  dropCalcChain,
  isDate1904,
  listSheets,
  workbookPart,
  type SheetEntry,
} from './workbook';
import { PackageError } from './zip-read';
import { newSheetXml, type NewSheet } from './new-sheet';
import { getAttr } from './xml';

/** One change to one cell; several for the same cell are merged (notes become lines). */
export interface CellPatch {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** A new value (a formula in the cell is removed only with `overwriteFormulas`). */
  value?: { v: CellValue };
  numFmt?: string;
  /** A solid fill, ARGB. */
  fill?: string;
  bold?: boolean;
  note?: string;
}

export interface WorkbookPatch {
  cells: CellPatch[];
  /** Sheets to add (after the workbook's own); their cells come through `cells`. */
  newSheets?: NewSheet[];
  /** Existing sheets whose cells are all removed before `cells` are written. */
  clearSheets?: string[];
  /** Whether a value may replace a formula (never a shared formula's or an array's anchor). */
  overwriteFormulas?: boolean;
  /** Native charts on new sheets, reading cells written through `cells`. */
  charts?: NativeChart[];
}

export interface PatchResult {
  bytes: Uint8Array;
  /** Cells ('Ark'!B4) whose formula was kept, so their new value was not written. */
  keptFormulas: string[];
  /** Patches naming a sheet or cell the workbook does not have. */
  missing: string[];
}

interface Target {
  change: CellChange & { styleChange?: StyleChange };
  notes: string[];
}

/** Whether a formula's `<f>` may be dropped: not the anchor of cells that share or spill it. */
function removableFormula(f: string): boolean {
  const t = getAttr(f, 't');
  if (t === 'shared') return getAttr(f, 'ref') === undefined;
  if (t === 'array') {
    const ref = getAttr(f, 'ref') ?? '';
    return !ref.includes(':') || /^([A-Z]+\d+):\1$/i.test(ref);
  }
  return t !== 'dataTable';
}

function findSheet(sheets: SheetEntry[], name: string): SheetEntry | undefined {
  return (
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase())
  );
}

function clearSheetData(xml: string, sheet: ScannedSheet): string {
  const p = sheet.p;
  const cleared = `${xml.slice(0, sheet.sheetData.start)}<${p}sheetData/>${xml.slice(sheet.sheetData.end)}`;
  return cleared.replace(new RegExp(`<${p}mergeCells[\\s>][\\s\\S]*?</${p}mergeCells>`), '');
}

/**
 * The user's workbook with only these changes: every part the patch does not touch is copied
 * as stored (same compressed bytes), touched sheets change only in the touched cells, and each
 * new look is a new style cloned from the cell's own.
 */
export function patchWorkbook(bytes: Uint8Array, patch: WorkbookPatch): PatchResult {
  const pkg = new Package(bytes);
  asWorkbook(pkg);
  const date1904 = isDate1904(pkg);
  for (const s of patch.newSheets ?? []) addSheet(pkg, s.name, newSheetXml(s, dialectOf(pkg)));
  const sheets = listSheets(pkg);
  const styles = new StyleBook(pkg);
  const keptFormulas: string[] = [];
  const missing: string[] = [];
  let formulasRemoved = false;

  const byPart = new Map<string, { entry: SheetEntry; cells: CellPatch[] }>();
  for (const c of patch.cells) {
    const entry = findSheet(sheets, c.sheet);
    if (!entry?.part || !pkg.has(entry.part) || !parseA1(c.cell)) {
      missing.push(sheetCell(c.sheet, c.cell));
      continue;
    }
    const group = byPart.get(entry.part) ?? { entry, cells: [] };
    group.cells.push(c);
    byPart.set(entry.part, group);
  }
  for (const name of patch.clearSheets ?? []) {
    const entry = findSheet(sheets, name);
    if (entry?.part && !byPart.has(entry.part)) byPart.set(entry.part, { entry, cells: [] });
  }
  const clear = new Set((patch.clearSheets ?? []).map((n) => findSheet(sheets, n)?.part));
  const allVml = [
    ...new Set(
      sheets.flatMap((s) => (s.part ? pkg.related(s.part, 'vmlDrawing').map((r) => r.part) : [])),
    ),
  ];

  for (const [part, { entry, cells }] of byPart) {
    let xml = pkg.text(part)!;
    let scan = scanSheet(xml);
    if (clear.has(part)) {
      formulasRemoved ||= scan.rows.some((r) => r.cells.some((c) => c.formula));
      xml = clearSheetData(xml, scan);
      scan = scanSheet(xml);
    }
    const targets = new Map<string, Target & { row: number; col: number }>();
    for (const c of cells) {
      const { row, col } = parseA1(c.cell)!;
      const key = `${row}:${col}`;
      const t = targets.get(key) ?? { row, col, change: {}, notes: [] };
      if (c.value) t.change.value = c.value;
      if (c.fill || c.numFmt !== undefined || c.bold) {
        t.change.styleChange = {
          ...t.change.styleChange,
          ...(c.fill ? { fill: c.fill } : {}),
          ...(c.numFmt !== undefined ? { numFmt: c.numFmt } : {}),
          ...(c.bold ? { bold: true } : {}),
        };
      }
      if (c.note) t.notes.push(c.note);
      targets.set(key, t);
    }
    const changes: SheetChanges = new Map();
    const notes: Note[] = [];
    for (const t of targets.values()) {
      const old = scan.byRow.get(t.row)?.cells.find((x) => x.col === t.col);
      if (t.change.value && old?.formula) {
        if (!patch.overwriteFormulas || !removableFormula(old.formula)) {
          keptFormulas.push(sheetCell(entry.name, a1(t.row, t.col)));
          delete t.change.value;
        } else formulasRemoved = true;
      }
      const change: CellChange = {};
      if (t.change.value) change.value = t.change.value;
      if (t.change.styleChange)
        change.style = styles.derive(effectiveStyle(scan, t.row, t.col), t.change.styleChange);
      else if (t.change.value && !old) {
        // A new cell takes the look its row or column gives empty cells, as Excel does.
        const base = effectiveStyle(scan, t.row, t.col);
        if (base) change.style = base;
      }
      if (change.value || change.style !== undefined) {
        const row = changes.get(t.row) ?? new Map<number, CellChange>();
        row.set(t.col, change);
        changes.set(t.row, row);
      }
      if (t.notes.length > 0) notes.push({ row: t.row, col: t.col, text: t.notes.join('\n') });
    }
    if (changes.size > 0 || clear.has(part))
      pkg.setText(part, applySheetChanges(xml, scan, changes, date1904));
    addNotes(pkg, part, notes, allVml);
  }
  for (const [part, charts] of chartsByPart(patch, sheets, missing)) addCharts(pkg, part, charts);
  styles.finish();
  if (formulasRemoved)
    dropCalcChain(pkg, (p) => {
      pkg.remove(p);
      forgetPart(pkg, p);
    });
  return { bytes: pkg.save(), keptFormulas, missing };
}

/**
 * The patch's charts by the part of the new sheet they sit on, with the values the patch writes
 * to their cells; a chart on a sheet the patch does not add, or with a bad range, is missing.
 */
function chartsByPart(patch: WorkbookPatch, sheets: SheetEntry[], missing: string[]) {
  const added = new Set((patch.newSheets ?? []).map((s) => s.name.toLowerCase()));
  const out = new Map<string, NonNullable<ReturnType<typeof chartData>>[]>();
  for (const chart of patch.charts ?? []) {
    const part = added.has(chart.sheet.toLowerCase())
      ? findSheet(sheets, chart.sheet)?.part
      : undefined;
    const values = new Map<string, CellValue>();
    for (const c of patch.cells)
      if (c.value && c.sheet.toLowerCase() === chart.sheet.toLowerCase())
        values.set(c.cell.toUpperCase(), c.value.v);
    const data = part ? chartData(chart, values) : undefined;
    if (!part || !data) {
      missing.push(sheetCell(chart.sheet, chart.from));
      continue;
    }
    out.set(part, [...(out.get(part) ?? []), data]);
  }
  return out;
}

/** The workbook part's content type: macro-enabled (.xlsm) or not (a template's copy is a workbook). */
export function mainContentType(bytes: Uint8Array): string | undefined {
  const pkg = new Package(bytes);
  try {
    return contentTypeOf(pkg, workbookPart(pkg));
  } catch (e) {
    if (e instanceof PackageError) return undefined;
    throw e;
  }
}

/** The workbook's sheet names, in order. */
export function sheetNames(bytes: Uint8Array): string[] {
  return listSheets(new Package(bytes)).map((s) => s.name);
}
