import { a1, cellAt, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { formulaShape, movedRefs, relativeKey } from '../detect';
import { formatDecimals, toPlain, ZERO, type Dec } from '../numbers';
import type { Finding } from '../report';
import { cellsOf, direction, numberAt, unkey, type ShapeKeys, type SumCell } from './formula-cells';
import { sentence, show } from './messages';

/** Sibling sums further apart than this (blank columns or rows between) are not one run. */
const MAX_GAP = 3;

/**
 * Sibling totals in one row (`=SUM(C5:C9)`, `=SUM(D5:D9)`, …) or one column are copies of
 * one formula; one of another shape (`=SUM(F5:F8)`) is the odd one out, as ExceLint finds.
 * It is wrong when it gives another number than the shape of its siblings would there.
 */
export function checkSiblings(
  sheet: Sheet,
  sums: readonly SumCell[],
  lang: Lang,
  keyOf: ShapeKeys = relativeKey,
): Finding[] {
  const findings: Finding[] = [];
  for (const run of runs(sums)) {
    const keys = run.map((s) => keyOf(s.formula, s.row, s.col));
    const counts = new Map<string, number>();
    for (const k of keys) if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    let major: string | undefined;
    let most = 0;
    for (const [k, n] of counts) if (n > most) [major, most] = [k, n];
    // A clear majority of at least two: at most a third of the run, and at most two, differ.
    if (major === undefined || most < 2 || most * 3 < run.length * 2 || run.length - most > 2)
      continue;
    run.forEach((odd, i) => {
      if (keys[i] === major || keys[i] === undefined) return;
      const model = nearest(run, keys, major, odd);
      const f = model && oddOne(sheet, odd, model, lang);
      if (f) findings.push(f);
    });
    // Like the odd ones: a few among many, else the one-cell rows are a pattern of their own.
    const singles = singlesAmong(sheet, run);
    if (singles.length > 2 || singles.length * 3 > run.length) continue;
    for (const single of singles) {
      const model = nearest(run, keys, major, single);
      const f = model && leavesOut(sheet, single, model) && oddOne(sheet, single, model, lang);
      if (f) findings.push(f);
    }
  }
  return findings;
}

/** Runs of sums of one direction: down-sums along a row, across-sums down a column. */
function runs(sums: readonly SumCell[]): SumCell[][] {
  const groups = new Map<string, SumCell[]>();
  for (const s of sums) {
    const d = direction(s);
    if (d === 'mixed') continue;
    const k = d === 'down' ? `r${s.row}` : `c${s.col}`;
    const list = groups.get(k) ?? [];
    list.push(s);
    groups.set(k, list);
  }
  const out: SumCell[][] = [];
  for (const [k, list] of groups) {
    const along = (s: SumCell) => (k.startsWith('r') ? s.col : s.row);
    list.sort((a, b) => along(a) - along(b));
    let run: SumCell[] = [];
    for (const s of list) {
      const last = run[run.length - 1];
      if (last && along(s) - along(last) > MAX_GAP + 1) {
        if (run.length >= 3) out.push(run);
        run = [];
      }
      run.push(s);
    }
    if (run.length >= 3) out.push(run);
  }
  return out;
}

/**
 * Cells among (or just beside) a run of sibling row sums whose formula names one cell only
 * (`=D4` where the rows around add `=D5+E5`): a copy of the siblings' formula that lost parts.
 */
function singlesAmong(sheet: Sheet, run: SumCell[]): SumCell[] {
  // Only row totals down a column: in a row of column totals `=D9` is often meant (the closing
  // balance beside the sums of income and spending).
  if (direction(run[0]!) !== 'across') return [];
  const across = true;
  const along = (s: SumCell) => (across ? s.row : s.col);
  const fixed = across ? run[0]!.col : run[0]!.row;
  const taken = new Set(run.map(along));
  const out: SumCell[] = [];
  for (let i = Math.max(1, along(run[0]!) - 1); i <= along(run[run.length - 1]!) + 1; i++) {
    if (taken.has(i)) continue;
    const [row, col] = across ? [i, fixed] : [fixed, i];
    const formula = cellAt(sheet, row, col)?.formula;
    if (formula === undefined) continue;
    const shape = formulaShape(formula);
    const cells = shape.kind === 'sum' ? cellsOf(shape.refs, sheet) : undefined;
    if (shape.kind !== 'sum' || !cells || cells.size !== 1 || cells.has(`${row},${col}`)) continue;
    out.push({ row, col, formula, refs: shape.refs, cells, value: numberAt(sheet, row, col) });
  }
  return out;
}

/** Whether the model's formula, copied to `single`, adds the one cell `single` names and more. */
function leavesOut(sheet: Sheet, single: SumCell, model: SumCell): boolean {
  const moved = movedRefs(model.refs, single.row - model.row, single.col - model.col);
  const cells = moved && cellsOf(moved, sheet);
  return !!cells && cells.size > 1 && [...single.cells].every((k) => cells.has(k));
}

function nearest(
  run: SumCell[],
  keys: Array<string | undefined>,
  major: string,
  odd: SumCell,
): SumCell | undefined {
  let best: SumCell | undefined;
  let distance = Infinity;
  run.forEach((s, i) => {
    if (keys[i] !== major) return;
    const d = Math.abs(s.row - odd.row) + Math.abs(s.col - odd.col);
    if (d < distance) [best, distance] = [s, d];
  });
  return best;
}

function sumOver(sheet: Sheet, cells: Set<string>): { sum: Dec; numbers: number } {
  let sum = ZERO;
  let numbers = 0;
  for (const k of cells) {
    const { row, col } = unkey(k);
    const v = numberAt(sheet, row, col);
    if (v) {
      sum = sum.plus(v);
      numbers++;
    }
  }
  return { sum, numbers };
}

function sameShown(sheet: Sheet, s: SumCell, a: Dec, b: Dec): boolean {
  const d = a.minus(b).abs();
  if (d.isZero()) return true;
  const base = b.abs();
  if (!base.isZero() && d.lt(base.times('1e-14'))) return true;
  const numFmt = cellAt(sheet, s.row, s.col)?.numFmt;
  const decimals = numFmt ? formatDecimals(numFmt) : undefined;
  return decimals !== undefined && d.toDecimalPlaces(decimals).isZero();
}

function oddOne(sheet: Sheet, odd: SumCell, model: SumCell, lang: Lang): Finding | undefined {
  if (odd.value === null) return undefined;
  const moved = movedRefs(model.refs, odd.row - model.row, odd.col - model.col);
  const cells = moved && cellsOf(moved, sheet);
  if (!cells || cells.has(`${odd.row},${odd.col}`)) return undefined;
  const like = sumOver(sheet, cells);
  if (like.numbers === 0 || sameShown(sheet, odd, like.sum, odd.value)) return undefined;
  const own = sumOver(sheet, odd.cells);
  const cell = a1(odd.row, odd.col);
  const other = `=${model.formula} i ${a1(model.row, model.col)}`;
  const otherEn = `=${model.formula} in ${a1(model.row, model.col)}`;
  const [eDa, eEn] = [show(like.sum, null, 'da'), show(like.sum, null, 'en')];
  const [aDa, aEn] = [show(odd.value, null, 'da'), show(odd.value, null, 'en')];
  const message =
    own.numbers === 0
      ? {
          da: `=${odd.formula} i ${cell} peger på tomme celler, hvor nabocellerne peger på tal (${other}); som dem ville den give ${eDa}`,
          en: `=${odd.formula} in ${cell} points at empty cells where its neighbours point at numbers (${otherEn}); like them it would give ${eEn}`,
        }
      : {
          da: `=${odd.formula} i ${cell} er ikke som nabocellerne (${other}): som dem ville den give ${eDa}, men den giver ${aDa}`,
          en: `=${odd.formula} in ${cell} is not like its neighbours (${otherEn}): like them it would give ${eEn}, but it gives ${aEn}`,
        };
  return {
    severity: 'error',
    code: 'FORMULA_INCONSISTENT',
    sheet: sheet.name,
    cell,
    expected: toPlain(like.sum),
    actual: toPlain(odd.value),
    message: sentence(lang === 'en' ? message.en : message.da),
  };
}
