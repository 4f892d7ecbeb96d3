import { a1, cellAt, columnName, forEachCell, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import {
  formulaRefs,
  formulaShape,
  MAX_SUM_CELLS,
  refSize,
  isFootnoteLabel,
  isHerafLabel,
  isTotalLabel,
  MAX_FORMULA_TEXT,
  type DetectedTable,
} from '../detect';
import { formatDecimals, toPlain, ZERO, type Dec } from '../numbers';
import type { Finding, FindingCode } from '../report';
import {
  hasNumber,
  key,
  labelLeftOf,
  numberAt,
  shapeKeys,
  sumCellOf,
  unkey,
  direction,
  type SumCell,
} from './formula-cells';
import { rowList } from './row-list';
import { sentence, show } from './messages';
import { checkSiblings } from './formula-siblings';
import { typedAmongFormulas } from './typed-among-formulas';
import { checkOddResults } from './formula-odd-result';
import { checkTypedTotals } from './typed-total';

/**
 * Formulas are the author's statement of intent: a total written as a sum of cells names its
 * own parts. Three ways such a sum is wrong while Excel computes it faithfully: it leaves out
 * numbers next to the cells it adds (Excel's own "formula omits adjacent cells"), it adds a
 * subtotal together with that subtotal's own parts (double counting), or it differs from the
 * sibling totals beside it (checkSiblings). Each finding names the formula.
 */
export function checkFormulaTotals(
  sheet: Sheet,
  tables: readonly DetectedTable[],
  lang: Lang,
): Finding[] {
  // Past the budget the rules say nothing of the sheet (detect/formula).
  if (formulaText(sheet) > MAX_FORMULA_TEXT) return [];
  const sums = sumCells(sheet);
  if (!sums || sums.length === 0) return [];
  const findings: Finding[] = [];
  const judged = new Set<string>();
  const sumsAt = new Map<number, SumCell>();
  for (const s of sums) sumsAt.set(place(s.row, s.col), s);
  const context: Context = { sheet, tables, lang, sumsAt };
  for (const s of sums) {
    const f = doubleCounted(context, s) ?? omitted(context, s, sums);
    if (f) {
      findings.push(f);
      judged.add(a1(s.row, s.col));
    }
  }
  const keyOf = shapeKeys();
  for (const f of checkSiblings(sheet, sums, lang, keyOf)) {
    if (!judged.has(f.cell)) findings.push(f);
  }
  const odd = checkOddResults(sheet, lang, keyOf);
  for (const f of odd.findings) findings.push(f);
  const typed = checkTypedTotals(sheet, sums, odd.intended, lang, keyOf);
  for (const f of typed) findings.push(f);
  // A typed total found wrong needs no warning that it is typed.
  const wrong = new Set(typed.map((f) => f.cell));
  for (const f of typedAmongFormulas(sheet, sums, lang)) if (!wrong.has(f.cell)) findings.push(f);
  return findings;
}

/** The characters of all the sheet's formulas together. */
function formulaText(sheet: Sheet): number {
  let chars = 0;
  forEachCell(sheet, (cell) => {
    if (cell.formula !== undefined) chars += cell.formula.length;
  });
  return chars;
}

interface Context {
  sheet: Sheet;
  tables: readonly DetectedTable[];
  lang: Lang;
  /** The sheet's sum cells by `place`: each formula is read once, not at every question. */
  sumsAt: ReadonlyMap<number, SumCell>;
}

/** A cell as one number (no column is past 16.384). */
const place = (row: number, col: number): number => row * 16_385 + col;

/** What sumCellOf says of the cell, from the sums read once (sumCells asks it of every formula). */
function sumAt(ctx: Context, row: number, col: number): SumCell | undefined {
  return ctx.sumsAt.get(place(row, col));
}

/**
 * Cells all sums of a sheet may add together, at most: past it the formula rules say nothing
 * of the sheet. A running `SUM(B$2:B2)` copied down 10.000 rows adds 50 million cells, and
 * each sum keeps the set of its cells (it ran out of memory after 40 s; 5.000 rows took 1,1 GB).
 */
export const MAX_SUMMED_CELLS = 250_000;

/** Every sum cell of the sheet, top to bottom; undefined past MAX_SUMMED_CELLS. */
export function sumCells(sheet: Sheet): SumCell[] | undefined {
  const out: SumCell[] = [];
  let summed = 0;
  let over = false;
  forEachCell(sheet, (cell, r, c) => {
    if (cell.formula === undefined) return;
    const shape = formulaShape(cell.formula);
    if (shape.kind !== 'sum') return;
    let size = 0;
    for (const ref of shape.refs) size += refSize(ref);
    // A sum past MAX_SUM_CELLS is never expanded (cellsOf): it costs nothing.
    if (size <= MAX_SUM_CELLS && (summed += size) > MAX_SUMMED_CELLS) return (over = true);
    const s = sumCellOf(sheet, r + 1, c + 1, cell.formula, shape.refs);
    if (s) out.push(s);
  });
  return over ? undefined : out;
}

/** The header row of the detected table holding a cell, if any. */
function headerRowOf(tables: readonly DetectedTable[], row: number, col: number): number {
  for (const t of tables) {
    const r = t.range;
    if (col >= r.left && col <= r.right && row >= r.top && row <= r.bottom) return t.headerRow;
  }
  return 0;
}

/** A number a sum should have added: a plain line, not a total, heraf part, date or year heading. */
function isLine(ctx: Context, row: number, col: number, total: SumCell): boolean {
  const { sheet } = ctx;
  if (row === total.row && col === total.col) return false;
  if (!hasNumber(sheet, row, col)) return false;
  if (sumAt(ctx, row, col)) return false;
  // The row of another total (its sum in the total's own column) starts the next group.
  if (col !== total.col && sumAt(ctx, row, total.col)) return false;
  if (row <= headerRowOf(ctx.tables, row, col)) return false;
  const label = labelLeftOf(sheet, row, Math.min(col, total.col));
  return !isTotalLabel(label) && !isHerafLabel(label) && !isFootnoteLabel(label);
}

/** A whole number that reads as a year (a heading above the lines, not an amount). */
function looksLikeYear(d: Dec): boolean {
  return d.isInteger() && d.gte(1900) && d.lte(2100);
}

function sumOf(sheet: Sheet, cells: Iterable<string>): Dec {
  let sum = ZERO;
  for (const k of cells) {
    const { row, col } = unkey(k);
    const v = numberAt(sheet, row, col);
    if (v) sum = sum.plus(v);
  }
  return sum;
}

/** Whether a difference prints as zero at 15 digits or at the total's own number format. */
function printsAsZero(sheet: Sheet, s: SumCell, difference: Dec): boolean {
  if (difference.isZero()) return true;
  const base = s.value?.abs() ?? ZERO;
  // Beyond Excel's 15 significant digits of the total, a difference is binary noise.
  if (!base.isZero() && difference.abs().lt(base.times('1e-14'))) return true;
  const numFmt = cellAt(sheet, s.row, s.col)?.numFmt;
  const decimals = numFmt ? formatDecimals(numFmt) : undefined;
  return decimals !== undefined && difference.abs().toDecimalPlaces(decimals).isZero();
}

/** Rows (or columns) next to a down (across) sum that hold lines it does not add. */
function omittedCells(ctx: Context, s: SumCell): string[] {
  const dir = direction(s);
  if (dir === 'mixed') return [];
  const fixed = dir === 'down' ? s.refs[0]!.left : s.refs[0]!.top;
  // Across a row only year columns are kept (the filter at the end): a row no table gives
  // year columns has nothing to find.
  if (dir === 'across' && !hasYearColumns(ctx, fixed)) return [];
  const along = [...s.cells].map(unkey).map((c) => (dir === 'down' ? c.row : c.col));
  const at = (i: number) => (dir === 'down' ? { row: i, col: fixed } : { row: fixed, col: i });
  const own = dir === 'down' ? s.row : s.col;
  const lo = Math.min(...along);
  const hi = Math.max(...along);
  // A sum beside its parts (in another column or row) is judged only when it stands next to
  // them: far off it is a side calculation that picks what it needs.
  const across = dir === 'down' ? s.col !== fixed : s.row !== fixed;
  if (across && (own < lo - 2 || own > hi + 2)) return [];
  // Read when first asked: most sums (a row's `=B5+C5`) never ask.
  let inputs: Set<string> | undefined;
  const isInput = (k: string) => (inputs ??= inputsOf(ctx, s)).has(k);
  const out: string[] = [];
  const line = (i: number) =>
    i >= 1 &&
    i !== own &&
    !isInput(key(at(i).row, at(i).col)) &&
    isLine(ctx, at(i).row, at(i).col, s);
  const isSubtotal = (i: number): boolean =>
    sumAt(ctx, at(i).row, at(i).col) !== undefined ||
    isTotalLabel(labelLeftOf(ctx.sheet, at(i).row, at(i).col));
  // Beyond the ends of one unbroken range, as far as lines go, up to the total itself; not
  // past a subtotal, whose own parts lie beyond it.
  // A sum beside the last (or first) line of its own range closes a group there (a week's total
  // on its Sunday): the lines beyond belong to the next group.
  const unbroken = hi - lo + 1 === new Set(along).size && (own < lo || own > hi);
  if (unbroken && !isSubtotal(hi)) {
    for (let i = hi + 1; line(i) && !(own > hi && i >= own); i++) {
      out.push(key(at(i).row, at(i).col));
    }
  }
  if (unbroken && !isSubtotal(lo)) {
    for (let i = lo - 1; line(i) && !(own < lo && i <= own); i--) {
      // A year just under the header is the column's heading, not a forgotten line.
      const v = numberAt(ctx.sheet, at(i).row, at(i).col)!;
      if (looksLikeYear(v) && !line(i - 1)) break;
      out.push(key(at(i).row, at(i).col));
    }
  }
  // A sum of subtotals (`=G8+G15+G22+G36`) that skips a subtotal of the same kind between them.
  const allSums = () =>
    [...s.cells].every((k) => {
      const c = unkey(k);
      const inner = sumAt(ctx, c.row, c.col);
      return inner !== undefined && direction(inner) === 'down';
    });
  if (dir === 'down' && s.cells.size >= 2 && allSums()) {
    for (let i = lo + 1; i < hi; i++) {
      const k = key(at(i).row, at(i).col);
      const inner = s.cells.has(k) ? undefined : sumAt(ctx, at(i).row, at(i).col);
      if (inner && direction(inner) === 'down' && !isInput(k)) out.push(k);
    }
    for (const i of lastGroupLeftOut(ctx, s, fixed, hi)) out.push(key(i, fixed));
  }
  // Inside: gaps between the cells it adds, when none of those is a subtotal of its own.
  if (dir === 'down' && ![...new Set(along)].some(isSubtotal)) {
    for (let i = lo + 1; i < hi; i++) {
      if (!s.cells.has(key(at(i).row, at(i).col)) && line(i)) out.push(key(at(i).row, at(i).col));
    }
  }
  // Across a row only years (period columns) are certain to belong together: other numbers
  // beside a row's sum may be a quantity or a price.
  if (dir === 'across') return out.filter((k) => isYearColumnCell(ctx, unkey(k)));
  return out;
}

/**
 * Below the last subtotal a sum of subtotals adds, before the sum itself: a subtotal labelled as
 * its siblings are ('Uge 14 i alt' after 'Uge 10 i alt' … 'Uge 13 i alt'), over lines of its own
 * between them, even of one line (`=SUM(C26:C26)`), is a group the sum leaves out.
 */
function lastGroupLeftOut(ctx: Context, s: SumCell, col: number, hi: number): number[] {
  if (s.col !== col || s.row <= hi) return [];
  const shape = (row: number) => labelLeftOf(ctx.sheet, row, col).replace(/\d+/g, '#');
  const siblings = new Set([...s.cells].map((k) => shape(unkey(k).row)));
  const out: number[] = [];
  for (let row = hi + 1; row < s.row; row++) {
    const formula = cellAt(ctx.sheet, row, col)?.formula;
    if (formula === undefined) continue;
    const f = formulaShape(formula);
    if (f.kind !== 'sum') continue;
    const own = f.refs.every(
      (r) =>
        r.sheet === undefined && r.left === col && r.right === col && r.top > hi && r.bottom < row,
    );
    const label = labelLeftOf(ctx.sheet, row, col);
    if (own && isTotalLabel(label) && siblings.has(shape(row))) out.push(row);
  }
  return out;
}

/** Cells the formulas of a sum's own cells read (`=H20*25%` reads H20): inputs, not lines. */
function inputsOf(ctx: Context, s: SumCell): Set<string> {
  const { sheet } = ctx;
  const inputs = new Set<string>();
  for (const k of s.cells) {
    const { row, col } = unkey(k);
    const formula = cellAt(sheet, row, col)?.formula;
    if (formula === undefined) continue;
    // A sum's references are all its formula's references (read once, with the sums).
    for (const ref of sumAt(ctx, row, col)?.refs ?? formulaRefs(formula)) {
      if (ref.sheet !== undefined && ref.sheet !== sheet.name) continue;
      if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > 1_000) continue;
      for (let r = ref.top; r <= ref.bottom; r++) {
        for (let c = ref.left; c <= ref.right; c++) inputs.add(key(r, c));
      }
    }
  }
  return inputs;
}

