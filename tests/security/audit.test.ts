/**
 * `npm audit`: no high or critical advisory in what ships: the npm package's one runtime
 * dependency (decimal.js; the CLI bundle and `ramme/core` carry the rest inside them) and the
 * libraries webpack and esbuild bundle into the add-in, the page and the CLI (SHIPPED_IN_BUNDLES,
 * devDependencies because they are build inputs), with everything they depend on.
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

/** Bundled into what ships (the add-in, the page, the CLI); build inputs, so devDependencies. */
const SHIPPED_IN_BUNDLES = ['@fluentui/react-components', 'fflate', 'react', 'react-dom', 'saxes'];

type Lock = {
  packages: Record<
    string,
    {
      version?: string;
      integrity?: string;
      link?: boolean;
      dev?: boolean;
      resolved?: string;
      dependencies?: Record<string, string>;
    }
  >;
};

/** The names of the packages `roots` pull in, themselves included (by name, over the lockfile). */
export function closure(lock: Lock, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const [p, v] of Object.entries(lock.packages))
      if (p.endsWith(`node_modules/${name}`)) todo.push(...Object.keys(v.dependencies ?? {}));
  }
  return seen;
}

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

describe('npm audit of what ships', () => {
  it('has no high or critical advisories (or says clearly that it could not ask)', () => {
    const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as Lock;
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const shipped = closure(lock, [...Object.keys(pkg.dependencies), ...SHIPPED_IN_BUNDLES]);
    const run = npm(['audit', '--json']);
    const audit = readAudit(run.stdout);
    if (!audit.ok) {
      const text = `npm audit INCONCLUSIVE: ${audit.why}. Run \`npm audit\` where registry.npmjs.org answers.`;
      if (required) throw new Error(text);
      console.warn(`\n⚠ ${text}\n`);
      expect(audit.why).toMatch(/endpoint|JSON/);
      return;
    }
    const serious = Object.entries(audit.report.vulnerabilities ?? {})
      .filter(
        ([name, v]) => shipped.has(name) && (v.severity === 'high' || v.severity === 'critical'),
      )
      .map(([name, v]) => `${name} (${v.severity})`);
    expect(serious).toEqual([]);
  }, 120_000);

  it('tells an answer from a refused endpoint', () => {
    expect(readAudit('{"message":"405 Method Not Allowed","statusCode":405}').ok).toBe(false);
    expect(readAudit('not json').ok).toBe(false);
    const answer = readAudit('{"metadata":{"vulnerabilities":{"high":0,"critical":0}}}');
    expect(answer.ok).toBe(true);
  });
});

describe('the lockfile (offline supply-chain checks)', () => {
  const lock = JSON.parse(readFileSync(`${ROOT}package-lock.json`, 'utf8')) as Lock;
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
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
      dependencies: object;
      devDependencies: object;
      bundleDependencies: string[];
    };
    // The tarball installs without a registry: decimal.js travels inside it, the rest is bundled.
    expect(Object.keys(pkg.dependencies)).toEqual(['decimal.js']);
    expect(pkg.bundleDependencies).toEqual(['decimal.js']);
    expect(Object.keys(pkg.devDependencies)).toEqual(expect.arrayContaining(SHIPPED_IN_BUNDLES));
    expect(closure(lock, ['saxes']).has('xmlchars')).toBe(true);
    // HyperFormula (GPL-3.0) measures the benchmarks only; it must never ship. ExcelJS only
    // makes test and bench workbooks: the readers and the writer are Ramme's own.
    expect(lock.packages['node_modules/hyperformula']?.dev).toBe(true);
    expect(lock.packages['node_modules/exceljs']?.dev).toBe(true);
  });
});
