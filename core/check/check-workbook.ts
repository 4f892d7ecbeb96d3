import type { Sheet, Workbook } from '../grid';
import { Dec, detectStyle, parseAmount } from '../numbers';
import { describeTables, detectTables, type DetectedTable } from '../detect';
import type { FileReport, Finding } from '../report';
import { checkCapacity } from './capacity';
import { catalogueLines, catalogueResults } from './catalogue';
import { emptyReport } from './empty';
import { checkFunding } from './funding';
import { indicatorResults } from './indicators';
import { dedupeFindings, sortFindings } from './order';
import { planLines } from './plan-lines';
import { planYear } from './plan-year';
import { staffLines, type StaffLine } from './staff';
import { checkStatus } from './status';
import { tableTotal } from './table-total';
import { checkTotals } from './totals';
import { checkRowTotals } from './row-totals';
import { checkFormulaTotals } from './formula-totals';
import { sheetNumbers } from './line-numbers';
import { checkRunningTotals } from './running-totals';
import { checkCategorySummaries } from './category-summary';
import type { SheetNumbers } from './line-numbers';
import { checkCategoryTotals } from './category-totals';
import { cellAt, forEachCell, parseA1, parseRange } from '../grid';
import { DEFAULT_SETTINGS, type CheckOptions, type Settings } from './types';
import { readTableValues } from './values';
import type { Checked } from './checked';

/** Kinds whose totals and heraf parts are checked. */
const SUMMED_KINDS = new Set(['budget', 'plan', 'agreement', 'financing', 'catalogue', 'unknown']);

/** Enough votes to tell a workbook's style; past this, more cells do not change a majority. */
const STYLE_SAMPLE = 20_000;

/** A digit, a separator, a digit: text that may tell the style (made once, not per cell). */
const DECIMAL_MARK = /\d[.,]\d/;

/** Text cells decide the workbook's number style ('1.500' is 1500 in a Danish workbook). */
/** Appends one list to another: a spread into push() overflows the stack past ~100.000 items. */
function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

function workbookStyle(workbook: Workbook): 'da' | 'en' | undefined {
  const texts: string[] = [];
  for (const sheet of workbook.sheets) {
    forEachCell(sheet, (cell) => {
      const v = cell.value;
      if (typeof v === 'string' && DECIMAL_MARK.test(v)) texts.push(v);
      return texts.length >= STYLE_SAMPLE;
    });
    if (texts.length >= STYLE_SAMPLE) return detectStyle(texts) ?? workbook.numberStyle;
  }
  // The numbers' majority first; the file format's hint (a ';' CSV) only when they cannot tell.
  return detectStyle(texts) ?? workbook.numberStyle;
}

/** The 'Uændret' tolerance setting as points; an unreadable setting counts as none. */
function toleranceOf(setting: string): Dec {
  const read = parseAmount(setting);
  return read.ok && !read.amount.value.isNegative() ? read.amount.value : new Dec(0);
}

function chosenSheets(workbook: Workbook, options: CheckOptions): Sheet[] | string {
  if (options.sheet === undefined) {
    return options.range === undefined ? workbook.sheets : workbook.sheets.slice(0, 1);
  }
  const want = options.sheet.trim().toLowerCase();
  const sheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === want);
  if (sheet) return [sheet];
  const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
  return options.lang === 'en'
    ? `The sheet "${options.sheet}" is not in ${workbook.name} (sheets: ${names}).`
    : `Arket "${options.sheet}" findes ikke i ${workbook.name} (ark: ${names}).`;
}

function capacityRuns(
  checked: Checked[],
  options: CheckOptions,
  settings: Settings,
): ReturnType<typeof checkCapacity>[] {
  const staff: StaffLine[] = checked
    .filter((c) => c.table.kind === 'staffing')
    .flatMap((c) => staffLines(c.sheet, c.table, c.values));
  if (staff.length === 0) return [];
  return checked
    .filter((c) => c.table.kind === 'plan')
    .map((c) => {
      const year = planYear(options.year, c.table);
      const plan = tableTotal(c.table, c.values);
      if (year === null || !plan) return undefined;
      const lines = planLines(c.table, c.values);
      return checkCapacity(
        { sheet: c.table.sheet, year, plan, lines, staff, settings },
        options.lang,
      );
    });
}

function fundingRuns(checked: Checked[], options: CheckOptions): ReturnType<typeof checkFunding>[] {
  const spendingKind = checked.some((c) => c.table.kind === 'agreement') ? 'agreement' : 'budget';
  const candidates = checked.filter((c) => c.table.kind === spendingKind);
  return checked
    .filter((c) => c.table.kind === 'financing')
    .map((f) => {
      const sameSheet = candidates.filter((c) => c.sheet === f.sheet);
      return checkFunding(f, sameSheet.length > 0 ? sameSheet : candidates, options.lang);
    });
}

/**
 * One wrong number, one finding: a wrong subtotal in a column also makes the row totals of the
 * total rows below it disagree; those follow from it and are left out.
 */
