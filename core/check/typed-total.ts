import { a1, cellAt, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { movedRefs, relativeKey, type FormulaRef } from '../detect';
import {
  decFromExcelNumber,
  formatDecimals,
  isDateFormat,
  toPlain,
  ZERO,
  type Dec,
} from '../numbers';
import type { Finding } from '../report';
import {
  cellsOf,
  direction,
  key,
  labelLeftOf,
  movedFormula,
  numberAt,
  unkey,
  type ShapeKeys,
  type SumCell,
} from './formula-cells';
import type { Intended } from './formula-odd-result';
import { sentence, show } from './messages';

/**
 * A number typed in where the column's other totals of the same label are copies of one
 * formula ('Wochenstunden:' `=SUM(D13:D19)`, `=SUM(D24:D30)`, … and a typed 13 in D10): copied
 * there, that formula would add the rows above it. A typed total that differs from that sum is
 * wrong (an error, with the formula its neighbours use); one that agrees is left to the
 * TYPED_AMONG_FORMULAS warning.
 */
export function checkTypedTotals(
  sheet: Sheet,
  sums: readonly SumCell[],
  intended: Intended,
  lang: Lang,
  keyOf: ShapeKeys = relativeKey,
): Finding[] {
  const findings: Finding[] = [];
  const byCol = new Map<number, Group[]>();
  for (const g of siblingGroups(sheet, sums, keyOf)) {
    const col = g.members[0]!.col;
    const list = byCol.get(col);
    if (list) list.push(g);
    else byCol.set(col, [g]);
  }
  for (const [col, groups] of byCol) {
    // One pass down the column for all its groups.
    for (let row = 1; row <= sheet.rows.length; row++) {
      if (!isTyped(sheet, row, col)) continue;
      const label = labelKey(labelLeftOf(sheet, row, col));
      // The exact value only for a number beside a group's label: a column holds many more.
      let typed: Dec | undefined;
      for (const g of groups) {
        if (label !== g.label) continue;
        typed ??= typedAt(sheet, row, col)!;
        const f = judge(sheet, { row, col, value: typed }, g, intended, lang);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

interface Group {
  label: string;
  members: SumCell[];
  /** The members and every cell they add. */
  taken: Set<string>;
}

/** 'Wochenstunden:' and 'wochenstunden' are one label. */
const labelKey = (label: string): string => label.toLowerCase().replace(/[\s:.]+$/u, '');

/** Column sums of one shape and one row label, at least two of them. */
function siblingGroups(sheet: Sheet, sums: readonly SumCell[], keyOf: ShapeKeys): Group[] {
  const groups = new Map<string, Group>();
  for (const s of sums) {
    if (direction(s) !== 'down') continue;
    const label = labelKey(labelLeftOf(sheet, s.row, s.col));
    const shape = keyOf(s.formula, s.row, s.col);
    if (label === '' || shape === undefined) continue;
    const k = `${s.col}\u0000${shape}\u0000${label}`;
    const g = groups.get(k) ?? { label, members: [], taken: new Set<string>() };
    g.members.push(s);
    g.taken.add(key(s.row, s.col));
    for (const c of s.cells) g.taken.add(c);
    groups.set(k, g);
  }
  return [...groups.values()].filter((g) => g.members.length >= 2);
}

/** Whether typedAt gives a number there, without making it. */
function isTyped(sheet: Sheet, row: number, col: number): boolean {
  const cell = cellAt(sheet, row, col);
  if (!cell || cell.formula !== undefined || isDateFormat(cell.numFmt)) return false;
  return typeof cell.value === 'number' && Number.isFinite(cell.value);
}

function typedAt(sheet: Sheet, row: number, col: number): Dec | undefined {
  if (!isTyped(sheet, row, col)) return undefined;
  return decFromExcelNumber(cellAt(sheet, row, col)!.value as number);
}

function judge(
  sheet: Sheet,
  typed: { row: number; col: number; value: Dec },
  group: Group,
  intended: Intended,
  lang: Lang,
): Finding | undefined {
  const self = key(typed.row, typed.col);
  if (group.taken.has(self)) return undefined;
  const model = group.members.reduce((a, b) =>
    Math.abs(b.row - typed.row) < Math.abs(a.row - typed.row) ? b : a,
  );
  const moved = movedRefs(model.refs, typed.row - model.row, 0);
  const cells = moved && cellsOf(moved, sheet);
  if (!cells || cells.has(self)) return undefined;
  // Its own group of lines: none of them a sibling's line or a sibling itself.
  for (const k of cells) if (group.taken.has(k)) return undefined;
  if (!sameBounds(sheet, group, model, moved!, cells)) return undefined;
  let sum = ZERO;
  let numbers = 0;
  const counted: Array<{ cell: string; value: Dec }> = [];
  for (const k of cells) {
    const { row, col } = unkey(k);
    const meant = intended.get(k);
    // A day showing FALSE or #REF! that no check could read as meant: what the week holds is unsure.
    if (!meant && unclear(sheet, row, col)) return undefined;
    const v = meant ?? numberAt(sheet, row, col);
    if (!v) continue;
    [sum, numbers] = [sum.plus(v), numbers + 1];
    if (meant) counted.push({ cell: a1(row, col), value: meant });
  }
  if (numbers === 0 || agrees(sheet, typed, sum)) return undefined;
  return finding(sheet, typed, model, sum, counted, lang);
}

/**
 * The copied range is a group of lines as the model's is: no other total of the label inside
 * it, and where a blank or a heading stands above the model's lines, none of them (a number)
 * above these; else the copy reaches into another table.
 */
function sameBounds(
  sheet: Sheet,
  group: Group,
  model: SumCell,
  moved: readonly FormulaRef[],
  cells: ReadonlySet<string>,
): boolean {
  for (const k of cells) {
    const { row, col } = unkey(k);
    if (labelKey(labelLeftOf(sheet, row, col)) === group.label) return false;
  }
  const top = (refs: readonly FormulaRef[]) => Math.min(...refs.map((r) => r.top));
  const col = model.refs[0]!.left;
  const above = (row: number) => row > 1 && numberAt(sheet, row - 1, col) !== null;
  return above(top(model.refs)) || !above(top(moved));
}

/** A formula result that is neither a number nor text: TRUE/FALSE or an error value. */
function unclear(sheet: Sheet, row: number, col: number): boolean {
  const cell = cellAt(sheet, row, col);
  if (cell?.formula === undefined) return false;
  return (
    typeof cell.value === 'boolean' ||
    (cell.value !== null && typeof cell.value === 'object' && !(cell.value instanceof Date))
  );
}

/** Equal, or equal as the typed cell's number format shows it. */
function agrees(sheet: Sheet, typed: { row: number; col: number; value: Dec }, sum: Dec): boolean {
  const d = typed.value.minus(sum).abs();
  if (d.isZero()) return true;
  const numFmt = cellAt(sheet, typed.row, typed.col)?.numFmt;
  const decimals = numFmt ? formatDecimals(numFmt) : undefined;
  return decimals !== undefined && d.toDecimalPlaces(decimals).isZero();
}

function finding(
  sheet: Sheet,
  typed: { row: number; col: number; value: Dec },
  model: SumCell,
  sum: Dec,
  counted: ReadonlyArray<{ cell: string; value: Dec }>,
  lang: Lang,
): Finding {
  const cell = a1(typed.row, typed.col);
  const at = a1(model.row, model.col);
  const like = movedFormula(model.formula, typed.row - model.row, 0);
  const copy = like ? `, =${like},` : '';
  const [eDa, eEn] = [show(sum, null, 'da'), show(sum, null, 'en')];
  const [aDa, aEn] = [show(typed.value, null, 'da'), show(typed.value, null, 'en')];
  const list = (l: Lang) => counted.map((c) => `${c.cell} = ${show(c.value, null, l)}`).join(', ');
  const da =
    `${aDa} i ${cell} er skrevet ind, hvor de andre totaler i kolonnen med samme tekst er formler ` +
    `(=${model.formula} i ${at}); som dem${copy} ville den give ${eDa}` +
    (counted.length > 0 ? ` (med ${list('da')}, som kolonnens formel giver dér)` : '');
  const en =
    `${aEn} in ${cell} is typed in where the column's other totals with the same label are formulas ` +
    `(=${model.formula} in ${at}); like them${copy} it would give ${eEn}` +
    (counted.length > 0 ? ` (with ${list('en')}, as its column's formula gives there)` : '');
  return {
    severity: 'error',
    code: 'TYPED_TOTAL_MISMATCH',
    sheet: sheet.name,
    cell,
    expected: toPlain(sum),
    actual: toPlain(typed.value),
    message: sentence(lang === 'en' ? en : da),
  };
}
