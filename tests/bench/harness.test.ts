/** The bench harness in quick mode on tiny sizes: well-formed rows, no timing assertions. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSuite, runBench, SUITES } from '../../bench/index';
import { median } from '../../bench/measure';
import { formatJson, formatTable } from '../../bench/report';
import { runTotals } from '../../bench/totals';
import type { BenchRow } from '../../bench/types';

function wellFormed(row: BenchRow): void {
  expect(row.name.length).toBeGreaterThan(0);
  expect(Number.isInteger(row.size) && row.size > 0).toBe(true);
  expect(Number.isFinite(row.rammeMs) && row.rammeMs >= 0).toBe(true);
  expect(Number.isFinite(row.baselineMs) && row.baselineMs >= 0).toBe(true);
  expect(row.baseline.length).toBeGreaterThan(0);
  if (row.baselineMs > 0) expect(row.ratio).toBeCloseTo(row.rammeMs / row.baselineMs, 9);
}

describe('the totals suite on tiny sizes', () => {
  it('gives a floats row and a HyperFormula row per size, Ramme exact to the øre', async () => {
    const rows = await runTotals({ sizes: [150, 400], runs: { runs: 1, warmup: 0 } });
    rows.forEach(wellFormed);
    const baselines = rows.map((r) => `${r.size} ${r.baseline}`);
    expect(baselines).toEqual(
      expect.arrayContaining([
        '150 plain floats',
        '150 HyperFormula',
        '400 plain floats',
        '400 HyperFormula',
      ]),
    );
    for (const r of rows.filter(
      (r) => r.baseline === 'plain floats' && r.name.includes('core/budget'),
    )) {
      expect(r.note).toMatch(/^Ramme: øre right/);
    }
  }, 120_000);

  it('prints them as a table and as JSON that parses, non-finite numbers as null', async () => {
    const rows = await runTotals({
      sizes: [120],
      runs: { runs: 1, warmup: 0 },
      hyperFormulaMax: 0,
    });
    expect(rows.some((r) => r.baseline === 'HyperFormula')).toBe(false);
    const table = formatTable(rows);
    expect(table.split('\n')).toHaveLength(rows.length + 2);
    expect(table).toMatch(/^name\s+size\s+Ramme ms\s+baseline/);
    const broken: BenchRow = { ...rows[0]!, baselineMs: 0, ratio: Infinity };
    const output = JSON.parse(
      formatJson({
        machine: { node: 'x', cpus: 1, memoryGb: 1, platform: 'p' },
        quick: true,
        rows: [broken],
        skipped: [],
      }),
    ) as { rows: Array<{ ratio: number | null }> };
    expect(output.rows[0]!.ratio).toBeNull();
  }, 60_000);
});

describe('the harness', () => {
  it('skips a missing suite with a note instead of failing', async () => {
    const output = await runBench({ quick: true, suites: ['no-such-suite'] });
    expect(output.rows).toEqual([]);
    expect(output.skipped).toEqual([
      { suite: 'no-such-suite', reason: 'bench/no-such-suite.ts is not there yet' },
    ]);
    expect(output.machine.cpus).toBeGreaterThan(0);
  });

  it('finds a BenchSuite in every suite module present', async () => {
    for (const name of SUITES) {
      const file = new URL(`../../bench/${name}.ts`, import.meta.url);
      if (!existsSync(file)) continue;
      const suite = findSuite((await import(file.href)) as Record<string, unknown>);
      expect(suite?.name, name).toBeTruthy();
    }
  });

  it('takes medians', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