/** Whether a table over the row has a year column (isYearColumnCell can hold for some cell). */
function hasYearColumns(ctx: Context, row: number): boolean {
  return ctx.tables.some(
    (t) => row >= t.range.top && row <= t.range.bottom && t.columns.some((c) => c.role === 'year'),
  );
}

function isYearColumnCell(ctx: Context, at: { row: number; col: number }): boolean {
  return ctx.tables.some(
    (t) =>
      at.row >= t.range.top &&
      at.row <= t.range.bottom &&
      t.columns.some((c) => c.col === at.col && c.role === 'year'),
  );
}

function finding(
  ctx: Context,
  s: SumCell,
  code: FindingCode,
  expected: Dec,
  message: { da: string; en: string },
): Finding {
  return {
    severity: 'error',
    code,
    sheet: ctx.sheet.name,
    cell: a1(s.row, s.col),
    expected: toPlain(expected),
    actual: toPlain(s.value!),
    message: sentence(ctx.lang === 'en' ? message.en : message.da),
  };
}

/** 'række 10-11' / 'kolonne D-E' for the cells a message names. */
function where(cells: string[], lang: Lang): string {
  const list = cells.map(unkey);
  const rows = new Set(list.map((c) => c.row));
  if (rows.size === list.length || new Set(list.map((c) => c.col)).size === 1) {
    const r = rowList([...rows]);
    return lang === 'en' ? `${rows.size > 1 ? 'rows' : 'row'} ${r}` : `række ${r}`;
  }
  const cols = [...new Set(list.map((c) => c.col))].sort((a, b) => a - b).map(columnName);
  return lang === 'en'
    ? `${cols.length > 1 ? 'columns' : 'column'} ${cols.join(', ')}`
    : `kolonne ${cols.join(', ')}`;
}

