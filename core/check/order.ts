import { parseA1 } from '../grid';
import type { Finding } from '../report';

/**
 * Findings in reading order: sheet order in the workbook, then row, then column; ties keep the
 * order they were found in (Array.prototype.sort is stable).
 */
export function sortFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
): Finding[] {
  const index = new Map(sheetOrder.map((s, i) => [s, i]));
  const key = (f: Finding): [number, number, number] => {
    const at = parseA1(f.cell);
    return [index.get(f.sheet) ?? sheetOrder.length, at?.row ?? 0, at?.col ?? 0];
  };
  return findings
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map((x) => x.f);
}

/** The same finding (code and cell) found twice, e.g. by two overlapping checks, is kept once. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.sheet}\u0000${f.cell}\u0000${f.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
