import { a1, cellAt, type Sheet } from '../grid';
import type { Lang } from '../i18n';
import { isDateFormat } from '../numbers';
import type { Finding } from '../report';
import { direction, type SumCell } from './formula-cells';

/**
 * A number typed into a row of totals whose neighbours are sum formulas (or into a column of
 * row sums): it does not follow its parts when they change. A warning; the typed total itself
 * is still checked against its parts by the layout.
 */
export function typedAmongFormulas(sheet: Sheet, sums: readonly SumCell[], lang: Lang): Finding[] {
  const findings: Finding[] = [];
  const byRow = new Map<number, number[]>();
  const byCol = new Map<number, number[]>();
  for (const s of sums) {
    const d = direction(s);
    // Pushed, not spread: a column of 10.000 row sums would copy its list 10.000 times.
    if (d === 'down') listAt(byRow, s.row).push(s.col);
    if (d === 'across') listAt(byCol, s.col).push(s.row);
  }
  const typed = (row: number, col: number): boolean => {
    const cell = cellAt(sheet, row, col);
    return (
      cell !== undefined &&
      cell.formula === undefined &&
      typeof cell.value === 'number' &&
      !isDateFormat(cell.numFmt)
    );
  };
  const warn = (row: number, col: number): void => {
    findings.push({
      severity: 'warning',
      code: 'TYPED_AMONG_FORMULAS',
      sheet: sheet.name,
      cell: a1(row, col),
      expected: null,
      actual: null,
      message:
        lang === 'en'
          ? `${a1(row, col)}: a number typed in where the neighbouring cells are formulas.`
          : `${a1(row, col)}: tal skrevet ind, hvor nabocellerne er formler.`,
    });
  };
  // Between two sums of one row (or next to a run of at least two), a typed number is a total too.
  for (const [row, cols] of byRow) {
    if (cols.length < 2) continue;
    const lo = Math.min(...cols);
    const hi = Math.max(...cols);
    for (let c = lo; c <= hi; c++) if (typed(row, c)) warn(row, c);
  }
  for (const [col, rows] of byCol) {
    if (rows.length < 2) continue;
    const lo = Math.min(...rows);
    const hi = Math.max(...rows);
    for (let r = lo; r <= hi; r++) if (typed(r, col)) warn(r, col);
  }
  return findings;
}

function listAt(map: Map<number, number[]>, k: number): number[] {
  let list = map.get(k);
  if (!list) map.set(k, (list = []));
  return list;
}