function omitted(ctx: Context, s: SumCell, sums: readonly SumCell[]): Finding | undefined {
  if (s.value === null) return undefined;
  const cells = omittedCells(ctx, s);
  if (cells.length === 0) return undefined;
  // Another sum adds these lines and the left-out ones ('I alt' above 'Første tre'): this one
  // picks a part on purpose.
  const both = [...s.cells, ...cells];
  const whole = sums.some((o) => o !== s && both.every((k) => o.cells.has(k)));
  if (whole) return undefined;
  const missing = sumOf(ctx.sheet, cells);
  if (printsAsZero(ctx.sheet, s, missing)) return undefined;
  const cell = a1(s.row, s.col);
  const m = (lang: Lang) => show(missing, null, lang);
  return finding(ctx, s, 'FORMULA_OMITS_CELLS', s.value.plus(missing), {
    da: `=${s.formula} i ${cell} udelader ${where(cells, 'da')} (${m('da')})`,
    en: `=${s.formula} in ${cell} leaves out ${where(cells, 'en')} (${m('en')})`,
  });
}

function sameLine(a: SumCell, b: SumCell): boolean {
  const d = direction(a);
  if (d === 'mixed' || direction(b) !== d) return false;
  return d === 'down' ? a.refs[0]!.left === b.refs[0]!.left : a.refs[0]!.top === b.refs[0]!.top;
}

