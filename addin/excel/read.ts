import type { NamedRange, Sheet, Workbook } from '../../core/grid';
import { formatRange } from '../../core/grid';
import type { ReadScope } from '../host/types';
import { rangeOf, splitAddress } from './address';
import { putBlock, type LoadedBlock } from './grid-cells';
import { planBatches, type Block, type Region } from './payload';
import { readTooLarge } from './read-size';

/** What the read needs to know of the running Excel. */
export interface ReadFeatures {
  /** ExcelApi 1.13: merged areas. */
  merges: boolean;
}

const BLOCK_PROPS = 'values,text,numberFormat,formulas';
const DIMS = 'address,rowIndex,columnIndex,rowCount,columnCount';

interface Target {
  sheet: string;
  hidden: boolean;
  ws: Excel.Worksheet;
  /** The used range, or the selection when reading the selection. */
  range?: Excel.Range;
  merges?: Excel.RangeAreas;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/.test(
    code,
  );
}

/**
 * Reads a batch of blocks with one sync. When Excel refuses it as too large (our estimate was
 * low: long texts), the batch is read again in two halves, and a single block in two row halves.
 */
async function readBatch(
  context: Excel.RequestContext,
  targets: Map<string, Target>,
  batch: Block[],
): Promise<Array<{ block: Block; data: LoadedBlock }>> {
  const loaded = batch.map((block) => {
    const range = targets
      .get(block.sheet)!
      .ws.getRangeByIndexes(block.row, block.col, block.rows, block.cols);
    range.load(BLOCK_PROPS);
    return { block, range };
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    const parts = batch.length > 1 ? halves(batch) : splitRows(batch[0]!);
    if (parts.length < 2) throw e;
    const out = [];
    for (const part of parts) for (const x of await readBatch(context, targets, part)) out.push(x);
    return out;
  }
  return loaded.map(({ block, range }) => ({
    block,
    data: {
      values: range.values,
      text: range.text,
      numberFormat: range.numberFormat,
      formulas: range.formulas,
    },
  }));
}

function halves<T>(xs: T[]): T[][] {
  const mid = Math.ceil(xs.length / 2);
  return [xs.slice(0, mid), xs.slice(mid)];
}

function splitRows(b: Block): Block[][] {
  if (b.rows < 2) return [[b]];
  const top = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: top }], [{ ...b, row: b.row + top, rows: b.rows - top }]];
}

function namedRanges(
  names: Excel.NamedItemCollection,
  tables: Array<{ name: string; range: Excel.Range }>,
): NamedRange[] {
  const out: NamedRange[] = [];
  for (const t of tables) {
    const { sheet } = splitAddress(t.range.address);
    const r = rangeOf(t.range.address);
    if (r) out.push({ name: t.name, sheet, range: formatRange(r), kind: 'table' });
  }
  for (const n of names.items) {
    if (n.type !== 'Range' || n.name.startsWith('_')) continue;
    const formula = String(n.formula ?? '').replace(/^=/, '');
    if (formula.includes(',') || formula.includes('[')) continue;
    const { sheet } = splitAddress(formula);
    const r = rangeOf(formula);
    if (sheet && r) out.push({ name: n.name, sheet, range: formatRange(r), kind: 'name' });
  }
  return out;
}

/**
 * Reads the workbook (or the active sheet, or the selection) into the grid model with a fixed
 * number of syncs: 1 for the sheet list, names and tables, 1 for the used ranges' sizes, and one
 * per payload batch (planBatches): 2 + ceil(estimated bytes / 4 MB), whatever the row count.
 */
export async function readGrid(
  context: Excel.RequestContext,
  scope: ReadScope,
  features: ReadFeatures,
): Promise<Workbook> {
  const wb = context.workbook;
  wb.load('name');
  const sheets = wb.worksheets;
  sheets.load('items/name,items/visibility');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  const names = wb.names;
  names.load('items/name,items/type,items/formula');
  const tableList = wb.tables;
  tableList.load('items/name');
  const selection = scope === 'selection' ? wb.getSelectedRange() : undefined;
  selection?.load(DIMS);
  await context.sync();

  const chosen = sheets.items.filter((ws) =>
    scope === 'workbook'
      ? true
      : ws.name === (selection ? splitAddress(selection.address).sheet : active.name),
  );
  const targets = new Map<string, Target>();
  for (const ws of chosen) {
    const range = selection ?? ws.getUsedRange();
    if (!selection) range.load(DIMS);
    const merges = features.merges ? range.getMergedAreasOrNullObject() : undefined;
    merges?.load('address');
    targets.set(ws.name, {
      sheet: ws.name,
      hidden: ws.visibility !== 'Visible',
      ws,
      range,
      merges,
    });
  }
  const tables = tableList.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    return { name: t.name, range };
  });
  await context.sync();

  const regions: Region[] = [...targets.values()].map((t) => ({
    sheet: t.sheet,
    row: t.range!.rowIndex,
    col: t.range!.columnIndex,
    rows: t.range!.rowCount,
    cols: t.range!.columnCount,
  }));
  // Refused before a cell is loaded: Excel would hand over every blank cell of the range.
  const refused = readTooLarge(
    regions,
    [...targets.values()].map((t) => t.range!.address),
  );
  if (refused) throw refused;
  const grid = new Map<string, Sheet>();
  for (const t of targets.values()) {
    const merges =
      t.merges && !t.merges.isNullObject && t.merges.address
        ? t.merges.address.split(',').map((a) => splitAddress(a).range)
        : [];
    grid.set(t.sheet, {
      name: t.sheet,
      rows: [],
      rowCount: 0,
      colCount: 0,
      merges,
      ...(t.hidden ? { hidden: true } : {}),
    });
  }
  for (const batch of planBatches(regions)) {
    for (const { block, data } of await readBatch(context, targets, batch)) {
      const sheet = grid.get(block.sheet)!;
      const { lastRow, lastCol } = putBlock(sheet.rows, block.row + 1, block.col + 1, data);
      sheet.rowCount = Math.max(sheet.rowCount, lastRow);
      sheet.colCount = Math.max(sheet.colCount, lastCol);
    }
  }
  return {
    name: wb.name ?? '',
    sheets: chosen.map((ws) => grid.get(ws.name)!),
    names: namedRanges(names, tables).filter((n) => targets.has(n.sheet)),
  };
}
