/**
 * Shared formulas (issue 13): the master read once into pieces, each sharing cell written from
 * them, exactly as the one regex over the whole formula wrote it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnName, columnNumber } from '../../core/grid';
import { sharedFormula, slideFormula } from '../../core/io/shared-formula';

/** The reading before the master was kept in pieces: one regex replace a cell. */
function slideByRegex(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number },
): string {
  const dRow = to.row - from.row;
  const dCol = to.col - from.col;
  if (dRow === 0 && dCol === 0) return formula;
  return formula.replace(
    /"(?:[^"]|"")*"|(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi,
    (match: string, sheet?: string, _name?: string, addr?: string, paren?: string) => {
      if (addr === undefined || paren) return match;
      const m = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i.exec(addr);
      if (!m) return match;
      const letters = m[2]!.toUpperCase();
      if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
      const col = columnNumber(letters) + (m[1] ? 0 : dCol);
      const row = Number(m[4]) + (m[3] ? 0 : dRow);
      if (col < 1 || col > 16_384 || row < 1 || row > 1_048_576) return `${sheet ?? ''}#REF!`;
      return `${sheet ?? ''}${m[1] ?? ''}${columnName(col)}${m[3] ?? ''}${row}`;
    },
  );
}

const slide = (f: string, from: { row: number; col: number }, to: { row: number; col: number }) =>
  slideFormula(sharedFormula(f, from.row, from.col), to);

describe('slideFormula', () => {
  it.each([
    ['SUM(B2:D2)', { row: 2, col: 5 }, { row: 5, col: 5 }, 'SUM(B5:D5)'],
    [
      'A1*$B$1+SUM(A$1:B1)&"A1"',
      { row: 1, col: 3 },
      { row: 3, col: 4 },
      'B3*$B$1+SUM(B$1:C3)&"A1"',
    ],
    ['Ark2!B2+LOG10(A1)', { row: 2, col: 1 }, { row: 1, col: 1 }, 'Ark2!B1+LOG10(#REF!)'],
    ['XFD1+A1', { row: 1, col: 1 }, { row: 1, col: 2 }, '#REF!+B1'],
    ['AAAA1+R1C1', { row: 1, col: 1 }, { row: 2, col: 1 }, 'AAAA1+R1C1'],
  ])('%s from %j to %j is %s', (f, from, to, want) => {
    expect(slide(f, from, to)).toBe(want);
    expect(slideByRegex(f, from, to)).toBe(want);
  });

  it('writes every cell as the regex over the whole formula did', () => {
    const piece = fc.constantFrom(
      'A1',
      '$B$2',
      'C$3',
      '$D4',
      'XFD1',
      'XFE1',
      'AAAA1',
      'Ark2!B2',
      'a_b-1!c3',
      'SUM(',
      'LOG10(',
      ')',
      '"A1"',
      '"a""B2"',
      '+',
      ':',
      ',',
      ' ',
      'R1C1',
      '1.5',
      'x',
    );
    const place = fc.record({
      row: fc.integer({ min: 1, max: 1_048_576 }),
      col: fc.integer({ min: 1, max: 16_384 }),
    });
    const near = fc.record({
      row: fc.integer({ min: 1, max: 40 }),
      col: fc.integer({ min: 1, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 25 }),
        fc.oneof(place, near),
        fc.oneof(place, near),
        (pieces, from, to) => {
          const f = pieces.join('');
          expect(slide(f, from, to)).toBe(slideByRegex(f, from, to));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
