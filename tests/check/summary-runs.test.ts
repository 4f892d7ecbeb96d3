/**
 * The category-summary rule's candidate runs (summary-runs.ts) kept as bounds and found by a
 * reused table of label hashes: they must be the runs the former reading found with a set of
 * lower-cased labels per run, on any sheet, case variants and hash-alike labels included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTotalLabel } from '../../core/detect';
import { sheetFromValues, type Sheet } from '../../core/grid';
import { sheetNumbers, type SheetNumbers } from '../../core/check/line-numbers';
import { lowerHash } from '../../core/check/label-counts';
import { labelOf, runLabels, runsIn } from '../../core/check/summary-runs';

/** The former reading, word for word but its output: rows and labels of each run. */
function formerRuns(sheet: Sheet, numbers: SheetNumbers, limit: number) {
  const out: Array<{ labelCol: number; valueCol: number; rows: number[]; labels: string[] }> = [];
  if (!numbers.small) return out;
  for (let col = 1; col < sheet.colCount && out.length < limit; col++) {
    let run: (typeof out)[number] | undefined;
    let seen = new Set<string>();
    let repeating = false;
    const next = numbers.line(col + 1, false);
    const over = col + 2 <= sheet.colCount ? numbers.line(col + 2, false) : undefined;
    for (let row = 1; row <= sheet.rowCount + 1; row++) {
      const valueCol = !Number.isNaN(next[row - 1] ?? NaN)
        ? col + 1
        : !Number.isNaN(over?.[row - 1] ?? NaN)
          ? col + 2
          : 0;
      const label = valueCol === 0 ? undefined : labelOf(sheet.rows[row - 1]?.[col - 1]?.value);
      if (label === undefined || valueCol === 0 || isTotalLabel(label)) {
        if (run && !repeating && run.rows.length >= 4) out.push(run);
        if (out.length >= limit) return out;
        run = undefined;
        repeating = false;
        continue;
      }
      if (repeating) continue;
      const key = label.toLowerCase();
      if (run && (run.valueCol !== valueCol || seen.has(key))) {
        repeating = true;
        run = undefined;
        continue;
      }
      if (!run) seen = new Set();
      run ??= { labelCol: col, valueCol, rows: [], labels: [] };
      seen.add(key);
      run.rows.push(row);
      run.labels.push(label);
      if (run.rows.length > 200) repeating = true;
    }
  }
  return out;
}

function newRuns(sheet: Sheet, numbers: SheetNumbers, limit: number) {
  return runsIn(sheet, numbers, limit).map((r) => {
    const labels = runLabels(r);
    // Each kept run carries its labels' hashes, for the count asked of them.
    expect([...r.hashes]).toEqual(labels.map(lowerHash));
    const rows = labels.map((_, i) => r.first + i);
    return { labelCol: r.labelCol, valueCol: r.valueCol, rows, labels };
  });
}

const label = fc.constantFrom(
  'Løn',
  'LØN',
  'løn ',
  'Drift',
  'DRIFT',
  'Husleje',
  'Æbler',
  'æbler',
  '\u212Aonto',
  'Konto',
  'I alt',
  '12',
  '',
);
const labels = fc.oneof(
  label,
  fc.integer({ min: 0, max: 12 }).map((n) => `Post ${n}`),
  fc.integer({ min: 0, max: 12 }).map((n) => `POST ${n}`),
);
const cell = fc.oneof(labels, fc.integer({ min: -50, max: 50 }), fc.constant(null));
/** Mostly a label and its number (a summary's or a budget's line), sometimes anything. */
const line = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(labels, fc.integer({ min: -50, max: 50 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant(null), labels, fc.integer(), fc.integer()) },
  { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 4 }) },
);

describe('runsIn finds the former runs', () => {
  it('on sheets of labels, numbers and blanks', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (values, limit) => {
          const sheet = sheetFromValues('S', values);
          const numbers = sheetNumbers(sheet, 'da');
          const runs = newRuns(sheet, numbers, limit);
          expect(runs).toEqual(formerRuns(sheet, numbers, limit));
          found += runs.length;
        },
      ),
      { numRuns: 400 },
    );
    // The sheets do hold runs: the two readings are compared on some, not only on none.
    expect(found).toBeGreaterThan(20);
  });

  it.each([
    // a group of distinct lines is a run; one repeated label makes it a table
    [
      [
        ['A', 1],
        ['B', 2],
        ['C', 3],
        ['D', 4],
      ],
      1,
    ],
    [
      [
        ['A', 1],
        ['B', 2],
        ['a', 3],
        ['D', 4],
      ],
      0,
    ],
    // the Kelvin sign lower-cases to k: 'Konto' twice
    [
      [
        ['Konto', 1],
        ['B', 2],
        ['\u212Aonto', 3],
        ['D', 4],
      ],
      0,
    ],
  ])('%j gives %i run(s)', (rows, runs) => {
    const sheet = sheetFromValues('S', rows);
    expect(runsIn(sheet, sheetNumbers(sheet, 'da'), 10)).toHaveLength(runs);
  });

  it('a run of 300 distinct labels is too long to be a summary', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Post ${i}`, i]);
    const sheet = sheetFromValues('S', rows);
    const numbers = sheetNumbers(sheet, 'da');
    expect(runsIn(sheet, numbers, 10)).toEqual([]);
    expect(formerRuns(sheet, numbers, 10)).toEqual([]);
  });
});
