/** One line of `npm run bench`: Ramme's figure beside its baseline from the same run. */
export interface BenchRow {
  /** What was measured, e.g. 'total check, in-memory grid'. */
  name: string;
  /** Problem size, e.g. 100000 (lines, weights, rows). */
  size: number;
  rammeMs: number;
  /** The baseline: 'plain floats', 'HyperFormula', 'ExcelJS read'. */
  baseline: string;
  baselineMs: number;
  /** rammeMs / baselineMs. */
  ratio: number;
  /** The aim from the issue, e.g. '≤ 2×', shown beside the ratio. */
  aim?: string;
  /** Anything else worth printing (e.g. 'øre right: ramme yes, floats no'). */
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(options: { quick: boolean }): Promise<BenchRow[]>;
}
