/**
 * core/detect: finds the tables in a free-form sheet and says what each row and column holds.
 */
export type { ColumnRole, DetectedColumn, DetectedRow, DetectedTable, RowRole } from './types';
export { detectTables, detectWorkbookTables, type DetectOptions } from './detect';
export { describeTables } from './describe';
export {
  isFootnoteLabel,
  isGrandTotalLabel,
  isHerafLabel,
  isCumulativeLabel,
  isLabelHeader,
  isTotalLabel,
  roleFromHeader,
} from './words';
export { headerPeriod, quarterIn, yearIn } from './period';
export {
  formulaRefs,
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_TEXT,
  formulaShape,
  MAX_SUM_CELLS,
  movedRefs,
  refSize,
  relativeKey,
  type FormulaRef,
  type FormulaShape,
} from './formula';
export { isSummable, measureOf } from './meaning';
export { AMOUNT_ROLES } from './columns';
