/** The corpus's expected outcomes and the invariants every CLI run must keep. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { CheckReport, FileReport } from '../../core/report';
import { BAD_DIR } from './make-corpus';
import { HOSTILE_PEAK_BYTES, reportValidator, STACK_TRACE, type CliRun } from './run-cli';
import { XLSX_HOSTILE_EXPECTED } from './xlsx-hostile';

export interface Expected {
  /** Exit codes allowed; 2 only for files that cannot be read. */
  exit: Array<0 | 1 | 2>;
  /** For unreadable files: the Danish message must say why. */
  error?: RegExp;
  /** Findings that must be there (code may be any of several), by cell and sheet. */
  findings?: Array<{ codes: string[]; cells: string[]; sheet?: string }>;
  /** Cells that must not get a TOTAL_MISMATCH. */
  totalsRight?: Array<{ sheet: string; cell: string }>;
  /** Whether at least one table must be found. */
  tables?: boolean;
}

export const EXPECTED: Record<string, Expected> = {
  'corrupt-zip.xlsx': { exit: [2], error: /beskadiget/ },
  'zip-not-xlsx.xlsx': { exit: [2], error: /ikke en Excel-projektmappe|beskadiget|ingen ark/ },
  'random-bytes.xlsx': { exit: [2], error: /ikke en Excel-projektmappe/ },
  'zero-bytes.xlsx': { exit: [2], error: /ikke en Excel-projektmappe|er tom/ },
  'encrypted.xlsx': { exit: [2], error: /er krypteret \(beskyttet med adgangskode\)/ },
  // Told apart from a password by its data spaces: no password to remove, a label to change.
  'rights-protected.xlsx': {
    exit: [2],
    error: /er beskyttet med rettighedsstyring.*følsomhedsmærkat/,
  },
  'csv-named.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
    tables: true,
  },
  'empty-workbook.xlsx': { exit: [0], tables: false },
  'last-row-touched.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
    tables: true,
  },
  'error-values.xlsx': {
    exit: [0, 1],
    findings: ['B4', 'B5', 'B6'].map((cell) => ({
      codes: ['FORMULA_ERROR', 'UNREADABLE_VALUE'],
      cells: [cell],
    })),
  },
  'merged-header.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B6'] }],
    tables: true,
  },
  'hidden-rows-and-sheets.xlsx': {
    exit: [1],
    // A hidden row still counts (as in SUM); a hidden sheet is still checked.
    totalsRight: [{ sheet: 'Budget 2024', cell: 'B7' }],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'], sheet: 'Skjult' }],
  },
  'dates-as-text.xlsx': { exit: [0, 1] },
  'numbers-as-dates.xlsx': {
    exit: [0, 1],
    // An amount Excel shows as a date is never summed or skipped silently.
    findings: [
      { codes: ['UNREADABLE_VALUE', 'TOTAL_MISMATCH', 'MIXED_UNITS'], cells: ['B5', 'B7'] },
    ],
  },
  'long-strings.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
  },
  'html-and-formulas-in-text.xlsx': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B10'] }],
  },
  'circular-references.xlsx': {
    exit: [0, 1],
    totalsRight: [{ sheet: 'Budget 2024', cell: 'B7' }],
  },
  // Refused from the zip's directory, before 50 MB of spaces are unpacked.
  'zip-bomb.xlsx': { exit: [2], error: /zip-bombe/ },
  // Told apart from an encrypted workbook by its directory; the message says how to convert.
  'legacy-excel-97.xls': { exit: [2], error: /gamle Excel-format \(\.xls\).*--convert-to xlsx/ },
  'pdf-named.xlsx': { exit: [2], error: /er en PDF-fil, ikke en projektmappe/ },
  'prose-named.csv': { exit: [2], error: /ligner ikke en CSV-fil/ },
  ...XLSX_HOSTILE_EXPECTED,
};

/** Outcomes of the files made at test time (GENERATED_FILES). */
export const GENERATED_EXPECTED: Record<string, Expected> = {
  // Refused from their status, never opened: reading them would hang or never end.
  'named-pipe.csv': { exit: [2], error: /en navngiven pipe \(FIFO\); den åbnes ikke/ },
  'dev-zero-link.xlsx': {
    exit: [2],
    error: /en enhed \(gennem et link\); den åbnes ikke/,
  },
  // Refused by the width of its first line, before a 90.000-column grid is made (it took 4 GB).
  'wide-row.csv': {
    exit: [2],
    error: /linje 1 har flere felter, end et regneark har kolonner/,
  },
  'single-line-150mb.csv': { exit: [2], error: /linje 1 har flere felter/ },
  // Checked as usual; the human report prints the names escaped (corpus.test.ts).
  'escape-\u001b[31m-bell-\u0007-name.csv': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
  },
  'newline-\nFEJL  forfalsket!A1.csv': {
    exit: [1],
    findings: [{ codes: ['TOTAL_MISMATCH'], cells: ['B7'] }],
  },
};

export function corpusFiles(): string[] {
  return readdirSync(BAD_DIR).filter((f) => statSync(path.join(BAD_DIR, f)).isFile());
}

/** One file's run took no more memory than any file may, whatever it declares. */
export function expectBounded(run: CliRun): void {
  expect(run.peakBytes, 'the peak memory was measured').toBeGreaterThan(0);
  expect(run.peakBytes).toBeLessThan(HOSTILE_PEAK_BYTES);
}

/** The invariants every run keeps, whatever the file. */
export function expectWellBehaved(run: CliRun): CheckReport {
  expect(run.timedOut, 'killed at the time limit').toBe(false);
  expect(run.signal).toBeNull();
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(STACK_TRACE);
  const report = JSON.parse(run.stdout) as CheckReport;
  const validate = reportValidator();
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  // No computed NaN or Infinity; a cell that holds the text 'NaN' is quoted as the user wrote it.
  const unquoted = run.stdout.replace(/\\"[^"\\]*\\"/g, '""');
  expect(unquoted).not.toMatch(/NaN|Infinity|"-0"/);
  return report;
}

export function expectOutcome(file: FileReport, run: CliRun, expected: Expected): void {
  expect(expected.exit).toContain(run.code);
  if (run.code === 2) {
    expect(file.error).toMatch(expected.error ?? /./);
    expect(run.stderr).toContain(file.error);
  } else {
    expect(file.error).toBeUndefined();
  }
  for (const want of expected.findings ?? []) {
    const hit = file.findings.some(
      (f) =>
        want.codes.includes(f.code) &&
        want.cells.includes(f.cell) &&
        (want.sheet === undefined || f.sheet === want.sheet),
    );
    expect(hit, `a ${want.codes.join('/')} finding at ${want.cells.join(' or ')}`).toBe(true);
  }
  for (const right of expected.totalsRight ?? []) {
    const wrong = file.findings.filter(
      (f) => f.code === 'TOTAL_MISMATCH' && f.sheet === right.sheet && f.cell === right.cell,
    );
    expect(wrong).toEqual([]);
  }
  if (expected.tables !== undefined) expect(file.tables.length > 0).toBe(expected.tables);
  // Findings are for people: every message is a sentence, in Danish by default.
  for (const f of file.findings) expect(f.message.length).toBeGreaterThan(0);
}
