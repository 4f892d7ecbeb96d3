/**
 * Start-up: the bundled CLI's entry and what it imports statically hold no workbook code, so
 * `ramme --help`, `allocate` and the registry commands do not load ExcelJS, fflate or saxes;
 * `check` loads them in its own chunk. The folder pool starts only for work that pays for it.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, ftruncateSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CheckReport } from '../../core/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckJob } from '../../core/cli/check-file';
import {
  POOL_MIN_BYTES,
  spareCores,
  threadsFor,
  workerFailure,
  workerUrl,
} from '../../core/cli/pool';
import { buildCli, ramme, REPO, tempDir, WRONG_BUDGET } from './helpers';

// A reader package's code: the bundle is minified, so what each chunk holds is read from the
// build's metafile (dist/cli-meta.json), not from the code.
const READERS = /node_modules\/(exceljs|fflate|saxes|jszip)\//;

interface Meta {
  outputs: Record<
    string,
    { inputs: Record<string, unknown>; imports: Array<{ path: string; kind: string }> }
  >;
}
const meta = (): Meta =>
  JSON.parse(readFileSync(path.join(REPO, 'dist/cli-meta.json'), 'utf8')) as Meta;

/** A bundle file (as the metafile names it) and every chunk it imports statically, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const i of meta().outputs[file]?.imports ?? [])
    if (i.kind === 'import-statement' && !i.path.startsWith('node:') && i.path.startsWith('dist/'))
      staticClosure(i.path, seen);
  return seen;
}

/** Whether a chunk holds a reader package's code. */
function holdsReader(file: string): boolean {
  return Object.keys(meta().outputs[file]?.inputs ?? {}).some((input) => READERS.test(input));
}

beforeAll(() => buildCli());

