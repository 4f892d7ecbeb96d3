import { cellAt, type Cell, type Sheet } from '../grid';
import { formulaShape, MAX_SUM_CELLS, refSize } from '../detect';
import {
  decFromExcelNumber,
  fixedToDec,
  isDateFormat,
  numberInto,
  POW10,
  type Dec,
} from '../numbers';

/**
 * The work all sums of a workbook may take (cells visited plus formula characters read), at
 * most: past it, as past MAX_SUM_CELLS for one sum, a sum stays without a result (a running
 * `SUM(B$2:B2)` copied down 10.000 rows adds 50 million cells, and 200.000 cells may share a
 * formula of 140 references).
 */
const MAX_WORK = 4_000_000;
/** Sums resting on sums, at most: deeper (a long chain met from its far end) stays unknown. */
const MAX_DEPTH = 64;

/**
 * Works out the result of each formula the file stores none for (`pending`, by sheet), when
 * the formula is a plain sum of cells (`SUM(B4:B7)`, `B4+B5`, `SUM(Drift!B9:B11)`): openpyxl
 * stores no results, and a workbook Excel recalculates on opening has its stored ones dropped
 * (xlsx-workbook.ts). Excel shows these sums as soon as it opens the file; without them the
 * totals built on them could not be checked. Only a sum whose every cell is empty, a number,
 * or such a sum is worked out, exactly and then to the nearest double as Excel holds it; text,
 * a truth value, a date or an error anywhere in it leaves it unknown (SUM and '+' treat those
 * differently). Our own code: the checks need these sums, not a formula engine.
 */
export function workOutSums(sheets: readonly Sheet[], pending: readonly NoResults[]): void {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const work = new SumWork(byName, new Set(pending.flatMap((p) => p.cells)));
  for (const { sheet, cells } of pending) {
    for (const cell of cells)
      if (work.resultOf(sheet, cell, 0) === undefined && work.spent()) return;
  }
}

/** A sheet's formula cells stored without a result, in reading order. */
export interface NoResults {
  sheet: Sheet;
  cells: readonly Cell[];
}

class SumWork {
  private readonly open = new Set<Cell>();
  private work = 0;

  constructor(
    private readonly byName: ReadonlyMap<string, Sheet>,
    /**
     * The cells still to work out: each leaves the set once decided, with its result set or
     * (unknown) none. A set, not a map of results, as a workbook may hold millions of them.
     */
    private readonly pending: Set<Cell>,
  ) {}

  /** Whether the budget of work (MAX_WORK) is spent: every sum left is unknown. */
  spent(): boolean {
    return this.work > MAX_WORK;
  }

  /** Works out a pending cell: its result, or undefined when it is unknown. */
  resultOf(sheet: Sheet, cell: Cell, depth: number): number | undefined {
    if (!this.pending.has(cell) || this.spent()) return undefined;
    // A circular reference, or a chain too deep: unknown here, not decided.
    if (this.open.has(cell) || depth > MAX_DEPTH) return undefined;
    this.open.add(cell);
    const sum = this.sum(sheet, cell, depth);
    this.open.delete(cell);
    this.pending.delete(cell);
    if (sum !== undefined) cell.value = sum;
    return sum;
  }

  private sum(sheet: Sheet, cell: Cell, depth: number): number | undefined {
    if (isDateFormat(cell.numFmt)) return undefined;
    this.work += cell.formula!.length;
    const shape = formulaShape(cell.formula!);
    if (shape.kind !== 'sum' || shape.subtotal || shape.bareRange) return undefined;
    const total = new ExactSum();
    let cells = 0;
    for (const ref of shape.refs) {
      const target = ref.sheet === undefined ? sheet : this.byName.get(ref.sheet.toLowerCase());
      if (!target) return undefined;
      cells += refSize(ref);
      if (cells > MAX_SUM_CELLS || (this.work += refSize(ref)) > MAX_WORK) return undefined;
      for (let row = ref.top; row <= ref.bottom; row++) {
        for (let col = ref.left; col <= ref.right; col++) {
          const part = this.partOf(target, cellAt(target, row, col), depth);
          if (part === undefined) return undefined;
          total.add(part);
        }
      }
    }
    return total.toNumber();
  }

  /** A cell a sum adds: empty is 0, a number as the file holds it, a pending sum worked out. */
  private partOf(sheet: Sheet, cell: Cell | undefined, depth: number): number | undefined {
    if (cell === undefined) return 0;
    const v = cell.value;
    if (v === null) {
      // Not pending: an empty text result (text to '+'), or a sum found unknown.
      return cell.formula === undefined ? 0 : this.resultOf(sheet, cell, depth + 1);
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || isDateFormat(cell.numFmt)) return undefined;
    return v;
  }
}

/**
 * Numbers added exactly as Excel shows them (15 digits): as whole counts of 10^-scale while
 * they fit (no object per cell), as a decimal once one does not.
 */
class ExactSum {
  private units = 0;
  private scale = 0;
  private dec: Dec | undefined;
  private readonly part = { units: 0, scale: 0 };

  add(n: number): void {
    if (this.dec === undefined && numberInto(n, this.part)) {
      const scale = Math.max(this.scale, this.part.scale);
      const mine = this.units * POW10[scale - this.scale]!;
      const theirs = this.part.units * POW10[scale - this.part.scale]!;
      const next = mine + theirs;
      // Within 2^53 every count and sum is exact; past it the decimal takes over.
      if (
        Number.isSafeInteger(mine) &&
        Number.isSafeInteger(theirs) &&
        Number.isSafeInteger(next)
      ) {
        this.units = next;
        this.scale = scale;
        return;
      }
    }
    this.dec = (this.dec ?? fixedToDec({ units: this.units, scale: this.scale })).plus(
      decFromExcelNumber(n),
    );
  }

  toNumber(): number {
    const n = this.dec ? this.dec.toNumber() : this.units / POW10[this.scale]!;
    return n === 0 ? 0 : n;
  }
}