/** A subtotal added together with its own parts: those parts count twice. */
function doubleCounted(ctx: Context, s: SumCell): Finding | undefined {
  if (s.value === null) return undefined;
  for (const k of s.cells) {
    const { row, col } = unkey(k);
    const sub = sumAt(ctx, row, col);
    // Only a subtotal along the same line (a column's subtotal in a column sum) holds parts the
    // sum also adds; `=D3+$C$2` down a column is a running total, not a double count.
    if (!sub || !sameLine(s, sub)) continue;
    // A subtotal both add is the inner sum's mistake (found there), not this one's.
    const twice = [...sub.cells].filter((c) => {
      const at = unkey(c);
      return s.cells.has(c) && !sumAt(ctx, at.row, at.col);
    });
    if (twice.length === 0) continue;
    const amount = sumOf(ctx.sheet, twice);
    if (printsAsZero(ctx.sheet, s, amount)) continue;
    const cell = a1(s.row, s.col);
    const at = a1(row, col);
    const [da, en] = [show(amount, null, 'da'), show(amount, null, 'en')];
    return finding(ctx, s, 'FORMULA_DOUBLE_COUNT', s.value.minus(amount), {
      da: `=${s.formula} i ${cell} tæller ${where(twice, 'da')} med to gange: de er også med i subtotalen i ${at} (${da})`,
      en: `=${s.formula} in ${cell} counts ${where(twice, 'en')} twice: they are also in the subtotal in ${at} (${en})`,
    });
  }
  return subtotalAsLine(ctx, s) ?? overlapsSibling(ctx, s);
}

