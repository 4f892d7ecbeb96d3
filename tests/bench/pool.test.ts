/** The pool bench on a tiny folder: a well-formed row with both sides' reports equal. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childCpuMs, childCpuOfStat, folderLabel, poolRow } from '../../bench/pool';
import { buildCli } from '../cli/helpers';

beforeAll(() => buildCli());

describe('childCpuOfStat', () => {
  it.each([
    // pid (comm) state ppid … utime stime cutime cstime …: 12 + 3 ticks of children.
    ['1 (node) S 0 1 1 0 -1 0 0 0 0 0 7 2 12 3 20 0 1 0', 150],
    // A command name with spaces and a ')' in it.
    ['9 (a b) c)) R 0 1 1 0 -1 0 0 0 0 0 7 2 100 50 20 0 1 0', 1500],
  ])('%s → %i ms', (stat, ms) => {
    expect(childCpuOfStat(stat)).toBe(ms);
  });

  it('is undefined for a line it cannot read; this process’s children so far otherwise', () => {
    expect(childCpuOfStat('1 (node) S 0')).toBeUndefined();
    const now = childCpuMs();
    if (now !== undefined) expect(now).toBeGreaterThanOrEqual(0);
  });
});

describe('folderLabel', () => {
  it.each([
    [{ files: 4, lines: 20_000 }, 2_080_000, '4 × 20.000 lines, 2,1 MB'],
    [{ files: 6, lines: 'examples' as const }, 38_400, '6 example workbooks, 38 KB'],
  ])('%j, %i bytes → %s', (folder, bytes, want) => {
    expect(folderLabel(folder, bytes)).toBe(want);
  });
});

describe('poolRow', () => {
  it('times the pool against one thread on the same folder, with the same reports', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ramme-pool-bench-'));
    try {
      const row = await poolRow({ files: 2, lines: 'examples' }, path.join(root, 'f'), {
        runs: 1,
        warmup: 0,
      });
      expect(row.name).toMatch(
        /^ramme check DIR, pool of \d+ threads \(whole process\): 2 example/,
      );
      expect(row.size).toBe(2);
      expect(row.baseline).toBe('one thread (--threads 1)');
      expect(row.rammeMs).toBeGreaterThan(0);
      expect(row.baselineMs).toBeGreaterThan(0);
      expect(row.note).toContain('same reports');
      expect(row.note).toMatch(
        /by default \(POOL_MIN_BYTES [\d,]+ MB, \d+ cores at load [\d.]+\) one thread$/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
