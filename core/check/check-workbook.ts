import type { Sheet, Workbook } from '../grid';
import { Dec, detectStyle, parseAmount } from '../numbers';
import { describeTables, detectTables } from '../detect';
import type { FileReport, Finding } from '../report';
import { checkCapacity } from './capacity';
import { emptyReport } from './empty';
import { checkFunding } from './funding';
import { indicatorResults } from './indicators';
import { dedupeFindings, sortFindings } from './order';
import { planYear } from './plan-year';
import { staffLines, type StaffLine } from './staff';
import { checkStatus } from './status';
import { tableTotal } from './table-total';
import { checkTotals } from './totals';
import { checkRowTotals } from './row-totals';
import { DEFAULT_SETTINGS, type CheckOptions, type Settings } from './types';
import { readTableValues } from './values';
import type { Checked } from './checked';

/** Kinds whose totals and heraf parts are checked. */
const SUMMED_KINDS = new Set(['budget', 'plan', 'agreement', 'financing', 'catalogue', 'unknown']);

/** Enough votes to tell a workbook's style; past this, more cells do not change a majority. */
const STYLE_SAMPLE = 20_000;

/** Text cells decide the workbook's number style ('1.500' is 1500 in a Danish workbook). */
/** Appends one list to another: a spread into push() overflows the stack past ~100.000 items. */
function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

function workbookStyle(workbook: Workbook): 'da' | 'en' | undefined {
  const texts: string[] = [];
  // Indexed loops, not for…of: they run once per cell of the workbook.
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c]?.value;
        if (typeof v === 'string' && /\d[.,]\d/.test(v)) texts.push(v);
      }
      if (texts.length >= STYLE_SAMPLE) return detectStyle(texts);
    }
  }
  return detectStyle(texts);
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
      return checkCapacity({ sheet: c.table.sheet, year, plan, staff, settings }, options.lang);
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
  for (const sheet of sheets) {
    const names = workbook.names.filter((n) => n.sheet === sheet.name);
    for (const table of detectTables(sheet, { range: options.range, names })) {
      pushAll(report.tables, describeTables([table]));
      const values = readTableValues(sheet, table, style, lang);
      pushAll(findings, values.findings);
      checked.push({ sheet, table, values });
      if (SUMMED_KINDS.has(table.kind)) {
        pushAll(findings, checkTotals(sheet, table, values, lang).findings);
        pushAll(findings, checkRowTotals(table, values, lang));
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
  }
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
