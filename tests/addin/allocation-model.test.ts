/**
 * Fordel on a column with mixed units (examples/bruttokatalog-2019.xlsx: mio. kr. beside
 * '550.000 kr.'): the amounts are converted exactly for the proposal, and the proposal is not
 * written to the sheet; units that cannot be converted are refused with a message.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allocationWrites,
  allocTables,
  previewAllocation,
} from '../../addin/taskpane/allocation-model';
import { detectWorkbookTables } from '../../core/detect';
import { sheetFromValues, type Workbook } from '../../core/grid';
import { readWorkbookBytes } from '../../core/io';
import { Dec } from '../../core/numbers';
import { REPO } from '../cli/helpers';

async function catalogue(): Promise<Workbook> {
  const bytes = readFileSync(path.join(REPO, 'examples/bruttokatalog-2019.xlsx'));
  const wb = await readWorkbookBytes(bytes, 'bruttokatalog-2019.xlsx');
  if (!wb.ok) throw new Error('unreadable example');
  return wb.value;
}

describe('Fordel on mixed units', () => {
  it('converts 550.000 kr. to 0,55 mio. kr. exactly and refuses to write the proposal', async () => {
    const wb = await catalogue();
    const [table] = allocTables(detectWorkbookTables(wb));
    const col = table!.columns.find((c) => c.unit === 'mio. kr.')!.col;
    const p = previewAllocation(wb, table!, col, new Dec(15), new Dec('0.1'), new Set());
    if (!p.ok) throw new Error(p.error.message.da);
    const at = (cell: string) => p.value.rows.find((r) => r.cell === cell)!;
    // Detail rows sum to 34,755 mio. kr.; 15 · 0,55 / 34,755 = 0,237… and 15 · 4,4 / 34,755 = 1,899….
    expect(at('G6').old!.toString()).toBe('0.55');
    expect(at('G32').old!.toString()).toBe('0.6');
    expect(at('G6').next.toNumber()).toBeLessThanOrEqual(0.3);
    expect(at('G6').next.toNumber()).toBeGreaterThanOrEqual(0.2);
    expect(at('G4').next.toString()).toBe('1.9');
    expect(p.value.rows.reduce((s, r) => s.plus(r.next), new Dec(0)).toString()).toBe('15');
    expect(p.value.otherUnit).toEqual(['G6', 'G11', 'G29', 'G32']);
    const w = allocationWrites(wb, table!, col, p.value);
    expect(w.ok).toBe(false);
    if (!w.ok) {
      expect(w.error.code).toBe('MIXED_UNITS');
      expect(w.error.message.da).toContain('G6, G11, G29, G32 står i en anden enhed');
    }
  });

  it('refuses a unit that cannot be converted, with the cell named', () => {
    const sheet = sheetFromValues('Pulje', [
      ['Indsats', 'Beløb (mio. kr.)'],
      ['Fritidsjob', '3,0'],
      ['Lærepladser', '12 %'],
      ['I alt', '3,0'],
    ]);
    const wb: Workbook = { name: 'p.xlsx', sheets: [sheet], names: [] };
    const [table] = allocTables(detectWorkbookTables(wb));
    const p = previewAllocation(wb, table!, 2, new Dec(5), new Dec('0.1'), new Set());
    expect(p.ok).toBe(false);
    if (!p.ok) {
      expect(p.error.code).toBe('MIXED_UNITS');
      expect(p.error.message.da).toBe(
        'B3 er 12 %, som ikke kan regnes om til kolonnens enhed; Ramme fordeler ikke på tværs af enheder.',
      );
    }
  });
});
