/**
 * A small reader of cell formulas: enough to tell a sum of cells (`SUM(B5:B9)`, `B5+B6+B7`,
 * `SUBTOTAL(9,B5:B9)`, mixed) from any other formula (`C3*D3`, `E21/C21`), and to name the
 * cells a sum adds. Our own code: the checks need only A1 references and these few shapes, not
 * a formula engine; anything it does not know is 'other', never guessed.
 */

/** A rectangle of cells a formula names; `sheet` only when the reference names another sheet. */
export interface FormulaRef {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Which of left, top, right, bottom are fixed with '$' (they stay put when copied). */
  abs?: readonly [boolean, boolean, boolean, boolean];
}

export type FormulaShape =
  /**
   * A sum of cells: every term is a reference, a range, SUM(…) or SUBTOTAL(9|109, …).
   * `subtotal` when SUBTOTAL is among them (it skips other SUBTOTALs, and 109 hidden rows);
   * `bareRange` when a range is added other than as a whole argument of SUM or SUBTOTAL
   * (`B4:B7+C4`, which Excel does not add up as SUM does).
   */
  | { kind: 'sum'; refs: FormulaRef[]; subtotal?: true; bareRange?: true }
  /** Any other formula: a product, a ratio, a lookup, a constant. */
  | { kind: 'other' };

type Token =
  | { t: 'ref'; ref: FormulaRef; abs: readonly [boolean, boolean, boolean, boolean] }
  | { t: 'fn'; name: string }
  | { t: 'num'; text: string }
  | { t: 'op'; text: string }
  | { t: 'other'; text: string };

const COL_MAX = 16_384;
const ROW_MAX = 1_048_576;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// A cell: $A$1; a range: A1:B2; a sheet before it: Ark1! or 'Mit ark'!.
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!`;
const CELL = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})`;
const REF = new RegExp(`^(?:${SHEET})?${CELL}(?::${CELL})?(?![\\w(!])`, 'u');

