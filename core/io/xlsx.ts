import { formatRange, parseRange, type NamedRange, type Sheet, type Workbook } from '../grid';
import { ok, type Result } from '../i18n';
import { CellCounter } from './cell-count';
import { inflateEntry } from './inflate';
import {
  cellBreach,
  declaredBreach,
  fileSizeBreach,
  readLimits,
  type ReadLimits,
  type SheetCells,
} from './limits';
import { limitFailure } from './limit-failure';
import { sniffFormat, toBytes } from './magic';
import {
  DAMAGE,
  damagedWorkbook,
  duplicatePart,
  encryptedOrLegacy,
  notAWorkbook,
  sizeLies,
  tooManyCells,
  tooMuchFormulaText,
} from './messages';
import { namedRangesFromDefinedNames } from './names';
import {
  partsOf,
  readContentTypes,
  readRelationships,
  readXml,
  readXmlStreamed,
  type Parts,
  type Relationship,
} from './opc';
import { readPartXmlStreamed, type PartOutcome } from './part-xml';
import { BINARY_WORKBOOK_TYPE, USUAL_WORKBOOK, WORKBOOK_TYPE } from './workbook-type';
import { binaryXlsb } from './format-messages';
import { applyMerges, trimGrid } from './xlsx-grid';
import { SheetDamage, SheetReader, type SheetContext } from './xlsx-sheet';
import { workOutSums, type NoResults } from './sum-results';
import { FormulaTextLimit, MAX_SLID_WORKBOOK } from './xlsx-sheet-events';
import { SharedStringsReader } from './xlsx-strings';
import { StylesReader } from './xlsx-styles';
import { definedNameRanges, WorkbookReader } from './xlsx-workbook';
import { XmlTooLong, type Tag, type XmlHandler } from './xml-scan';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * Reads an .xlsx or .xlsm into the grid model in one streaming pass: values (a formula's
 * cached result, the formula kept), errors, rich text as text, number formats, dates (1900
 * and 1904 systems), merges, hidden sheets and rows, Excel tables and defined names. Every
 * part is found through the package's relationships and content types. The read limits
 * (core/io/limits) are part of the same pass: declared sizes before anything is unpacked,
 * real sizes and cells while parsing. Damaged, encrypted or non-xlsx input is a failure with a
 * Danish and English message, never a throw.
 */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  name: string,
  limits: Partial<ReadLimits> = {},
): Promise<Result<Workbook>> {
  const bytes = toBytes(data);
  const format = sniffFormat(bytes);
  if (format === 'cfb') return encryptedOrLegacy(name);
  if (format !== 'zip') return notAWorkbook(name);
  try {
    return await readPackage(bytes, name, readLimits(limits));
  } catch {
    // Every expected damage is a failure below; this is the last guard against internal text.
    return damagedWorkbook(name, DAMAGE.unexpected);
  }
}

const SMALL_PART = 16_000_000;

interface Package {
  bytes: Uint8Array;
  name: string;
  parts: Parts;
  workbook: string;
  rels: Relationship[];
}

async function readPackage(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits,
): Promise<Result<Workbook>> {
  const tooBig = fileSizeBreach(bytes.length, limits);
  if (tooBig) return limitFailure(name, tooBig, []);
  const entries = readZipDirectory(bytes);
  if (!entries) return damagedWorkbook(name, DAMAGE.directory);
  const parts = partsOf(entries);
  if (parts.duplicate !== undefined) return duplicatePart(name, parts.duplicate);
  const declared = declaredBreach(entries, limits);
  const pkg = openPackage(bytes, name, parts, declared ? SMALL_PART : limits.maxPartBytes);
  if (declared) return limitFailure(name, declared, 'ok' in pkg ? [] : sheetNames(pkg));
  if ('ok' in pkg) return pkg;
  return readWorkbook(pkg, limits);
}

