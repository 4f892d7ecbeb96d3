import { formatRange } from '../grid';
import type { TableInfo } from '../report';
import { tableRoles } from './roles';
import type { DetectedTable } from './types';

/** What Ramme understood, per table, for the report and the pane. */
export function describeTables(tables: readonly DetectedTable[]): TableInfo[] {
  return tables.map((t) => ({
    sheet: t.sheet,
    range: formatRange(t.range),
    kind: t.kind,
    unit: t.unit,
    roles: tableRoles(t),
  }));
}
