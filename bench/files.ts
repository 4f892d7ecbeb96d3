/**
 * Files bench: how long `ramme check` takes on each file of the project's corpora, as a whole
 * process against an empty Node process (`node -e 0`). The tests assert what each file gives
 * and never hold a wall clock to it; the times are here:
 * - the writer corpus (tests/fixtures/writers/, and ../shared/writers/ when it is there):
 *   every file the same tables written by another program; the aim, none over a second;
 * - the hostile corpus (tests/fixtures/bad/, the files tests/bad/ makes at test time, the 50 MB
 *   workbook): each ends in a few seconds with a check or a refusal.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BAD_DIR, bigWorkbook, GENERATED_FILES } from '../tests/bad/make-corpus';
import { roundMs } from './measure';
import { startMs } from './processes';
import type { BenchRow, BenchSuite } from './types';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = path.join(ROOT, 'bin/ramme.mjs');
const WRITERS = [path.join(ROOT, 'tests/fixtures/writers'), path.join(ROOT, '../shared/writers')];

/** The workbooks of each writer's folder that Ramme reads (.xlsb is named, not read). */
function writerFiles(): string[] {
  return WRITERS.filter(existsSync).flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(path.join(dir, d.name))
          .filter((f) => /\.(xlsx|xlsm|ods|csv)$/i.test(f))
          .map((f) => path.join(dir, d.name, f)),
      ),
  );
}

/** A name as the bench prints it: its escape codes and line breaks written out. */
function shown(name: string): string {
  return JSON.stringify(name).slice(1, -1);
}

/** The slowest file's row, the next slowest in its note. */
export function slowestRow(
  name: string,
  times: ReadonlyArray<readonly [string, number]>,
  node: number,
  aim: string,
  label: (file: string) => string,
): BenchRow {
  const sorted = [...times].sort((a, b) => b[1] - a[1]);
  const [file, ms] = sorted[0]!;
  const next = sorted
    .slice(1, 4)
    .map(([f, t]) => `${shown(label(f))} ${roundMs(t)} ms`)
    .join(', ');
  return {
    name,
    size: times.length,
    rammeMs: roundMs(ms),
    baseline: 'node -e 0',
    baselineMs: roundMs(node),
    ratio: Number((ms / node).toFixed(2)),
    aim,
    note: `the slowest of ${times.length} files, ${shown(label(file))}; then ${next}`,
  };
}

const suite: BenchSuite = {
  name: 'files',
  async run({ quick }): Promise<BenchRow[]> {
    const runs = quick ? 1 : 3;
    const node = startMs(['-e', '0'], runs);
    const check = (file: string): [string, number] => [
      file,
      startMs([BIN, 'check', file, '--json'], runs),
    ];
    const rows = [
      slowestRow(
        'ramme check, each writer-corpus file (whole process)',
        writerFiles().map(check),
        node,
        '< 1 s',
        (f) => path.relative(ROOT, f),
      ),
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'ramme-bench-files-'));
    try {
      for (const [name, make] of Object.entries(GENERATED_FILES)) await make(path.join(dir, name));
      if (!quick) await bigWorkbook(path.join(dir, 'big-50mb.xlsx'));
      const hostile = [
        ...readdirSync(BAD_DIR)
          .map((f) => path.join(BAD_DIR, f))
          .filter((f) => statSync(f).isFile()),
        ...readdirSync(dir).map((f) => path.join(dir, f)),
      ];
      rows.push(
        slowestRow(
          'ramme check, each hostile file (whole process)',
          hostile.map(check),
          node,
          'a few seconds',
          (f) => path.basename(f),
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

export default suite;