/** The workbook part and its relationships, or the failure that there is none. */
function openPackage(
  bytes: Uint8Array,
  name: string,
  parts: Parts,
  maxSmall: number,
): Package | Result<never> {
  const root = readRelationships(bytes, parts, '');
  const types = readContentTypes(bytes, parts);
  const fromRels = Array.isArray(root)
    ? root.find((r) => r.type === 'officeDocument')?.target
    : undefined;
  const workbook = [fromRels, ...types.partsOfType((t) => WORKBOOK_TYPE.test(t)), USUAL_WORKBOOK]
    .filter((p): p is string => p !== undefined)
    .find((p) => parts.get(p) !== undefined);
  const entry = workbook === undefined ? undefined : parts.get(workbook);
  if (workbook === undefined || !entry) return notAWorkbook(name);
  // An .xlsb is the same package with binary parts: said so, with how to convert it.
  if (BINARY_WORKBOOK_TYPE.test(types.of(workbook) ?? '')) return binaryXlsb(name);
  if (entry.uncompressedSize > maxSmall) return notAWorkbook(name);
  const rels = readRelationships(bytes, parts, workbook);
  if (rels === 'damaged') return damagedWorkbook(name, DAMAGE.part(relsOf(workbook)));
  return { bytes, name, parts, workbook, rels };
}

function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface SheetPart {
  name: string;
  part: string;
  entry: ZipEntry;
  hidden: boolean;
}

/** The sheet names by zip entry, to name a sheet in a limit's message (best effort). */
function sheetNames(pkg: Package): Array<{ entry: ZipEntry; name: string }> {
  const wb = new WorkbookReader();
  const outcome = readXml(pkg.bytes, pkg.parts, pkg.workbook, wb);
  return outcome === 'complete' ? worksheets(pkg, wb) : [];
}

function worksheets(pkg: Package, wb: WorkbookReader): SheetPart[] {
  const byId = new Map(pkg.rels.map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  for (const s of wb.sheets) {
    const rel = byId.get(s.rid);
    // Chart sheets, dialog and macro sheets hold no cells to check.
    if (!rel || rel.type !== 'worksheet') continue;
    const entry = pkg.parts.get(rel.target);
    if (entry) out.push({ name: s.name, part: rel.target, entry, hidden: s.hidden });
  }
  return out;
}

/**
 * Two sheets whose relationships lead to the same part: Excel never writes that, and a 350 KB
 * file naming one sheet 400 times was read 400 times (16 million cells, 10 s, 1 GB).
 */
function partOfTwoSheets(sheets: readonly SheetPart[]): [string, string, string] | undefined {
  const first = new Map<string, string>();
  for (const s of sheets) {
    const other = first.get(s.part);
    if (other !== undefined) return [s.name, other, s.part];
    first.set(s.part, s.name);
  }
  return undefined;
}

/** A part's outcome as the failure to report, or undefined when it read completely. */
function partFailure(
  pkg: Package,
  outcome: PartOutcome | 'missing',
  part: string,
  sheet?: string,
): Result<never> | undefined {
  if (outcome === 'complete' || outcome === 'missing') return undefined;
  if (outcome === 'longer') return sizeLies(pkg.name, part, sheet);
  return damagedWorkbook(pkg.name, DAMAGE.part(part, sheet));
}

async function readWorkbook(pkg: Package, limits: ReadLimits): Promise<Result<Workbook>> {
  const wb = new WorkbookReader();
  const wbFailure = partFailure(pkg, readXml(pkg.bytes, pkg.parts, pkg.workbook, wb), pkg.workbook);
  if (wbFailure) return wbFailure;
  const sheets = worksheets(pkg, wb);
  if (sheets.length === 0) return notAWorkbook(pkg.name);
  const twice = partOfTwoSheets(sheets);
  if (twice) return damagedWorkbook(pkg.name, DAMAGE.partOfTwoSheets(...twice));
  const styles = new StylesReader();
  const strings = new SharedStringsReader();
  for (const [type, handler] of [
    ['styles', styles],
    ['sharedStrings', strings],
  ] as const) {
    const rel = pkg.rels.find((r) => r.type === type);
    if (!rel) continue;
    const failure = await guarded(pkg, rel.target, undefined, () =>
      readXmlStreamed(pkg.bytes, pkg.parts, rel.target, handler),
    );
    if (failure) return failure;
  }
  const ctx: SheetContext = {
    strings: strings.strings,
    styles: styles.styles(),
    date1904: wb.date1904,
    recalcOnLoad: wb.recalcOnLoad,
    counted: { cells: 0, max: limits.maxCells },
  };
  const out: Sheet[] = [];
  const noResult: NoResults[] = [];
  const counts: SheetCells[] = [];
  const tables: NamedRange[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i]!;
    const reader = new SheetReader(ctx);
    const failure = await guarded(pkg, s.part, s.name, async () => {
      const outcome = await readPartXmlStreamed(pkg.bytes, s.entry, reader);
      reader.finish();
      return outcome;
    });
    if (failure) return failure;
    counts.push({ sheet: s.name, cells: reader.cells });
    if (reader.over) return tooMany(pkg, sheets.slice(i + 1), counts, limits);
    const merges = applyMerges(reader.rows, reader.mergeRefs);
    if (!merges) return damagedWorkbook(pkg.name, DAMAGE.merges(s.name));
    const { rowCount, colCount } = trimGrid(reader.rows);
    const sheet: Sheet = { name: s.name, rows: reader.rows, rowCount, colCount, merges };
    if (reader.noResult.length > 0) noResult.push({ sheet, cells: reader.noResult });
    if (s.hidden) sheet.hidden = true;
    if (reader.hiddenRows.length > 0) sheet.hiddenRows = sortedUnique(reader.hiddenRows);
    out.push(sheet);
    tables.push(...tablesOf(pkg, s, reader.tableRids));
  }
  // Sums the file holds no result for are worked out as Excel will when it opens it.
  if (noResult.length > 0) workOutSums(out, noResult);
  const defined = namedRangesFromDefinedNames(
    wb.names.map((n) => ({ name: n.name, ranges: definedNameRanges(n.text) })),
  );
  return ok({ name: pkg.name, sheets: out, names: [...tables, ...defined] });
}

