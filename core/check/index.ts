/**
 * core/check: the checks on the tables Ramme finds in a workbook, producing the report the CLI
 * prints, the pane shows and `ramme check --json` writes (core/report).
 */
export { checkWorkbook } from './check-workbook';
export { emptyReport } from './empty';
export { planYear, yearIn } from './plan-year';
export { sortFindings } from './order';
export { DEFAULT_SETTINGS } from './types';
export { planValueColumn } from './plan-lines';
export { catalogueLines, catalogueUnit, needIn, type CatalogueLine } from './catalogue';
export {
  findCatalogue,
  initiativesOf,
  katalogReport,
  type FoundCatalogue,
  type KatalogOptions,
  type KatalogReport,
} from './katalog';
export type { CheckOptions, Settings } from './types';
export { kindName, reasonText, statusName, unitName } from './words';
export {
  describeResults,
  periodText,
  wholeForecast,
  type ResultsTextOptions,
} from './results-text';
