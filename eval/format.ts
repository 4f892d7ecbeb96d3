/** The text `npm run eval` prints: one block per corpus, optionally the misses and false alarms. */
import { knownFamily } from './families';
import type { CorpusRun } from './measure';
import type { CorpusSummary } from './summary';

function percent(x: number | null): string {
  return x === null ? '–' : `${(x * 100).toFixed(1)} %`;
}

function counts(record: Record<string, number>): string {
  const parts = Object.entries(record)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`);
  return parts.length === 0 ? '–' : parts.join(', ');
}

function codeLines(byCode: CorpusSummary['byCode']): string[] {
  return Object.keys(byCode)
    .sort()
    .map((code) => {
      // A new code of unknown family is never counted real: say so, so eval/families.ts learns it.
      const unknown = knownFamily(code) ? '' : '  (family unknown: add it to eval/families.ts)';
      return `    ${code.padEnd(24)} ${counts(byCode[code]!)}${unknown}`;
    });
}

export function formatSummary(s: CorpusSummary): string[] {
  return [
    `${s.corpus} (${s.dir})`,
    `  files                 ${s.files} (read ${s.filesRead}, unlabelled ${s.unlabelled.length})`,
    `  error findings        ${s.errorFindings} (real ${s.realFindings})`,
    `  precision             ${percent(s.precision)}`,
    `  recall                ${percent(s.recall)} (${s.foundTotals} of ${s.wrongTotals} wrong totals)`,
    `  other wrong cells     ${s.foundOther} of ${s.wrongOther} found (not in recall)`,
    `  right totals flagged  ${s.rightFlagged} of ${s.rightTotals}`,
    `  dates unreadable      ${s.datesUnreadable}`,
    `  false errors by cause ${counts(s.falseByCause)}`,
    '  findings per code:',
    ...codeLines(s.byCode),
    ...s.notRead.map((n) => `  not read: ${n.file}: ${n.error}`),
  ];
}

/** Per file: the wrong totals not found and the false error findings (first few). */
export function formatDetails(run: CorpusRun, limit = 5): string[] {
  const lines: string[] = [];
  for (const f of run.scores) {
    if (f.missed.length === 0 && f.falseFindings.length === 0) continue;
    lines.push(`  ${f.file}`);
    for (const m of f.missed) lines.push(`    missed ${m.sheet}!${m.cell} (${m.kind}): ${m.why}`);
    for (const x of f.falseFindings.slice(0, limit)) {
      lines.push(`    false  ${x.sheet}!${x.cell} ${x.code} [${x.cause}]: ${x.message}`);
    }
    const more = f.falseFindings.length - limit;
    if (more > 0) lines.push(`    … ${more} more false error findings`);
  }
  return lines;
}