/** Runs one part's read, turning its damage into the failure to report. */
async function guarded(
  pkg: Package,
  part: string,
  sheet: string | undefined,
  read: () => Promise<PartOutcome | 'missing'>,
): Promise<Result<never> | undefined> {
  try {
    return partFailure(pkg, await read(), part, sheet);
  } catch (e) {
    if (e instanceof SheetDamage && sheet !== undefined) {
      return damagedWorkbook(
        pkg.name,
        e.kind === 'address' ? DAMAGE.address(sheet, e.ref) : DAMAGE.sharedString(sheet, e.ref),
      );
    }
    if (e instanceof XmlTooLong) return damagedWorkbook(pkg.name, DAMAGE.tooLong(part, sheet));
    if (e instanceof FormulaTextLimit && sheet !== undefined) {
      return tooMuchFormulaText(pkg.name, sheet, MAX_SLID_WORKBOOK);
    }
    throw e;
  }
}

/** Past the cell limit: the remaining sheets are only counted (on the bytes, not parsed). */
function tooMany(
  pkg: Package,
  rest: readonly SheetPart[],
  counts: SheetCells[],
  limits: ReadLimits,
): Result<Workbook> {
  for (const s of rest) {
    const counter = new CellCounter();
    const outcome = inflateEntry(pkg.bytes, s.entry, (c) => counter.push(c));
    if (outcome === 'longer') return sizeLies(pkg.name, s.part, s.name);
    counts.push({ sheet: s.name, cells: counter.cells });
  }
  const breach = cellBreach(counts, limits);
  const total = counts.reduce((sum, c) => sum + c.cells, 0);
  return breach?.kind === 'cells'
    ? tooManyCells(pkg.name, breach.cells, breach.limit, breach.sheets)
    : tooManyCells(pkg.name, total, limits.maxCells, []);
}

function sortedUnique(rows: number[]): number[] {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]! <= rows[i - 1]!) return [...new Set(rows)].sort((a, b) => a - b);
  }
  return rows;
}

/** The root element of a table part: its name and range. */
class TableReader implements XmlHandler {
  wantText = false;
  table: { name?: string; ref?: string } | undefined;
  open(name: string, tag: Tag): void {
    if (name === 'table' && !this.table) {
      this.table = { name: tag.attr('name') ?? tag.attr('displayName'), ref: tag.attr('ref') };
    }
  }
  close(): void {}
  text(): void {}
}

function tablesOf(pkg: Package, sheet: SheetPart, rids: readonly string[]): NamedRange[] {
  if (rids.length === 0) return [];
  const rels = readRelationships(pkg.bytes, pkg.parts, sheet.part);
  if (rels === 'damaged') return [];
  const out: NamedRange[] = [];
  for (const rid of rids) {
    const rel = rels.find((r) => r.id === rid);
    if (!rel) continue;
    const reader = new TableReader();
    if (readXml(pkg.bytes, pkg.parts, rel.target, reader) !== 'complete') continue;
    const t = reader.table;
    const range = t?.ref === undefined ? undefined : parseRange(t.ref);
    if (t?.name && range) {
      out.push({ name: t.name, sheet: sheet.name, range: formatRange(range), kind: 'table' });
    }
  }
  return out;
}