/**
 * Weekly sums down a column whose ranges meet in one cell (`=SUM(D1:D8)`, then `=SUM(D8:D15)`):
 * that day is counted in both weeks.
 */
function overlapsSibling(ctx: Context, s: SumCell): Finding | undefined {
  if (s.value === null || s.refs.length !== 1 || direction(s) !== 'down') return undefined;
  const r = s.refs[0]!;
  if (r.bottom - r.top < 2) return undefined;
  for (let row = s.row - 2; row >= Math.max(1, s.row - 400); row--) {
    const o = sumAt(ctx, row, s.col);
    if (!o || o.refs.length !== 1 || direction(o) !== 'down') continue;
    const q = o.refs[0]!;
    if (q.left !== r.left || q.bottom - q.top < 2) continue;
    // The nearest sibling above decides: it ends where this one starts, or they do not overlap.
    if (q.bottom !== r.top) return undefined;
    const amount = numberAt(ctx.sheet, r.top, r.left);
    if (!amount || printsAsZero(ctx.sheet, s, amount)) return undefined;
    const cell = a1(s.row, s.col);
    const at = a1(o.row, o.col);
    const [da, en] = [show(amount, null, 'da'), show(amount, null, 'en')];
    return finding(ctx, s, 'FORMULA_DOUBLE_COUNT', s.value.minus(amount), {
      da: `=${s.formula} i ${cell} tæller række ${r.top} med, som =${o.formula} i ${at} også tæller (${da})`,
      en: `=${s.formula} in ${cell} counts row ${r.top}, which =${o.formula} in ${at} counts too (${en})`,
    });
  }
  return undefined;
}

/**
 * A range of lines that starts or ends with another group's subtotal (`=SUM(C13:C18)` where
 * C13 closes the week above): that subtotal is counted as if it were a line of this group.
 */
function subtotalAsLine(ctx: Context, s: SumCell): Finding | undefined {
  if (s.value === null || s.refs.length !== 1 || direction(s) !== 'down') return undefined;
  const r = s.refs[0]!;
  // Only the closing total of the group just above, at the top of a range summed below it.
  if (r.top === r.bottom || s.row <= r.bottom) return undefined;
  for (const row of [r.top]) {
    const sub = sumAt(ctx, row, r.left);
    if (!sub || sameRows(sub, s) || direction(sub) !== 'down') continue;
    if (
      sub.refs[0]!.left !== r.left ||
      Math.max(...[...sub.cells].map((k) => unkey(k).row)) !== row - 1
    )
      continue;
    if (!isTotalLabel(labelLeftOf(ctx.sheet, row, r.left))) continue;
    // Its own parts lie outside this range, and the rest of the range is plain lines.
    if ([...sub.cells].some((k) => s.cells.has(k))) continue;
    const others = [...s.cells].filter((k) => k !== key(row, r.left)).map(unkey);
    if (others.some((c) => sumAt(ctx, c.row, c.col))) continue;
    const amount = sub.value;
    if (amount === null || printsAsZero(ctx.sheet, s, amount)) continue;
    const cell = a1(s.row, s.col);
    const at = a1(row, r.left);
    const [da, en] = [show(amount, null, 'da'), show(amount, null, 'en')];
    return finding(ctx, s, 'FORMULA_DOUBLE_COUNT', s.value.minus(amount), {
      da: `=${s.formula} i ${cell} tæller subtotalen i ${at} med som en linje (${da})`,
      en: `=${s.formula} in ${cell} counts the subtotal in ${at} as one of its lines (${en})`,
    });
  }
  return undefined;
}

function sameRows(a: SumCell, b: SumCell): boolean {
  return a.cells.size === b.cells.size && [...a.cells].every((k) => b.cells.has(k));
}
