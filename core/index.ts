/**
 * `ramme/core`: the core as a library. Exact decimals, allocation, number reading and display,
 * the grid model, reading a workbook and checking it into the `ramme check --json` report.
 * Everything here is pure and runs in Node and the browser.
 */
export { apportion, roundEach, ROUNDING_FOOTNOTE } from './allocation';
export type {
  Apportionment,
  ApportionOptions,
  Explanation,
  IndependentRounding,
  RowExplanation,
  WeightKind,
} from './allocation';
export {
  checkWorkbook,
  DEFAULT_SETTINGS,
  emptyReport,
  kindName,
  reasonText,
  statusName,
  unitName,
} from './check';
export type { CheckOptions, Settings } from './check';
export { a1, cellAt, parseA1, parseRange, sheetCell, sheetFromValues } from './grid';
export type { Cell, CellValue, Sheet, Workbook } from './grid';
export type { Lang, Problem, Result, Text } from './i18n';
export { readWorkbookBytes, DEFAULT_READ_LIMITS } from './io';
export type { ReadLimits } from './io';
export { Dec, formatAmount, formatNumber, parseAmount, toPlain } from './numbers';
export type { Amount, Unit } from './numbers';
export { expandRowRuns, REPORT_VERSION } from './report';
export type {
  CapacityResult,
  CheckReport,
  FileReport,
  Finding,
  FindingCode,
  FundingResult,
  IndicatorResult,
  RowRun,
  Severity,
  StatusResult,
  TableInfo,
} from './report';