function readRef(s: string): { token: Token; length: number } | undefined {
  const m = REF.exec(s);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = colNumber(m[4]!);
  const r1 = Number(m[6]);
  const c2 = m[8] !== undefined ? colNumber(m[8]) : c1;
  const r2 = m[10] !== undefined ? Number(m[10]) : r1;
  if ([c1, c2].some((c) => c < 1 || c > COL_MAX) || [r1, r2].some((r) => r < 1 || r > ROW_MAX))
    return undefined;
  const ref: FormulaRef = {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
  if (sheet !== undefined) ref.sheet = sheet;
  const abs = [m[3] === '$', m[5] === '$', (m[7] ?? m[3]) === '$', (m[9] ?? m[5]) === '$'] as const;
  if (abs.some(Boolean)) ref.abs = abs;
  return { token: { t: 'ref', ref, abs }, length: m[0].length };
}

/**
 * Formulas longer than this are not read (a sum of some 200 separate cells; none of the 3.514
 * formulas in the project's corpora passes 253 characters): every rule reads a formula several
 * times, and 3.000 cells each adding 2.000 cells one by one took a 0,3 MB file 21 s and 1,1 GB.
 */
export const MAX_FORMULA_LENGTH = 1_000;

/**
 * Characters of formulas read in one sheet (about 200.000 formulas of 20 characters), by the
 * formula rules (check/formula-totals) and by detection for a region's shape (detect/drafts):
 * each reads every formula again, and 30.000 cells each adding 198 cells one by one (26 million
 * characters, a 0,7 MB file) took 31 s and 1,2 GB. Past it they say nothing of that sheet.
 */
export const MAX_FORMULA_TEXT = 4_000_000;

/**
 * The formula's tokens, or undefined when it holds something this reader does not know (or is
 * longer than MAX_FORMULA_LENGTH).
 */
function tokens(formula: string): Token[] | undefined {
  if (formula.length > MAX_FORMULA_LENGTH) return undefined;
  const out: Token[] = [];
  let s = formula.replace(/^\s*=/, '');
  while (s.length > 0) {
    const space = /^\s+/.exec(s);
    if (space) {
      s = s.slice(space[0].length);
      continue;
    }
    const fn = /^(?:_xlfn\.)?([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(s);
    if (fn) {
      out.push({ t: 'fn', name: fn[1]!.toUpperCase() });
      s = s.slice(fn[0].length);
      continue;
    }
    const ref = readRef(s);
    if (ref) {
      out.push(ref.token);
      s = s.slice(ref.length);
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s);
    if (num) {
      out.push({ t: 'num', text: num[0] });
      s = s.slice(num[0].length);
      continue;
    }
    const op = /^(?:<=|>=|<>|[-+*/^&=<>(),;%:])/.exec(s);
    if (op) {
      out.push({ t: 'op', text: op[0] === ';' ? ',' : op[0] });
      s = s.slice(op[0].length);
      continue;
    }
    const str = /^"(?:[^"]|"")*"/.exec(s);
    if (str) {
      out.push({ t: 'other', text: str[0] });
      s = s.slice(str[0].length);
      continue;
    }
    const word = /^[^\s(),;+\-*/^&=<>"]+/.exec(s);
    if (!word) return undefined;
    out.push({ t: 'other', text: word[0] });
    s = s.slice(word[0].length);
  }
  return out;
}

/** A recursive-descent reading of the sum shapes; any other token makes the formula 'other'. */
class SumReader {
  private i = 0;
  readonly refs: FormulaRef[] = [];
  subtotal = false;
  bareRange = false;

  constructor(private readonly ts: Token[]) {}

  private peek(): Token | undefined {
    return this.ts[this.i];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'op' && t.text === text;
  }

  /** expr := ['+'] term ('+' term)* */
  expr(): boolean {
    if (this.isOp('+')) this.i++;
    if (!this.term()) return false;
    while (this.isOp('+')) {
      this.i++;
      if (!this.term()) return false;
    }
    return true;
  }

  private term(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === 'ref') {
      this.refs.push(t.ref);
      if (t.ref.top !== t.ref.bottom || t.ref.left !== t.ref.right) this.bareRange = true;
      this.i++;
      return true;
    }
    if (t.t === 'op' && t.text === '(') {
      this.i++;
      if (!this.expr() || !this.isOp(')')) return false;
      this.i++;
      return true;
    }
    if (t.t === 'fn' && t.name === 'SUM') {
      this.i++;
      return this.args();
    }
    if (t.t === 'fn' && t.name === 'SUBTOTAL') {
      this.subtotal = true;
      this.i++;
      const fn = this.peek();
      if (!fn || fn.t !== 'num' || (fn.text !== '9' && fn.text !== '109')) return false;
      this.i++;
      if (!this.isOp(',')) return false;
      this.i++;
      return this.args();
    }
    return false;
  }

  /** args := arg (',' arg)* ')' */
  private args(): boolean {
    if (!this.arg()) return false;
    while (this.isOp(',')) {
      this.i++;
      if (!this.arg()) return false;
    }
    if (!this.isOp(')')) return false;
    this.i++;
    return true;
  }

  /** arg := ref | expr: a reference that is the whole argument is added as SUM adds a range. */
  private arg(): boolean {
    const t = this.peek();
    const next = this.ts[this.i + 1];
    if (t?.t === 'ref' && next?.t === 'op' && (next.text === ',' || next.text === ')')) {
      this.refs.push(t.ref);
      this.i++;
      return true;
    }
    return this.expr();
  }

  done(): boolean {
    return this.i === this.ts.length;
  }
}

/** What a formula is: a sum of cells (and which), or something else. */
export function formulaShape(formula: string): FormulaShape {
  const ts = tokens(formula);
  if (!ts || ts.length === 0) return { kind: 'other' };
  const reader = new SumReader(ts);
  if (reader.expr() && reader.done() && reader.refs.length > 0) {
    const shape: FormulaShape = { kind: 'sum', refs: reader.refs };
    if (reader.subtotal) shape.subtotal = true;
    if (reader.bareRange) shape.bareRange = true;
    return shape;
  }
  return { kind: 'other' };
}

/** Every cell reference in a formula, whatever its shape (empty when it cannot be read). */
export function formulaRefs(formula: string): FormulaRef[] {
  const ts = tokens(formula) ?? [];
  return ts.flatMap((t) => (t.t === 'ref' ? [t.ref] : []));
}

/**
 * The formula with each relative reference written as an offset from its own cell (as Excel's
 * R1C1 notation does): copies of one formula down a column or along a row give one key.
 * Undefined when the formula cannot be read.
 */
export function relativeKey(formula: string, row: number, col: number): string | undefined {
  const ts = tokens(formula);
  if (!ts) return undefined;
  return ts
    .map((t) => {
      if (t.t === 'fn') return `${t.name}(`;
      if (t.t !== 'ref') return t.text;
      const { ref, abs } = t;
      const c = (n: number, a: boolean) => (a ? `C${n}` : `C[${n - col}]`);
      const r = (n: number, a: boolean) => (a ? `R${n}` : `R[${n - row}]`);
      const sheet = ref.sheet !== undefined ? `'${ref.sheet}'!` : '';
      const first = `${r(ref.top, abs[1])}${c(ref.left, abs[0])}`;
      const last = `${r(ref.bottom, abs[3])}${c(ref.right, abs[2])}`;
      return first === last ? sheet + first : `${sheet}${first}:${last}`;
    })
    .join(' ');
}

/**
 * Cells a sum's references may cover for it to be read cell by cell (by the formula rules, and
 * worked out where the file stores no result): past it (`SUM(A:A)`) a sum is left alone.
 */
export const MAX_SUM_CELLS = 10_000;

/** The cells a reference covers, whatever its sheet. */
export function refSize(r: FormulaRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** A sum's references as a copy of its cell `rowShift` rows down, `colShift` columns right has them. */
export function movedRefs(
  refs: readonly FormulaRef[],
  rowShift: number,
  colShift: number,
): FormulaRef[] | undefined {
  const out: FormulaRef[] = [];
  for (const r of refs) {
    const [l, t, ri, b] = r.abs ?? [false, false, false, false];
    const m: FormulaRef = {
      ...r,
      left: l ? r.left : r.left + colShift,
      top: t ? r.top : r.top + rowShift,
      right: ri ? r.right : r.right + colShift,
      bottom: b ? r.bottom : r.bottom + rowShift,
    };
    if (m.top < 1 || m.left < 1 || m.top > m.bottom || m.left > m.right) return undefined;
    out.push(m);
  }
  return out;
}
