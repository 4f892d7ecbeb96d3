export { createExcelHost, officeApi, type OfficeApi } from './excel-host';
export { readGrid, type ReadFeatures } from './read';
export { planBatches, estimateBytes, BATCH_BUDGET, BYTES_PER_CELL, PAYLOAD_LIMIT } from './payload';
export type { Block, Region } from './payload';
export { cellFromOffice, isDateFormat } from './grid-cells';
export { RESULTS_SHEET } from './results';
