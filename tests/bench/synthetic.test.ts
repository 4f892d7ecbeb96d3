/** The synthetic budgets the benchmarks run on: exact totals, one planted error, a valid .xlsx. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../core/io';
import {
  oreToDanish,
  oreToPlain,
  syntheticBudget,
  writeSyntheticXlsx,
} from '../../scripts/gen-synthetic';

describe('oreToDanish / oreToPlain', () => {
  it.each([
    [157200050n, '1.572.000,50', '1572000.5'],
    [118450000n, '1.184.500', '1184500'],
    [5n, '0,05', '0.05'],
    [-123456789012n, '-1.234.567.890,12', '-1234567890.12'],
    [0n, '0', '0'],
  ])('%s øre → %s / %s', (ore, danish, plain) => {
    expect(oreToDanish(ore)).toBe(danish);
    expect(oreToPlain(ore)).toBe(plain);
  });
});

describe('syntheticBudget', () => {
  const budget = syntheticBudget(1_000);

  it('has a subtotal every 100 lines and a grand total over 1 billion kr. with øre', () => {
    expect(budget.groups).toHaveLength(10);
    expect(budget.groups.every((g) => g.lastRow - g.firstRow === 99)).toBe(true);
    expect(Number(budget.exactGrandTotal)).toBeGreaterThan(1e9);
    expect(budget.exactGrandTotal).toMatch(/\.\d{1,2}$/);
  });

  it('mixes Danish text numbers and real numbers', () => {
    const values = budget.groups.flatMap((g) =>
      Array.from({ length: 100 }, (_, i) => budget.sheet.rows[g.firstRow - 1 + i]![1]!.value),
    );
    const texts = values.filter((v) => typeof v === 'string');
    expect(texts.length).toBeGreaterThan(300);
    expect(values.length - texts.length).toBeGreaterThan(600);
    expect(texts.every((t) => /^\d{1,3}(\.\d{3})*(,\d\d)?$/.test(t as string))).toBe(true);
  });

  it('states every subtotal exactly except one, 1 øre off, and a grand total over the stated ones', () => {
    const wrong = budget.groups.filter((g) => g.statedTotal !== g.exactTotal);
    expect(wrong).toHaveLength(1);
    expect(budget.wrongCells).toEqual([`B${wrong[0]!.totalRow}`]);
    const cents = (s: string) => BigInt(Math.round(Number(s) * 100));
    expect(cents(wrong[0]!.statedTotal) - cents(wrong[0]!.exactTotal)).toBe(1n);
    const stated = budget.groups.reduce((sum, g) => sum + cents(g.statedTotal), 0n);
    expect(oreToPlain(stated)).toBe(budget.exactGrandTotal);
  });

  it('is the same for the same seed', () => {
    expect(syntheticBudget(300, 7).exactGrandTotal).toBe(syntheticBudget(300, 7).exactGrandTotal);
    expect(syntheticBudget(300, 7).exactGrandTotal).not.toBe(
      syntheticBudget(300, 8).exactGrandTotal,
    );
  });

  it('writes an .xlsx that reads back to the same cells', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ramme-synth-'));
    try {
      const small = syntheticBudget(250);
      const file = path.join(dir, 'b.xlsx');
      await writeSyntheticXlsx(small, file);
      const read = await readXlsx(readFileSync(file), 'b.xlsx');
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const sheet = read.value.sheets[0]!;
      expect(sheet.rowCount).toBe(small.sheet.rowCount);
      for (let r = 1; r <= small.sheet.rowCount; r++) {
        const want = small.sheet.rows[r - 1]?.map((c) => c?.value ?? null) ?? [];
        const got = sheet.rows[r - 1]?.map((c) => c?.value ?? null) ?? [];
        expect(got, `row ${r}`).toEqual(want);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
