import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { say } from '../i18n';
import { REPORT_VERSION, type CheckReport } from '../report';
import type { CheckArgs } from './args';
import { annotatedName, expandPaths } from './files';
import { humanReport } from './human';
import { checkAll } from './pool';
import { progressBar } from './progress';
import type { CheckJob } from './check-file';
import type { Io } from './io';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Where each file's annotated copy goes; never onto an input file. */
async function outPaths(
  files: readonly string[],
  out: string,
): Promise<string[] | { da: string; en: string }> {
  const inputs = new Set(files.map((f) => resolve(f)));
  const single = files.length === 1 && /\.xlsx$/i.test(out) && !(await isDirectory(out));
  if (single) {
    if (inputs.has(resolve(out))) {
      return {
        da: '--out må ikke pege på filen, der tjekkes.',
        en: '--out must not point at the file being checked.',
      };
    }
    return [out];
  }
  if (/\.xlsx$/i.test(out) && !(await isDirectory(out))) {
    return {
      da: '--out skal være en mappe, når flere filer tjekkes.',
      en: '--out must be a folder when several files are checked.',
    };
  }
  const used = new Set<string>();
  return files.map((f) => {
    const base = annotatedName(f).replace(/\.xlsx$/i, '');
    let path = resolve(out, `${base}.xlsx`);
    for (let n = 1; inputs.has(path) || used.has(path); n++) {
      path = resolve(out, `${base}-ramme${n > 1 ? `-${n}` : ''}.xlsx`);
    }
    used.add(path);
    return path;
  });
}

/** `ramme check`: exit 0 no error findings, 1 error findings, 2 a file could not be read. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const files = await expandPaths(args.paths);
  if (files.length === 0) {
    io.err(
      say(
        {
          da: 'ramme: ingen .xlsx- eller .csv-filer fundet.',
          en: 'ramme: no .xlsx or .csv files found.',
        },
        args.lang,
      ),
    );
    return 2;
  }
  const outs = args.out === undefined ? undefined : await outPaths(files, args.out);
  if (outs !== undefined && !Array.isArray(outs)) {
    io.err(`ramme: ${say(outs, args.lang)}`);
    return 2;
  }
  const options = { lang: args.lang, year: args.year, sheet: args.sheet, range: args.range };
  const limits = args.maxCells === undefined ? undefined : { maxCells: args.maxCells };
  const jobs: CheckJob[] = files.map((file, i) => ({ file, options, out: outs?.[i], limits }));
  const bar = progressBar(files.length, args.lang === 'en' ? 'files' : 'filer');
  const reports = await checkAll(jobs, (done) => bar.tick(done));
  bar.end();
  const report: CheckReport = { version: REPORT_VERSION, files: reports };
  // The text says when a year is already past; the JSON does not depend on the clock.
  const thisYear = new Date().getFullYear();
  io.out(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : humanReport(report, args.lang, { thisYear }),
  );
  if (reports.some((r) => r.error !== undefined)) {
    for (const r of reports) if (r.error !== undefined) io.err(`ramme: ${r.error}`);
    return 2;
  }
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
