/**
 * CLI bench: `ramme check` on one generated .xlsx budget (100.000 lines; quick: 10.000) — read,
 * detect, check, exactly as the CLI does for one file — beside ExcelJS's bare read of the same
 * file in the same run. Reading is the floor: the aim is to stay within 1,5× of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkFile } from '../core/cli/check-file';
import { syntheticBudget, writeSyntheticXlsx } from '../scripts/gen-synthetic';
import { measurePair, roundMs } from './measure';
import type { BenchRow, BenchSuite } from './types';

async function bareRead(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]?.rowCount ?? 0;
}

const suite: BenchSuite = {
  name: 'cli',
  async run({ quick }): Promise<BenchRow[]> {
    const size = quick ? 10_000 : 100_000;
    const dir = await mkdtemp(path.join(tmpdir(), 'ramme-bench-cli-'));
    try {
      const file = path.join(dir, `budget-${size}.xlsx`);
      const budget = syntheticBudget(size);
      await writeSyntheticXlsx(budget, file);
      // Nine pairs: one run of either takes seconds and varies by a third on this machine.
      const runs = quick ? { runs: 3, warmup: 1 } : { runs: 9, warmup: 1 };
      // In turn, run by run: the two share the machine's load and its garbage collector.
      const [baseline, ramme] = await measurePair(
        () => bareRead(file),
        () => checkFile({ file, options: { lang: 'da' } }),
        runs,
      );
      const report = ramme.result;
      const mismatches = report.findings
        .filter((f) => f.code === 'TOTAL_MISMATCH')
        .map((f) => f.cell);
      const found =
        report.error === undefined &&
        mismatches.length === budget.wrongCells.length &&
        budget.wrongCells.every((c) => mismatches.includes(c));
      return [
        {
          name: 'ramme check, one .xlsx (read + detect + check)',
          size,
          rammeMs: roundMs(ramme.ms),
          baseline: 'ExcelJS read',
          baselineMs: roundMs(baseline.ms),
          ratio: Number((ramme.ms / baseline.ms).toFixed(2)),
          aim: '≤ 1.5×',
          note: found
            ? `found the planted 1-øre error at ${budget.wrongCells.join(', ')} and nothing else`
            : `planted error ${budget.wrongCells.join(', ')}; found ${mismatches.join(', ') || 'none'}${report.error ? ` (${report.error})` : ''}`,
        },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
