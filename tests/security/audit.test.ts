/**
 * `npm audit --omit=dev`: no high or critical advisory in what ships (the add-in bundle and the
 * CLI's runtime dependencies).
 *
 * When the registry's audit endpoint cannot be reached (offline, or a mirror that refuses the
 * bulk advisory POST, as this project's build machine does with 405), the audit is
 * inconclusive: the test says so loudly and passes, unless RAMME_AUDIT_REQUIRED=1, where it
 * fails. Not on CI=true: this project's CI runs on the same machine, whose registry refuses the
 * audit, so a strict CI could never pass. Advisories that do come back always fail the test.
 * The lockfile checks below run everywhere.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bad/run-cli';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  error?: { code?: string; summary?: string };
  message?: string;
  statusCode?: number;
}

const required = process.env.RAMME_AUDIT_REQUIRED === '1';

function npm(args: string[]) {
  return spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', timeout: 90_000, shell: false });
}

/** What the audit found, or why there is no answer. */
export function readAudit(
  stdout: string,
): { ok: true; report: AuditReport } | { ok: false; why: string } {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { ok: false, why: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  if (!report.metadata?.vulnerabilities) {
    const why = report.message ?? report.error?.summary ?? report.error?.code ?? 'no metadata';
    return { ok: false, why: `the audit endpoint gave no answer (${why})` };
  }
  return { ok: true, report };
}

describe('npm audit --omit=dev', () => {
  it('has no high or critical advisories (or says clearly that it could not ask)', () => {
    const run = npm(['audit', '--omit=dev', '--json']);
    const audit = readAudit(run.stdout);
    if (!audit.ok) {
      const text = `npm audit INCONCLUSIVE: ${audit.why}. Run \`npm audit --omit=dev\` where registry.npmjs.org answers.`;
      if (required) throw new Error(text);
      console.warn(`\n⚠ ${text}\n`);
      expect(audit.why).toMatch(/endpoint|JSON/);
      return;
    }
    const counts = audit.report.metadata!.vulnerabilities!;
    const serious = Object.entries(audit.report.vulnerabilities ?? {})
      .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
    expect((counts.high ?? 0) + (counts.critical ?? 0)).toBe(0);
  }, 120_000);

  it('tells an answer from a refused endpoint', () => {
    expect(readAudit('{"message":"405 Method Not Allowed","statusCode":405}').ok).toBe(false);
    expect(readAudit('not json').ok).toBe(false);
    const answer = readAudit('{"metadata":{"vulnerabilities":{"high":0,"critical":0}}}');
    expect(answer.ok).toBe(true);
  });
});

describe('the lockfile (offline supply-chain checks)', () => {
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as {
    packages: Record<
      string,
      { version?: string; integrity?: string; link?: boolean; dev?: boolean; resolved?: string }
    >;
  };
  const installed = Object.entries(lock.packages).filter(([p, v]) => p !== '' && !v.link);

  it('pins every package with a sha512 integrity hash', () => {
    const missing = installed
      .filter(([, v]) => !v.integrity?.startsWith('sha512-'))
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });

  it('fetches nothing from outside the npm registry (no git, file or http URLs)', () => {
    const odd = installed
      .filter(
        ([, v]) =>
          v.resolved !== undefined && !v.resolved.startsWith('https://registry.npmjs.org/'),
      )
      .map(([p, v]) => `${p} ← ${v.resolved}`);
    expect(odd).toEqual([]);
  });

  it('ships only the runtime dependencies the project names', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { dependencies: object };
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      '@fluentui/react-components',
      'decimal.js',
      'fflate',
      'react',
      'react-dom',
      'saxes',
    ]);
    // HyperFormula (GPL-3.0) measures the benchmarks only; it must never ship. ExcelJS only
    // makes test and bench workbooks: the readers and the writer are Ramme's own.
    expect(lock.packages['node_modules/hyperformula']?.dev).toBe(true);
    expect(lock.packages['node_modules/exceljs']?.dev).toBe(true);
  });
});
