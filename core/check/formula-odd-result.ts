import { a1, forEachCell, type CellValue, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { formulaRefs, formulaShape, movedRefs, relativeKey, type FormulaRef } from '../detect';
import { toPlain, ZERO, type Dec } from '../numbers';
import type { Finding } from '../report';
import { cellsOf, key, movedFormula, numberAt, unkey, type ShapeKeys } from './formula-cells';
import { sentence, show } from './messages';

/** What the column's own formula would give in each cell found odd ('row,col' → number). */
export type Intended = Map<string, Dec>;

interface FormulaCell {
  row: number;
  col: number;
  formula: string;
  key: string | undefined;
  value: CellValue;
}

/** At least this many siblings of one shape, giving numbers, make a column's formula. */
const MIN_SIBLINGS = 3;

/**
 * A column of day totals `=B4+C4`, `=B5+C5`, … where one cell holds another formula that
 * shows TRUE or FALSE (`=august!D3=(B3+C3)`: a comparison where a sum was meant): that cell
 * shows no number where its siblings do, and every total over it counts it as 0. An error,
 * named with the formula; it also says what the column's formula would give there, which the
 * typed-total check (typed-total.ts) counts with.
 */
export function checkOddResults(
  sheet: Sheet,
  lang: Lang,
  keyOf: ShapeKeys = relativeKey,
): { findings: Finding[]; intended: Intended } {
  const findings: Finding[] = [];
  const intended: Intended = new Map();
  for (const list of formulaColumns(sheet, keyOf).values()) {
    const major = majorShape(list);
    if (!major) continue;
    for (const odd of list) {
      if (typeof odd.value !== 'boolean' || odd.key === major.key) continue;
      const f = oddOne(sheet, odd, nearest(major.cells, odd), lang);
      if (!f) continue;
      findings.push(f.finding);
      intended.set(key(odd.row, odd.col), f.expected);
    }
  }
  return { findings, intended };
}

function formulaColumns(sheet: Sheet, keyOf: ShapeKeys): Map<number, FormulaCell[]> {
  const byCol = new Map<number, FormulaCell[]>();
  forEachCell(sheet, (cell, r, c) => {
    if (cell.formula === undefined) return;
    const list = byCol.get(c + 1) ?? [];
    const k = keyOf(cell.formula, r + 1, c + 1);
    list.push({ row: r + 1, col: c + 1, formula: cell.formula, key: k, value: cell.value });
    byCol.set(c + 1, list);
  });
  return byCol;
}

/** The column's most common formula among those giving numbers, when it is a sum of cells. */
function majorShape(
  list: readonly FormulaCell[],
): { key: string; cells: FormulaCell[] } | undefined {
  const byKey = new Map<string, FormulaCell[]>();
  for (const c of list) {
    if (c.key === undefined || typeof c.value !== 'number') continue;
    const cells = byKey.get(c.key);
    if (cells) cells.push(c);
    else byKey.set(c.key, [c]);
  }
  let best: { key: string; cells: FormulaCell[] } | undefined;
  for (const [k, cells] of byKey)
    if (!best || cells.length > best.cells.length) best = { key: k, cells };
  if (!best || best.cells.length < MIN_SIBLINGS) return undefined;
  return formulaShape(best.cells[0]!.formula).kind === 'sum' ? best : undefined;
}

function nearest(cells: readonly FormulaCell[], odd: FormulaCell): FormulaCell {
  let best = cells[0]!;
  for (const c of cells) if (Math.abs(c.row - odd.row) < Math.abs(best.row - odd.row)) best = c;
  return best;
}

const sameRect = (a: FormulaRef, b: FormulaRef): boolean =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

function oddOne(
  sheet: Sheet,
  odd: FormulaCell,
  model: FormulaCell,
  lang: Lang,
): { finding: Finding; expected: Dec } | undefined {
  const shape = formulaShape(model.formula);
  if (shape.kind !== 'sum') return undefined;
  const moved = movedRefs(shape.refs, odd.row - model.row, 0);
  const cells = moved && cellsOf(moved, sheet);
  if (!moved || !cells || cells.has(key(odd.row, odd.col))) return undefined;
  // It must hold the column's own sum (`(B3+C3)`): then a sum was meant, not a flag column.
  const own = formulaRefs(odd.formula).filter(
    (r) => r.sheet === undefined || r.sheet === sheet.name,
  );
  if (!moved.every((m) => own.some((r) => sameRect(r, m)))) return undefined;
  let expected = ZERO;
  let numbers = 0;
  for (const k of cells) {
    const { row, col } = unkey(k);
    const v = numberAt(sheet, row, col);
    if (v) [expected, numbers] = [expected.plus(v), numbers + 1];
  }
  if (numbers === 0) return undefined;
  const cell = a1(odd.row, odd.col);
  const at = a1(model.row, model.col);
  const like = movedFormula(model.formula, odd.row - model.row, 0);
  const shown = (l: Lang) =>
    l === 'en' ? (odd.value ? 'TRUE' : 'FALSE') : odd.value ? 'SAND' : 'FALSK';
  const [eDa, eEn] = [show(expected, null, 'da'), show(expected, null, 'en')];
  const da =
    `=${odd.formula} i ${cell} viser ${shown('da')}, hvor kolonnens andre formler giver tal ` +
    `(=${model.formula} i ${at}); som dem${like ? `, =${like},` : ''} ville den give ${eDa}`;
  const en =
    `=${odd.formula} in ${cell} shows ${shown('en')} where the other formulas of its column give ` +
    `numbers (=${model.formula} in ${at}); like them${like ? `, =${like},` : ''} it would give ${eEn}`;
  return {
    expected,
    finding: {
      severity: 'error',
      code: 'FORMULA_INCONSISTENT',
      sheet: sheet.name,
      cell,
      expected: toPlain(expected),
      actual: null,
      message: sentence(lang === 'en' ? en : da),
    },
  };
}
