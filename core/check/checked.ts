import type { Sheet } from '../grid';
import type { DetectedTable } from '../detect';
import type { TableValues } from './values';

/** A detected table with its numbers read, as the checks share it. */
export interface Checked {
  sheet: Sheet;
  table: DetectedTable;
  values: TableValues;
}
