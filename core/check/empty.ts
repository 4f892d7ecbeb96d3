import type { FileReport } from '../report';

/** A report with nothing in it yet. */
export function emptyReport(file: string): FileReport {
  return {
    file,
    tables: [],
    findings: [],
    capacity: [],
    funding: [],
    indicators: [],
    status: [],
    catalogue: [],
  };
}
