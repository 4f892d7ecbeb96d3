import { describe, expect, it } from 'vitest';
import { describeTables, detectTables } from '../../core/detect';
import type { Cell, Sheet } from '../../core/grid';

function sheet(rows: Array<Array<Cell['value'] | Cell | undefined>>): Sheet {
  return {
    name: 'Ark',
    rows: rows.map((r) =>
      r.map((v) =>
        v === undefined || v === null
          ? undefined
          : typeof v === 'object' && !(v instanceof Date) && 'value' in v
            ? v
            : { value: v as Cell['value'] },
      ),
    ),
    rowCount: rows.length,
    colCount: Math.max(...rows.map((r) => r.length)),
    merges: [],
  };
}

describe('the structure map: roles of rows and columns', () => {
  it('names header, detail, heraf, subtotal and total rows; label, date, amount, derived, not-summed and total columns', () => {
    const s = sheet([
      ['Post', 'Dato', 'Antal', 'Pris', 'Jan', 'Feb', 'I alt'],
      ['Løn', new Date(Date.UTC(2024, 0, 1)), 2, 10, { value: 20, formula: 'C2*D2' }, 5, 25],
      ['heraf bonus', null, null, null, 4, null, 4],
      ['Husleje', new Date(Date.UTC(2024, 0, 2)), 1, 7, { value: 7, formula: 'C4*D4' }, 3, 10],
      ['I alt', null, null, null, { value: 27, formula: 'SUM(E2,E4)' }, 8, 35],
      [],
      ['Post', 'Dato', 'Antal', 'Pris', 'Jan', 'Feb', 'I alt'],
      ['Leje', new Date(Date.UTC(2024, 0, 3)), 1, 1, { value: 1, formula: 'C8*D8' }, 1, 2],
      ['I alt', null, null, null, { value: 1, formula: 'SUM(E8:E8)' }, 1, 2],
      ['Samlet', null, null, null, { value: 28, formula: 'E5+E9' }, 9, 37],
    ]);
    const [info] = describeTables(detectTables(s));
    expect(info!.roles).toEqual({
      rows: [
        { from: 1, to: 1, role: 'header' },
        { from: 2, to: 2, role: 'detail' },
        { from: 3, to: 3, role: 'heraf' },
        { from: 4, to: 4, role: 'detail' },
        { from: 5, to: 5, role: 'subtotal' },
        { from: 7, to: 7, role: 'header' },
        { from: 8, to: 8, role: 'detail' },
        { from: 9, to: 9, role: 'subtotal' },
        { from: 10, to: 10, role: 'total' },
      ],
      columns: [
        { column: 'A', role: 'label' },
        { column: 'B', role: 'date' },
        { column: 'C', role: 'not-summed' },
        { column: 'D', role: 'not-summed' },
        { column: 'E', role: 'derived' },
        { column: 'F', role: 'amount' },
        { column: 'G', role: 'total' },
      ],
    });
  });

  it('joins consecutive rows of one role into a run; a blank row between ends the run', () => {
    const s = sheet([
      ['Post', 'Beløb'],
      ['Løn', 100],
      ['Husleje', 50],
      ['Varme', 25],
      [],
      ['Rengøring', 10],
      ['Porto', 5],
      ['I alt', 190],
    ]);
    const [info] = describeTables(detectTables(s));
    expect(info!.roles!.rows).toEqual([
      { from: 1, to: 1, role: 'header' },
      { from: 2, to: 4, role: 'detail' },
      { from: 6, to: 7, role: 'detail' },
      { from: 8, to: 8, role: 'total' },
    ]);
  });
});
