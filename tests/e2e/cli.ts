// The CLI the page must agree with: `ramme check FILE --json` and `--out`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import type { CheckReport, FileReport } from '../../core/report';

const run = promisify(execFile);

/** Runs in the file's folder with its bare name, so the report names it as the page does. */
async function ramme(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [inject('cli'), ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (e) {
    // Exit code 1 means "findings", not failure; the JSON is on stdout either way.
    const out = e as { code?: number; stdout?: string };
    if (out.code === 1 && out.stdout) return out.stdout;
    throw e;
  }
}

export async function cliReport(file: string): Promise<FileReport> {
  const report = JSON.parse(
    await ramme(['check', path.basename(file), '--json'], path.dirname(file)),
  ) as CheckReport;
  return report.files[0]!;
}

/** Writes the annotated copy as `ramme check --out` does; returns its path. */
export async function cliAnnotated(file: string, dir: string): Promise<string> {
  const given = path.extname(file).toLowerCase();
  const ext = given === '.xlsm' ? 'xlsm' : given === '.ods' ? 'ods' : 'xlsx';
  const out = path.join(dir, `${path.basename(file, path.extname(file))}-cli.${ext}`);
  await ramme(['check', path.basename(file), '--out', out], path.dirname(file));
  return out;
}
