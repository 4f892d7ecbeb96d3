import { say } from '../i18n';
import { REPORT_VERSION, type CheckReport } from '../report';
import type { CheckArgs } from './args';
import { expandPaths } from './files';
import { planOutputs } from './outputs';
import { humanReport } from './human';
import { printable } from './printable';
import { checkAll } from './pool';
import { progressBar } from './progress';
import type { CheckJob } from './check-file';
import type { Io } from './io';
import { defaultCellLimit } from './cell-limit';

/** `ramme check`: exit 0 no error findings, 1 error findings, 2 a file could not be read. */
export async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  const inputs = await expandPaths(args.paths);
  if (inputs.length === 0) {
    io.err(
      say(
        {
          da: 'ramme: ingen projektmapper (.xlsx, .xlsm, .xltx, .xltm, .ods, .xls, .xlsb) eller .csv-filer fundet.',
          en: 'ramme: no workbooks (.xlsx, .xlsm, .xltx, .xltm, .ods, .xls, .xlsb) or .csv files found.',
        },
        args.lang,
      ),
    );
    return 2;
  }
  const plan = args.out === undefined ? undefined : await planOutputs(inputs, args.out, args.force);
  if (plan !== undefined && !plan.ok) {
    io.err(`ramme: ${printable(say(plan.message, args.lang))}`);
    return 2;
  }
  const outs = plan?.outs;
  const options = { lang: args.lang, year: args.year, sheet: args.sheet, range: args.range };
  const limits = { maxCells: args.maxCells ?? defaultCellLimit() };
  const jobs: CheckJob[] = inputs.map(({ file }, i) => ({
    file,
    options,
    out: outs?.[i],
    force: args.force,
    limits,
  }));
  const bar = progressBar(jobs.length, args.lang === 'en' ? 'files' : 'filer');
  const reports = await checkAll(jobs, (done) => bar.tick(done), args.threads);
  bar.end();
  const report: CheckReport = { version: REPORT_VERSION, files: reports };
  // The text says when a year is already past; the JSON does not depend on the clock.
  const thisYear = new Date().getFullYear();
  io.out(
    args.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : humanReport(report, args.lang, { thisYear }),
  );
  const failures = reports.flatMap((r) => [r.error, r.outError]).filter((e) => e !== undefined);
  for (const e of failures) io.err(`ramme: ${printable(e)}`);
  if (failures.length > 0) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
