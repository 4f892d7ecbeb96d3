/**
 * The hand labels the evaluation measures against. A label file is the ground truth: every total
 * a person could identify in a workbook, right or wrong, with why; and, for the real workbooks,
 * why each error finding of a baseline run was a false alarm (its cause).
 */
import { readFileSync } from 'node:fs';

/** What a finding is about; a finding is real only when its family is the label's. */
export type Family = 'total' | 'value' | 'formula-error' | 'capacity' | 'funding' | 'status';

/** One total (or subtotal, or heraf part) cell and whether its number is right. */
export interface TotalLabel {
  sheet: string;
  cell: string;
  right: boolean;
  /** How it is wrong (omitted-rows, double-count, typed-total, wrong-refs, …) or right. */
  kind: string;
  why: string;
  /** Default 'total'; a list where the same wrong number may be reported either way. */
  family?: Family | Family[];
  /** Other cells where a finding about this same wrong number counts as finding it. */
  alsoAt?: string[];
}

/** Why the error findings of a baseline run on these cells were false alarms. */
export interface FindingLabel {
  sheet: string;
  /** A cell or range ('C3:F63'). */
  cells: string;
  /** A finding code, or '*' for any. */
  code: string;
  /** date, text-in-number-column, derived-column, wrong-parts, float-noise, … */
  cause: string;
}

export interface FileLabels {
  file: string;
  note: string;
  totals: TotalLabel[];
  findings?: FindingLabel[];
}

/** The families a finding on this label may have to be real. */
export function familiesOf(t: TotalLabel): readonly string[] {
  const f = t.family ?? 'total';
  return Array.isArray(f) ? f : [f];
}

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

function checkTotal(t: TotalLabel, where: string): void {
  if (typeof t.sheet !== 'string' || typeof t.cell !== 'string') fail(where, 'sheet/cell');
  if (!/^\$?[A-Z]{1,3}\$?\d+$/i.test(t.cell)) fail(where, `cell ${t.cell}`);
  if (typeof t.right !== 'boolean') fail(where, `right of ${t.cell}`);
  if (typeof t.why !== 'string' || t.why === '') fail(where, `why of ${t.cell}`);
}

/** Checks the shape of one file's labels, so a typo fails loudly instead of skewing the measure. */
export function validateLabels(x: FileLabels, where: string): FileLabels {
  if (typeof x.file !== 'string' || !Array.isArray(x.totals)) fail(where, 'file/totals');
  x.totals.forEach((t, i) => checkTotal(t, `${where} totals[${i}]`));
  for (const f of x.findings ?? []) {
    if (typeof f.cells !== 'string' || typeof f.cause !== 'string') fail(where, 'finding label');
  }
  return x;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