function withoutCascade(
  table: DetectedTable,
  byColumn: readonly Finding[],
  byRow: readonly Finding[],
): Finding[] {
  if (!byColumn.some((f) => f.code === 'TOTAL_MISMATCH')) return [...byRow];
  const totals = new Set(
    table.rows.filter((r) => r.role === 'total' || r.role === 'grandTotal').map((r) => r.row),
  );
  return byRow.filter((f) => !totals.has(parseA1(f.cell)?.row ?? 0));
}

/** Layout findings that re-derive a sum: a formula cell states its own. */
const LAYOUT_SUMS = new Set(['TOTAL_MISMATCH', 'BUDGET_COLUMN_MISMATCH']);

function hasFormula(sheet: Sheet, cell: string): boolean {
  const at = parseA1(cell);
  return at !== undefined && cellAt(sheet, at.row, at.col)?.formula !== undefined;
}

/** Whether a cell lies in the range the user asked to check (every cell when none). */
function rangeFilter(range: string | undefined): (cell: string) => boolean {
  const r = range === undefined ? undefined : parseRange(range);
  if (!r) return () => range === undefined;
  return (cell) => {
    const at = parseA1(cell);
    return (
      at !== undefined &&
      at.row >= r.top &&
      at.row <= r.bottom &&
      at.col >= r.left &&
      at.col <= r.right
    );
  };
}

/**
 * Checks every table Ramme recognises in a workbook: totals against their own parts, heraf
 * parts, unreadable and ambiguous numbers, person-year plans against staffing, spending against
 * financing, quarterly status; indicator and status results as data. Pure: the CLI, the Excel
 * pane and the web page call it the same way.
 */
export function checkWorkbook(workbook: Workbook, options: CheckOptions): FileReport {
  const report = emptyReport(workbook.name);
  const sheets = chosenSheets(workbook, options);
  if (typeof sheets === 'string') return { ...report, error: sheets };
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const lang = options.lang;
  const style = workbookStyle(workbook);
  const tolerance = toleranceOf(settings.unchangedTolerance);
  const findings: Finding[] = [];
  const checked: Checked[] = [];
  const numberCache = new Map<Sheet, SheetNumbers>();
  const numbersOf = (sheet: Sheet): SheetNumbers => {
    let n = numberCache.get(sheet);
    if (!n) numberCache.set(sheet, (n = sheetNumbers(sheet, style)));
    return n;
  };
  for (const sheet of sheets) {
    const names = workbook.names.filter((n) => n.sheet === sheet.name);
    const tables = detectTables(sheet, { range: options.range, names });
    for (const table of tables) {
      pushAll(report.tables, describeTables([table]));
      const values = readTableValues(sheet, table, style, lang);
      pushAll(findings, values.findings);
      checked.push({ sheet, table, values });
      if (SUMMED_KINDS.has(table.kind)) {
        // A total with a formula is judged by what its formula says (checkFormulaTotals), never
        // re-derived from the layout.
        const byColumn = checkTotals(sheet, table, values, lang).findings;
        const byLayout = [
          ...byColumn,
          ...withoutCascade(table, byColumn, checkRowTotals(table, values, lang)),
        ];
        pushAll(
          findings,
          byLayout.filter((f) => !(LAYOUT_SUMS.has(f.code) && hasFormula(sheet, f.cell))),
        );
      }
      if (table.kind === 'catalogue') {
        const lines = catalogueLines(sheet, table, values);
        pushAll((report.catalogue ??= []), catalogueResults(sheet.name, lines));
      }
      if (table.kind === 'indicator') {
        const i = indicatorResults(sheet, table, values, lang, tolerance);
        pushAll(report.indicators, i.results);
        pushAll(findings, i.findings);
      }
      if (table.kind === 'status') {
        const s = checkStatus(sheet, table, values, lang);
        pushAll(report.status, s.results);
        pushAll(findings, s.findings);
      }
    }
    const inRange = rangeFilter(options.range);
    pushAll(
      findings,
      checkFormulaTotals(sheet, tables, lang).filter((f) => inRange(f.cell)),
    );
    pushAll(
      findings,
      checkRunningTotals(sheet, numbersOf(sheet), lang).filter((f) => inRange(f.cell)),
    );
    // One wrong number, one finding: a typed total the layout already found wrong keeps that.
    const judged = new Set(
      findings.filter((f) => f.sheet === sheet.name && f.severity === 'error').map((f) => f.cell),
    );
    pushAll(
      findings,
      checkCategoryTotals(sheet, lang).filter((f) => inRange(f.cell) && !judged.has(f.cell)),
    );
  }
  const inRange = rangeFilter(options.range);
  pushAll(
    findings,
    checkCategorySummaries(sheets, workbook.sheets, numbersOf, lang).filter((f) => inRange(f.cell)),
  );
  for (const run of capacityRuns(checked, options, settings)) {
    if (!run) continue;
    report.capacity.push(run.result);
    pushAll(findings, run.findings);
  }
  for (const run of fundingRuns(checked, options)) {
    pushAll(report.funding, run.results);
    pushAll(findings, run.findings);
  }
  const order = workbook.sheets.map((s) => s.name);
  report.findings = sortFindings(dedupeFindings(findings), order);
  return report;
}
