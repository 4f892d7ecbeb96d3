/**
 * The ExcelJS writer of eval/make-corpus.py: writes each workbook spec (cells with values,
 * dates, or formulas with the result the spec computed) as an .xlsx, the way JS tools write them.
 * Usage: tsx eval/make-corpus-exceljs.ts SPECS.json OUT_DIR
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

interface CellSpec {
  ref: string;
  value?: string | number | boolean | null;
  date?: string;
  formula?: string;
  result?: number | string | null;
  numFmt?: string;
}

interface TableSpec {
  name: string;
  ref: string;
  columns: string[];
  rows: Array<Array<string | number | null>>;
  numFmts: Array<string | null>;
}

interface BookSpec {
  file: string;
  sheets: Array<{ name: string; cells: CellSpec[]; tables: TableSpec[] }>;
}

function addTable(ws: ExcelJS.Worksheet, t: TableSpec): void {
  ws.addTable({
    name: t.name,
    ref: t.ref,
    headerRow: true,
    columns: t.columns.map((name) => ({ name })),
    rows: t.rows,
  });
  const first = ws.getCell(t.ref);
  t.numFmts.forEach((fmt, i) => {
    if (!fmt) return;
    for (let r = 1; r <= t.rows.length; r++) {
      ws.getCell(Number(first.row) + r, Number(first.col) + i).numFmt = fmt;
    }
  });
}

function cellValue(c: CellSpec): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    return { formula: c.formula, result: c.result ?? undefined } as ExcelJS.CellFormulaValue;
  }
  if (c.date !== undefined) return new Date(`${c.date}T00:00:00Z`);
  return c.value ?? null;
}

async function writeBook(spec: BookSpec, outDir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'eval/make-corpus';
  // A fixed date keeps the written files the same from run to run.
  wb.created = new Date('2025-01-01T00:00:00Z');
  wb.modified = wb.created;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.cells) {
      const cell = ws.getCell(c.ref);
      cell.value = cellValue(c);
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
    for (const t of s.tables) addTable(ws, t);
  }
  await wb.xlsx.writeFile(path.join(outDir, spec.file));
}

async function main(): Promise<void> {
  const [specFile, outDir] = process.argv.slice(2);
  if (!specFile || !outDir) throw new Error('usage: make-corpus-exceljs.ts SPECS.json OUT_DIR');
  const specs = JSON.parse(readFileSync(specFile, 'utf8')) as BookSpec[];
  for (const spec of specs) await writeBook(spec, outDir);
}

main().catch((e: unknown) => {
  process.stderr.write(`make-corpus-exceljs: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
