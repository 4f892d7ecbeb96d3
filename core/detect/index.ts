/**
 * core/detect: finds the tables in a free-form sheet and says what each row and column holds.
 */
export type {
  ColumnRole,
  DetectedColumn,
  DetectedRow,
  DetectedTable,
  RowRole,
} from './types';
