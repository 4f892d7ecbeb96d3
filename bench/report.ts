/** Prints bench rows as one aligned table or as JSON. */
import type { BenchRow } from './types';
import { roundMs } from './measure';

export interface BenchOutput {
  machine: {
    node: string;
    cpus: number;
    memoryGb: number;
    platform: string;
    /** 1, 5 and 15 minute load averages when the run ended: the machine is shared. */
    load?: number[];
  };
  quick: boolean;
  rows: BenchRow[];
  /** Suites that were not run, and why. */
  skipped: Array<{ suite: string; reason: string }>;
}

const COLUMNS = ['name', 'size', 'Ramme ms', 'baseline', 'baseline ms', 'ratio', 'aim', 'note'];

function ratioText(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  return ratio >= 10 ? `${ratio.toFixed(1)}×` : `${ratio.toFixed(2)}×`;
}

export function rowCells(row: BenchRow): string[] {
  return [
    row.name,
    row.size.toLocaleString('en-US'),
    String(roundMs(row.rammeMs)),
    row.baseline,
    Number.isFinite(row.baselineMs) ? String(roundMs(row.baselineMs)) : '–',
    ratioText(row.ratio),
    row.aim ?? '',
    row.note ?? '',
  ];
}

export function formatTable(rows: BenchRow[]): string {
  const body = rows.map(rowCells);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 1 || i === 2 || i === 4 || i === 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function formatText(output: BenchOutput): string {
  const m = output.machine;
  const load = m.load ? `, load average ${m.load.map((l) => l.toFixed(1)).join(' ')}` : '';
  const head = `node ${m.node}, ${m.cpus} CPUs, ${m.memoryGb} GB, ${m.platform}${load}${output.quick ? ' (quick)' : ''}`;
  const skipped = output.skipped.map((s) => `skipped ${s.suite}: ${s.reason}`);
  return [head, '', formatTable(output.rows), ...(skipped.length ? ['', ...skipped] : [])].join(
    '\n',
  );
}

/** JSON with non-finite numbers as null, so the output always parses. */
export function formatJson(output: BenchOutput): string {
  return JSON.stringify(
    output,
    (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    2,
  );
}
