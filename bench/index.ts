/**
 * `npm run bench` (`-- --json`, `-- --quick`): every suite present, one table. Timings are the
 * median of several runs after a warm-up; the machine is shared, so they are reported, never
 * asserted.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';
import { formatJson, formatText, type BenchOutput } from './report';

export const SUITES = ['totals', 'allocation', 'cli', 'files', 'pool', 'pane'] as const;

const here = path.dirname(fileURLToPath(import.meta.url));

function isSuite(x: unknown): x is BenchSuite {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as BenchSuite).name === 'string' &&
    typeof (x as BenchSuite).run === 'function'
  );
}

/** A suite module may export its suite as default, as `suite`, or under any name. */
export function findSuite(mod: Record<string, unknown>): BenchSuite | undefined {
  if (isSuite(mod.default)) return mod.default;
  if (isSuite(mod.suite)) return mod.suite;
  return Object.values(mod).find(isSuite);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

export function machine(): BenchOutput['machine'] {
  return {
    node: process.versions.node,
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.arch()}`,
    load: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

export async function runBench(options: {
  quick: boolean;
  suites?: readonly string[];
  log?: (line: string) => void;
}): Promise<BenchOutput> {
  const rows: BenchRow[] = [];
  const skipped: BenchOutput['skipped'] = [];
  const log = options.log ?? (() => {});
  for (const name of options.suites ?? SUITES) {
    const file = path.join(here, `${name}.ts`);
    if (!existsSync(file)) {
      skipped.push({ suite: name, reason: `bench/${name}.ts is not there yet` });
      continue;
    }
    try {
      const suite = findSuite((await import(pathToFileURL(file).href)) as Record<string, unknown>);
      if (!suite) {
        skipped.push({ suite: name, reason: `bench/${name}.ts exports no BenchSuite` });
        continue;
      }
      log(`running ${suite.name}…`);
      rows.push(...(await suite.run({ quick: options.quick })));
    } catch (e) {
      skipped.push({ suite: name, reason: `failed: ${message(e)}` });
    }
  }
  return { machine: machine(), quick: options.quick, rows, skipped };
}

async function cli(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const only = args.filter((a) => !a.startsWith('--'));
  const output = await runBench({
    quick,
    suites: only.length ? only : undefined,
    log: json ? undefined : (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${json ? formatJson(output) : formatText(output)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await cli(process.argv.slice(2));
}
