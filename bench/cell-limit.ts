/**
 * The measurement behind the read limit on cells (core/io DEFAULT_READ_LIMITS.maxCells, the
 * README's "Grænser / Limits"): `ramme check` on a workbook of several synthetic budget sheets
 * (a sheet holds at most 1.048.576 rows), in a child process with Node's default heap, as a
 * user's process runs it. Prints the cells, the peak RSS and the bytes per cell as JSON. Not a
 * bench suite: the default 3 × 900.000 lines (5.481.015 cells, 65 MB) takes minutes to write.
 *
 *   npx tsx bench/cell-limit.ts [lines per sheet, default 900000] [sheets, default 3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { syntheticBudget, writeBudgetRows } from '../scripts/gen-synthetic';

/** Writes `sheets` budgets of `lines` lines (seeds 1, 2, …) as one workbook; returns its cells. */
export async function writeBudgetSheets(
  lines: number,
  sheets: number,
  file: string,
): Promise<number> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  let cells = 0;
  for (let s = 0; s < sheets; s++) {
    const budget = syntheticBudget(lines, s + 1);
    cells += writeBudgetRows(writer.addWorksheet(`Budget ${2025 + s}`), budget);
  }
  await writer.commit();
  return cells;
}

export interface CellLimitFigures {
  lines: number;
  sheets: number;
  cells: number;
  /** The whole process's RSS at its peak, and that less the RSS before the read, per cell. */
  peakBytes: number;
  bytesPerCell: number;
  ms: number;
  ok: boolean;
}

const CHILD = fileURLToPath(new URL('./memory-child.ts', import.meta.url));

export async function measureCellLimit(lines: number, sheets: number): Promise<CellLimitFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ramme-cell-limit-'));
  try {
    const file = path.join(dir, `budget-${sheets}x${lines}.xlsx`);
    const cells = await writeBudgetSheets(lines, sheets, file);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', CHILD, 'ramme', file, String(cells)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const r = JSON.parse(out) as { before: number; peak: number; ms: number; ok: boolean };
    return {
      lines,
      sheets,
      cells,
      peakBytes: r.peak,
      bytesPerCell: Math.round(Math.max(0, r.peak - r.before) / cells),
      ms: Math.round(r.ms),
      ok: r.ok,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [lines = 900_000, sheets = 3] = process.argv.slice(2).map(Number);
  const figures = await measureCellLimit(lines, sheets);
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
