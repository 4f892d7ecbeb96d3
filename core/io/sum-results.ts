import { cellAt, type Cell, type Sheet } from '../grid';
import { formulaShape, type FormulaRef } from '../detect/formula';
import { decFromExcelNumber, isDateFormat, ZERO, type Dec } from '../numbers';

/**
 * Cells a sum's references may cover, and cells all sums of a workbook may visit, at most:
 * past either a sum stays without a result (`SUM(A:A)` is a million cells).
 */
const MAX_SUM_CELLS = 10_000;
const MAX_VISITS = 4_000_000;
/** Sums resting on sums, at most: deeper (a long running total) the rest stay unknown. */
const MAX_DEPTH = 64;

/**
 * Works out the result of each formula the file stores none for (`pending`, each with its
 * sheet), when the formula is a plain sum of cells (`SUM(B4:B7)`, `B4+B5`,
 * `SUM(Drift!B9:B11)`): openpyxl stores no results, and a workbook Excel recalculates on
 * opening has its stored ones dropped (xlsx-workbook.ts). Excel
 * shows these sums as soon as it opens the file; without them the totals built on them could
 * not be checked. Only a sum whose every cell is empty, a number, or such a sum is worked out,
 * exactly and then to the nearest double as Excel holds it; text, a truth value, a date or an
 * error anywhere in it leaves it unknown (SUM and '+' treat those differently). Our own code:
 * the checks need these sums, not a formula engine.
 */
export function workOutSums(sheets: readonly Sheet[], pending: ReadonlyMap<Cell, Sheet>): void {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const work = new SumWork(byName, pending);
  for (const [cell, sheet] of pending) work.resultOf(sheet, cell, 0);
}

class SumWork {
  private readonly done = new Map<Cell, Dec | undefined>();
  private readonly open = new Set<Cell>();
  private visits = 0;

  constructor(
    private readonly byName: ReadonlyMap<string, Sheet>,
    /** The formula cells stored without a result (in reading order), each with its sheet. */
    private readonly pending: ReadonlyMap<Cell, Sheet>,
  ) {}

  /** The sum's result, set on the cell; undefined when it cannot be worked out. */
  resultOf(sheet: Sheet, cell: Cell, depth: number): Dec | undefined {
    if (this.done.has(cell)) return this.done.get(cell);
    // A circular reference, or a chain too deep: unknown here, not remembered as unknown.
    if (this.open.has(cell) || depth > MAX_DEPTH) return undefined;
    this.open.add(cell);
    const sum = this.sum(sheet, cell, depth);
    this.open.delete(cell);
    this.done.set(cell, sum);
    if (sum !== undefined) cell.value = sum.toNumber();
    return sum;
  }

  private sum(sheet: Sheet, cell: Cell, depth: number): Dec | undefined {
    if (isDateFormat(cell.numFmt)) return undefined;
    const shape = formulaShape(cell.formula!);
    if (shape.kind !== 'sum' || shape.subtotal || shape.bareRange) return undefined;
    let total = ZERO;
    let cells = 0;
    for (const ref of shape.refs) {
      const target = ref.sheet === undefined ? sheet : this.byName.get(ref.sheet.toLowerCase());
      if (!target) return undefined;
      cells += size(ref);
      if (cells > MAX_SUM_CELLS || (this.visits += size(ref)) > MAX_VISITS) return undefined;
      for (let row = ref.top; row <= ref.bottom; row++) {
        for (let col = ref.left; col <= ref.right; col++) {
          const part = this.partOf(target, cellAt(target, row, col), depth);
          if (part === undefined) return undefined;
          total = total.plus(part);
        }
      }
    }
    return total;
  }

  /** A cell a sum adds: empty is 0, a number as Excel shows it, an unknown sum worked out. */
  private partOf(sheet: Sheet, cell: Cell | undefined, depth: number): Dec | undefined {
    if (cell === undefined) return ZERO;
    const v = cell.value;
    if (v === null) {
      // An empty text result (a formula giving "") is text to '+': unknown.
      if (cell.formula === undefined) return ZERO;
      return this.pending.has(cell) ? this.resultOf(sheet, cell, depth + 1) : undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || isDateFormat(cell.numFmt)) return undefined;
    return decFromExcelNumber(v);
  }
}

function size(ref: FormulaRef): number {
  return (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
}
