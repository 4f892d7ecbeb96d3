/** The cold whole-process row: ramme check and a bare ExcelJS read, each a process of its own. */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { coldRow, EXCELJS_PROCESS } from '../../bench/processes';
import { buildCli, REPO } from '../cli/helpers';

beforeAll(() => buildCli());

const FILE = path.join(REPO, 'examples/budget-2024.xlsx');

describe('coldRow', () => {
  it('the ExcelJS process reads the file (and fails on one that is not there)', () => {
    expect(spawnSync(process.execPath, [...EXCELJS_PROCESS, FILE], { cwd: REPO }).status).toBe(0);
    const missing = spawnSync(process.execPath, [...EXCELJS_PROCESS, `${FILE}.nej`], {
      cwd: REPO,
    });
    expect(missing.status).not.toBe(0);
  });

  it('gives a row with both timings and their ratio', () => {
    const row = coldRow(FILE, 1, 1);
    expect(row.name).toBe('ramme check, one .xlsx, cold (whole process)');
    expect(row.baseline).toBe('ExcelJS read (whole process)');
    expect(row.rammeMs).toBeGreaterThan(0);
    expect(row.baselineMs).toBeGreaterThan(0);
    expect(row.ratio).toBeCloseTo(row.rammeMs / row.baselineMs, 1);
  }, 60_000);
});