/** Temporary folders, removed when the file's tests are done. */
const temporary: string[] = [];
const made = (dir: string): string => (temporary.push(dir), dir);
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('start-up', () => {
  it('the entry chunk and its static imports load no workbook reader', () => {
    const closure = [...staticClosure('dist/cli/ramme.mjs')];
    expect(closure.length).toBeGreaterThanOrEqual(2);
    for (const file of closure) expect(holdsReader(file), file).toBe(false);
  });

  it('nor does the check command: in a folder run the threads load them', () => {
    const chunk = meta().outputs['dist/cli/ramme.mjs']!.imports.find(
      (i) => i.kind === 'dynamic-import' && i.path.includes('/check-command-'),
    )?.path;
    expect(chunk).toBeDefined();
    for (const file of staticClosure(chunk!)) expect(holdsReader(file), file).toBe(false);
  });

  it('the worker does load them (so the tests above can fail)', () => {
    const all = [...staticClosure('dist/cli/worker.mjs')];
    expect(all.some(holdsReader)).toBe(true);
  });

  it('a check of an .xlsx loads neither the .ods reader (saxes) nor the writers', () => {
    const inputsOf = (files: Iterable<string>) =>
      [...files].flatMap((f) => Object.keys(meta().outputs[f]?.inputs ?? {}));
    const checking = inputsOf(staticClosure('dist/cli/worker.mjs'));
    expect(checking).toContain('core/io/xlsx.ts');
    for (const lazy of ['core/io/ods.ts', 'node_modules/saxes/saxes.js', 'core/io/annotate.ts'])
      expect(checking).not.toContain(lazy);
    // Each in a chunk of its own, imported when an .ods is read or a copy is written.
    const all = inputsOf(Object.keys(meta().outputs));
    expect(all).toContain('core/io/ods.ts');
    expect(all).toContain('core/io/annotate.ts');
  });

  it('the pool finds the bundled worker from the chunk it is split into', () => {
    const dir = path.join(REPO, 'dist/cli/chunks');
    const chunk = readdirSync(dir).find((f) =>
      readFileSync(path.join(dir, f), 'utf8').includes('worker.mjs'),
    );
    expect(chunk).toBeDefined();
    const url = workerUrl(pathToFileURL(path.join(dir, chunk!)).href);
    expect(url && fileURLToPath(url)).toBe(path.join(REPO, 'dist/cli/worker.mjs'));
  });

  /** Node's own modules a run of the built CLI loads (its `process.moduleLoadList`), in a child. */
  function nodeModulesOf(args: string[]): string[] {
    const script = `const w = process.stdout.write.bind(process.stdout);
      process.stdout.write = () => true;
      const { main } = await import(${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/cli/ramme.mjs')).href)});
      await main(${JSON.stringify(args)});
      w(JSON.stringify(process.moduleLoadList));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: REPO,
      encoding: 'utf8',
    });
    return (JSON.parse(out) as string[]).filter((m) => m.startsWith('NativeModule '));
  }

  it('a check loads neither crypto nor worker threads; a forced copy loads crypto', () => {
    const dir = made(tempDir('ramme-startup-'));
    const plain = nodeModulesOf(['check', 'examples/budget-2024.xlsx']);
    expect(plain).toContain('NativeModule zlib');
    expect(plain).not.toContain('NativeModule crypto');
    expect(plain).not.toContain('NativeModule worker_threads');
    const copy = path.join(dir, 'kopi.xlsx');
    const forced = nodeModulesOf(['check', 'examples/budget-2024.xlsx', '--out', copy, '--force']);
    expect(forced).toContain('NativeModule crypto');
    expect(readFileSync(copy).subarray(0, 2).toString()).toBe('PK');
  });

  it('help, allocate and tal still work from the entry alone', () => {
    expect(ramme(['--help']).status).toBe(0);
    const a = ramme(['allocate', '--total', '5', '--step', '0,5', '--weights', '3', '2', '2']);
    expect(a.status).toBe(0);
    expect(ramme(['tal', '--text', '4,4 mio. kr.']).status).toBe(0);
  });
});

describe('threadsFor: the pool only for work that pays for it', () => {
  const dir = made(tempDir('ramme-pool-'));
  /** A job for a file of `bytes` bytes (sparse: nothing is written). */
  const job = (name: string, bytes: number): CheckJob => {
    const file = path.join(dir, name);
    const fd = openSync(file, 'w');
    ftruncateSync(fd, bytes);
    closeSync(fd);
    return { file, options: { lang: 'da' } };
  };

  const big = [POOL_MIN_BYTES, POOL_MIN_BYTES, POOL_MIN_BYTES, POOL_MIN_BYTES];
  it.each([
    ['one big file', [POOL_MIN_BYTES * 4], 4, 0, 1],
    ['six small files', Array(6).fill(8_000), 4, 0, 1],
    ['two files just under the threshold', [POOL_MIN_BYTES / 2 - 1, POOL_MIN_BYTES / 2], 4, 0, 1],
    ['two files at the threshold', [POOL_MIN_BYTES / 2, POOL_MIN_BYTES / 2], 4, 0, 2],
    ['four big files on four idle cores (one left to V8)', big, 4, 0.3, 3],
    ['four big files on four cores, two busy', big, 4, 2.5, 1],
    ['four big files on eight cores, three busy', big, 8, 3, 4],
    ['eight big files on eight cores, three busy', [...big, ...big], 8, 3, 5],
    ['big files on two idle cores', big, 2, 0, 1],
    ['big files on one core', big, 1, 0, 1],
  ])('%s: %j bytes on %i cores at load %d → %i threads', (_, sizes, cores, load, want) => {
    const jobs = sizes.map((b, i) => job(`${_.replace(/\W/g, '')}-${i}.xlsx`, b));
    expect(threadsFor(jobs, { cores, load })).toBe(want);
  });

  it.each([
    [2, 0, 1],
    [4, 0, 3],
    [4, 1.2, 2],
    [4, 9, 0],
    [16, 4.5, 11],
  ])('spareCores(%i cores, load %d) = %i', (cores, load, want) => {
    expect(spareCores(cores, load)).toBe(want);
  });

  it.each([
    ['--threads 1 on big files', [POOL_MIN_BYTES, POOL_MIN_BYTES], 4, 1, 1],
    ['--threads 2 on small files', [8_000, 8_000, 8_000], 4, 2, 2],
    ['--threads 2 on one core', [8_000, 8_000], 1, 2, 2],
    ['--threads 8 on three files', [8_000, 8_000, 8_000], 4, 8, 3],
    ['--threads 4 on one file', [8_000], 4, 4, 1],
  ])('%s: %j bytes on %i cores, asked %i → %i threads', (_, sizes, cores, asked, want) => {
    const jobs = sizes.map((b, i) => job(`${_.replace(/\W/g, '')}-${i}.xlsx`, b));
    expect(threadsFor(jobs, { cores, load: 0, asked })).toBe(want);
  });

  it('a file that is not there counts as nothing', () => {
    expect(
      threadsFor(
        [
          job('a.xlsx', POOL_MIN_BYTES - 1),
          { file: path.join(dir, 'nej.xlsx'), options: { lang: 'da' } },
        ],
        { cores: 8, load: 0 },
      ),
    ).toBe(1);
  });
});

describe('the pool', () => {
  it('--threads 2 and --threads 1 give the same report on a small folder', () => {
    const one = ramme(['check', 'examples', '--json', '--threads', '1']);
    const two = ramme(['check', 'examples', '--json', '--threads=2']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(one.status);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect((JSON.parse(one.stdout) as CheckReport).files.length).toBeGreaterThan(2);
  }, 60_000);

  it('checks a folder on threads (--threads 2), reports in name order', async () => {
    const dir = made(tempDir('ramme-pool-run-'));
    for (const name of ['b.xlsx', 'a.xlsx']) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Budget 2025');
      WRONG_BUDGET.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
      await wb.xlsx.writeFile(path.join(dir, name));
    }
    // This machine's 2 cores never start the pool by themselves (spareCores): ask for it.
    const r = ramme(['check', dir, '--json', '--threads', '2']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['a.xlsx', 'b.xlsx']);
    for (const f of report.files)
      expect(f.findings.map((x) => `${x.code} ${x.cell}`)).toContain('TOTAL_MISMATCH B6');
  }, 120_000);
});

describe('workerFailure', () => {
  const job = (lang: 'da' | 'en'): CheckJob => ({ file: 'stor.xlsx', options: { lang } });
  const oom = Object.assign(
    new Error('Worker terminated due to reaching memory limit: JS heap out of memory'),
    {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    },
  );

  it('names the file in Danish, not Node’s English', () => {
    expect(workerFailure(job('da'), oom)).toBe(
      'stor.xlsx kunne ikke tjekkes: hukommelsen slap op under læsningen. Del projektmappen op i mindre filer.',
    );
    expect(workerFailure(job('en'), oom)).toContain(
      'stor.xlsx could not be checked: memory ran out',
    );
    expect(workerFailure(job('da'), new Error('boom'))).toBe(
      'stor.xlsx kunne ikke tjekkes: tjekket stoppede uventet.',
    );
  });
});
