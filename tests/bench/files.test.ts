/** The files bench's row: the slowest file beside an empty Node process, the next three named. */
import { describe, expect, it } from 'vitest';
import { slowestRow } from '../../bench/files';

describe('slowestRow', () => {
  it.each([
    // times (file, ms), node -e 0 → the slowest, its ratio, the note
    [
      [
        ['a.xlsx', 120],
        ['b.xlsx', 2500],
        ['c.csv', 300],
        ['d.ods', 90],
        ['e.xlsx', 80],
      ],
      50,
      'b.xlsx',
      2500,
      50,
      'the slowest of 5 files, b.xlsx; then c.csv 300 ms, a.xlsx 120 ms, d.ods 90 ms',
    ],
    // A name's escape codes and line break are written out, never printed raw.
    [
      [
        ['newline-\nFEJL.csv', 70],
        ['escape-\u001b[31m.csv', 65],
      ],
      62.5,
      'newline-\\nFEJL.csv',
      70,
      1.12,
      'the slowest of 2 files, newline-\\nFEJL.csv; then escape-\\u001b[31m.csv 65 ms',
    ],
  ] as const)('%j, node %d ms → %s', (times, node, file, ms, ratio, note) => {
    const row = slowestRow(
      'x',
      times as unknown as Array<[string, number]>,
      node,
      '< 1 s',
      (f) => f,
    );
    expect(row.rammeMs).toBe(ms);
    expect(row.baselineMs).toBe(node);
    expect(row.ratio).toBe(ratio);
    expect(row.size).toBe(times.length);
    expect(row.note).toBe(note);
    expect(row.note).toContain(file);
    expect([...row.note!].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
  });
});
