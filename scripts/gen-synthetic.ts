/**
 * Synthetic budget overviews for the benchmarks: N budget lines in one sheet, Danish text
 * numbers ('1.572.000,50') mixed with real numbers, an 'I alt' subtotal after every 100 lines
 * and a grand total. Lines carry øre and the totals pass 1 billion kr., where float sums stop
 * landing on the øre. One subtotal is stated 1 øre wrong, so a correct check finds exactly one
 * mismatch. Deterministic for a given seed.
 *
 *   tsx scripts/gen-synthetic.ts [--lines 1000,10000] [--out bench-out] [--seed 1]
 */
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, Sheet, Workbook } from '../core/grid';

export const SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;
export const GROUP_SIZE = 100;
export const SHEET_NAME = 'Budget 2025';
/** First data row: title in row 1, header in row 3 (as in the example budget workbooks). */
const HEADER_ROW = 3;

export interface SyntheticGroup {
  headingRow: number;
  firstRow: number;
  lastRow: number;
  totalRow: number;
  /** The exact sum of the group's lines, in kr. as a decimal string. */
  exactTotal: string;
  /** What the sheet states (equal to exactTotal except for the planted error). */
  statedTotal: string;
}

export interface SyntheticBudget {
  workbook: Workbook;
  sheet: Sheet;
  lines: number;
  groups: SyntheticGroup[];
  grandTotalRow: number;
  /** The exact sum of the stated subtotals, which the grand total states. */
  exactGrandTotal: string;
  /** Cells (A1, no sheet) whose stated total is wrong: exactly one, 1 øre off. */
  wrongCells: string[];
}

/** mulberry32: small, fast and good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Øre as a plain decimal string in kr.: 157200050n → '1572000.5'. */
export function oreToPlain(ore: bigint): string {
  const neg = ore < 0n;
  const abs = neg ? -ore : ore;
  const kr = abs / 100n;
  const rest = abs % 100n;
  const frac = rest === 0n ? '' : `.${rest.toString().padStart(2, '0').replace(/0$/, '')}`;
  return `${neg ? '-' : ''}${kr}${frac}`;
}

/** Øre as Danish text: 157200050n → '1.572.000,50'; whole kroner without decimals. */
export function oreToDanish(ore: bigint): string {
  const neg = ore < 0n;
  const abs = neg ? -ore : ore;
  const kr = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = abs % 100n;
  return `${neg ? '-' : ''}${kr}${rest === 0n ? '' : `,${rest.toString().padStart(2, '0')}`}`;
}

function numberCell(ore: bigint): Cell {
  return { value: Number(oreToPlain(ore)), numFmt: '#,##0.00' };
}

function textCell(text: string): Cell {
  return { value: text, text };
}

/** A budget line between 10.000,00 and 9.999.999,99 kr., one in 20 whole kroner. */
function lineOre(random: () => number): bigint {
  const ore = 1_000_000 + Math.floor(random() * 998_999_999);
  return BigInt(random() < 0.05 ? ore - (ore % 100) : ore);
}

export function syntheticBudget(lines: number, seed = 1): SyntheticBudget {
  const random = prng(seed);
  const rows: Sheet['rows'] = [];
  const put = (row: number, cells: Array<Cell | undefined>) => {
    rows[row - 1] = cells;
  };
  put(1, [textCell(`Budget 2025 – syntetisk oversigt, ${lines} linjer`)]);
  put(HEADER_ROW, [textCell('Post'), textCell('Beløb i kr.')]);
  const groups: SyntheticGroup[] = [];
  const groupCount = Math.ceil(lines / GROUP_SIZE);
  let row = HEADER_ROW + 1;
  let line = 0;
  let statedSum = 0n;
  const wrongCells: string[] = [];
  for (let g = 0; g < groupCount; g++) {
    const headingRow = row++;
    put(headingRow, [textCell(`Område ${g + 1}`)]);
    let sum = 0n;
    const firstRow = row;
    for (let i = 0; i < GROUP_SIZE && line < lines; i++, line++) {
      const ore = lineOre(random);
      sum += ore;
      const value = line % 3 === 0 ? textCell(oreToDanish(ore)) : numberCell(ore);
      put(row++, [textCell(`Konto ${line + 1}`), value]);
    }
    const lastRow = row - 1;
    const totalRow = row++;
    const planted = g === groupCount - 1;
    const stated = planted ? sum + 1n : sum;
    if (planted) wrongCells.push(`B${totalRow}`);
    statedSum += stated;
    put(totalRow, [textCell('I alt'), numberCell(stated)]);
    groups.push({
      headingRow,
      firstRow,
      lastRow,
      totalRow,
      exactTotal: oreToPlain(sum),
      statedTotal: oreToPlain(stated),
    });
  }
  const grandTotalRow = row;
  // Written as text, as pasted from a PDF: past 10 billion with øre a double cannot hold it.
  put(grandTotalRow, [textCell('Total'), textCell(oreToDanish(statedSum))]);
  const sheet: Sheet = { name: SHEET_NAME, rows, rowCount: grandTotalRow, colCount: 2, merges: [] };
  return {
    workbook: { name: `budget-${lines}.xlsx`, sheets: [sheet], names: [] },
    sheet,
    lines,
    groups,
    grandTotalRow,
    exactGrandTotal: oreToPlain(statedSum),
    wrongCells,
  };
}

/** Writes the budget as .xlsx with ExcelJS's streaming writer (a million rows fit in memory). */
export async function writeSyntheticXlsx(budget: SyntheticBudget, file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = writer.addWorksheet(budget.sheet.name);
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 20;
  writeBudgetRows(ws, budget);
  await writer.commit();
}

/** Writes a budget's rows into a worksheet of ExcelJS's streaming writer and commits it. */
export function writeBudgetRows(ws: ExcelJS.Worksheet, budget: SyntheticBudget): number {
  let written = 0;
  for (let r = 1; r <= budget.sheet.rowCount; r++) {
    const row = ws.getRow(r);
    budget.sheet.rows[r - 1]?.forEach((cell, i) => {
      if (!cell) return;
      written++;
      const target = row.getCell(i + 1);
      target.value = cell.value as ExcelJS.CellValue;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
    row.commit();
  }
  ws.commit();
  return written;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function cli(args: string[]): Promise<void> {
  const sizes = (option(args, 'lines') ?? SIZES.join(',')).split(',').map(Number);
  const out = option(args, 'out') ?? 'bench-out';
  const seed = Number(option(args, 'seed') ?? 1);
  for (const lines of sizes) {
    if (!Number.isInteger(lines) || lines < 1 || lines > 1_000_000) {
      throw new Error(`--lines must be whole numbers from 1 to 1000000, got ${lines}`);
    }
    const file = path.join(out, `budget-${lines}.xlsx`);
    await writeSyntheticXlsx(syntheticBudget(lines, seed), file);
    process.stdout.write(`${file}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await cli(process.argv.slice(2));
}
