/**
 * The package as a user gets it: `npm pack` (prepack builds the CLI bundle and `ramme/core`),
 * the tarball installed into a temporary global prefix without the network, `ramme check` run
 * from there on an example, and a TypeScript file compiled with plain `tsc` (module nodenext)
 * against `ramme/core`, calling `apportion` and `checkWorkbook`, then run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO } from '../cli/helpers';

const TIMEOUT = 600_000;
const temp = mkdtempSync(path.join(tmpdir(), 'ramme-pack-'));
const prefix = path.join(temp, 'prefix');
const installed = path.join(prefix, 'lib', 'node_modules', 'ramme');

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const USE = `import { readFileSync } from 'node:fs';
import { apportion, checkWorkbook, Dec, readWorkbookBytes, sheetFromValues } from 'ramme/core';
import type { FileReport } from 'ramme/core';

const split = apportion(new Dec(5), ['3', '2', '2'], new Dec('0.5'));
if (!split.ok) throw new Error(split.error.message.en);
console.log(split.value.allocations.map((a) => a.toString()).join(' '));

const sheet = sheetFromValues('Budget', [
  ['Post', 'Beløb (kr.)'],
  ['Løn', 100],
  ['Drift', 50],
  ['I alt', 160],
]);
const report: FileReport = checkWorkbook({ name: 'b.xlsx', sheets: [sheet], names: [] }, { lang: 'da' });
console.log(report.findings.map((f) => f.code + ' ' + f.cell).join(', '));

const read = await readWorkbookBytes(readFileSync(process.argv[2]!), 'budget-2024.xlsx');
if (read.ok) console.log(checkWorkbook(read.value, { lang: 'en' }).findings.map((f) => f.cell).join(' '));
`;

beforeAll(() => {
  // What prepack does, without rebuilding dist/cli under the CLI tests that run beside this one.
  buildCli();
  const core = run(process.execPath, ['scripts/build-core.mjs'], REPO);
  expect(core.status, core.stderr).toBe(0);
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], REPO);
  expect(pack.status, pack.stderr).toBe(0);
  const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [
    { filename: string },
  ];
  const install = run(
    'npm',
    [
      'install',
      '-g',
      '--prefix',
      prefix,
      '--offline',
      '--no-audit',
      '--no-fund',
      path.join(temp, filename),
    ],
    temp,
  );
  expect(install.status, install.stderr).toBe(0);
}, TIMEOUT);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('installs a `ramme` that checks an example outside the checkout', () => {
    const r = run(
      path.join(prefix, 'bin', 'ramme'),
      ['check', path.join(REPO, 'examples/budget-2024.xlsx')],
      temp,
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("FEJL  'Budget 2024'!B10");
    expect(r.stdout).toContain('I alt: 1 fil, 2 tabeller, 2 fejl, 0 advarsler');
    const json = run(
      path.join(prefix, 'bin', 'ramme'),
      ['check', path.join(REPO, 'examples/budget-2024.xlsx'), '--json'],
      temp,
    );
    expect(JSON.parse(json.stdout).version).toBe(3);
  });

  it('gives `ramme/core` with types: a TypeScript file compiles with plain tsc and runs', () => {
    const app = path.join(temp, 'app');
    mkdirSync(path.join(app, 'node_modules'), { recursive: true });
    symlinkSync(installed, path.join(app, 'node_modules', 'ramme'));
    writeFileSync(path.join(app, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(path.join(app, 'use.ts'), USE);
    writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          outDir: 'out',
          types: ['node'],
          typeRoots: [path.join(REPO, 'node_modules/@types')],
        },
        files: ['use.ts'],
      }),
    );
    const tsc = run(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
      app,
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const out = run(
      process.execPath,
      ['out/use.js', path.join(REPO, 'examples/budget-2024.xlsx')],
      app,
    );
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n')).toEqual(['2 1.5 1.5', 'TOTAL_MISMATCH B4', 'B10 D6', '']);
  });
});
