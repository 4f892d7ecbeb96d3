/**
 * Golden tests: `ramme check examples --json` (the built CLI, as `npm run demo` runs it) against
 * tests/golden/<workbook>.json, one per example workbook. Every number in the golden files was
 * worked out by hand from the cells (tests/golden/README.md shows the sums). Messages are kept
 * in the files for readers but compared loosely, so rewording a message is not a golden change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport, FileReport } from '../../core/report';
import { buildCli, ramme, REPO } from '../cli/helpers';

const GOLDEN = path.join(REPO, 'tests/golden');
const workbooks = readdirSync(path.join(REPO, 'examples'))
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

function withoutMessages(r: FileReport): unknown {
  return { ...r, findings: r.findings.map(({ message: _message, ...f }) => f) };
}

let report: CheckReport;
let status: number | null;

beforeAll(() => {
  buildCli();
  const run = ramme(['check', 'examples', '--json']);
  status = run.status;
  report = JSON.parse(run.stdout) as CheckReport;
});

describe('golden: the project example workbooks', () => {
  it('has a golden file for every example and checks them all', () => {
    expect(workbooks.map((w) => w.replace(/\.xlsx$/, '.json'))).toEqual(
      readdirSync(GOLDEN)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    );
    expect(report.files.map((f) => f.file)).toEqual(workbooks.map((w) => `examples/${w}`));
    // The examples are built to contain errors: exit 1, never 2.
    expect(status).toBe(1);
  });

  it.each(workbooks)('%s', (workbook) => {
    const golden = JSON.parse(
      readFileSync(path.join(GOLDEN, workbook.replace(/\.xlsx$/, '.json')), 'utf8'),
    ) as FileReport;
    const actual = report.files.find((f) => f.file === `examples/${workbook}`)!;
    expect(withoutMessages(actual)).toEqual(withoutMessages(golden));
    for (const f of actual.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.message).not.toMatch(/NaN|Infinity|undefined|null/);
    }
  });
});
