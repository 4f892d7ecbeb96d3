import { columnName, columnNumber } from '../grid';

// A reference candidate, as ExcelJS finds them (so formulas read as they did): an optional
// sheet prefix, then letters/digits/$; followed by '(' it is a function name. String literals
// are skipped whole, which ExcelJS did not do.
const CANDIDATE = /"(?:[^"]|"")*"|(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * A shared formula as it reads in another cell: the master's formula with every relative
 * reference moved by the distance between the cells (absolute parts, `$A$1`, stay). A
 * reference moved off the sheet becomes #REF!, as in Excel.
 */
export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  const dRow = to.row - from.row;
  const dCol = to.col - from.col;
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(
    CANDIDATE,
    (match: string, sheet?: string, _name?: string, addr?: string, paren?: string) => {
      if (addr === undefined || paren) return match;
      const m = CELL_REF.exec(addr);
      if (!m) return match;
      const letters = m[2]!.toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
      const col = columnNumber(letters) + (m[1] ? 0 : dCol);
      const row = Number(m[4]) + (m[3] ? 0 : dRow);
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) return `${sheet ?? ''}#REF!`;
      return `${sheet ?? ''}${m[1] ?? ''}${columnName(col)}${m[3] ?? ''}${row}`;
    },
  );
}
