import { basename } from 'node:path';
import { checkWorkbook, emptyReport, type CheckOptions } from '../check';
import { say } from '../i18n';
import { readWorkbookBytes, type ReadLimits } from '../io';
import { installNodeInflaters } from '../io/node';
import { PackageError } from '../io/write/zip-read';
import type { FileReport } from '../report';
import { readInput, type InputBytes } from './read-input';
import { writeCopy } from './write-copy';

/** One file to check: what a worker thread receives. */
export interface CheckJob {
  /** The path as the user gave it (or as found in the folder); also the report's `file`. */
  file: string;
  options: CheckOptions;
  /** Where to write the annotated copy, when --out was given. */
  out?: string;
  /** Whether the copy may replace an existing file (--force); never an input. */
  force?: boolean;
  /** Changes to the read limits (--max-cells). */
  limits?: Partial<ReadLimits>;
}

// Node's zlib unpacks the parts, several times faster than fflate (which the browser uses), and
// streams a big sheet on the thread pool while it is read.
installNodeInflaters();

function failed(file: string, message: string): FileReport {
  return { ...emptyReport(file), error: message };
}

/** The system's code for a failure of the machine (ENOMEM, EIO); a fault of Ramme's own has none. */
function systemCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/**
 * Reads, checks and (with --out) annotates one file. Never throws: whatever goes wrong is the
 * report's `error`, so one bad file does not stop the others.
 */
export async function checkFile(job: CheckJob): Promise<FileReport> {
  const { file, options } = job;
  const lang = options.lang;
  let input: InputBytes | undefined = await readInput(file, job.limits);
  if (!input.ok) return failed(file, say(input.message, lang));
  let bytes: Uint8Array | undefined = input.bytes;
  input = undefined;
  let report: FileReport;
  try {
    const read = await readWorkbookBytes(bytes, basename(file), job.limits);
    if (!read.ok) return failed(file, say(read.error.message, lang));
    // The file's bytes are read again only to write the copy: without --out they are let go
    // before the check, which then peaks that much lower (26 MB for a million lines).
    if (job.out === undefined) bytes = undefined;
    report = { ...checkWorkbook(read.value, options), file };
  } catch (e) {
    // The program's own text would not help a user: a system code would, so it is named.
    const code = systemCode(e);
    return failed(
      file,
      say(
        code
          ? {
              da: `${file} kunne ikke tjekkes (${code}).`,
              en: `${file} could not be checked (${code}).`,
            }
          : {
              da: `${file} kunne ikke tjekkes: en fejl i Ramme stoppede tjekket.`,
              en: `${file} could not be checked: an error in Ramme stopped the check.`,
            },
        lang,
      ),
    );
  }
  if (job.out === undefined || bytes === undefined) return report;
  try {
    // The writers load only for a copy: a check without --out parses none of their code.
    const { annotateWorkbook } = await import('../io/annotate');
    const annotated = await annotateWorkbook(bytes, report, lang);
    await writeCopy(job.out, annotated, job.force === true);
  } catch (e) {
    // A file-system code says what went wrong; a writer's internal text would not help.
    const why = systemCode(e) ?? say({ da: 'skriveren fejlede', en: 'the writer failed' }, lang);
    const text =
      e instanceof PackageError
        ? {
            da: `Den markerede kopi ${job.out} blev ikke skrevet: en del af filen, som kopien skulle ændre, er beskadiget. Åbn filen i Excel, gem den igen, og tjek den igen.`,
            en: `The annotated copy ${job.out} was not written: a part of the file the copy had to change is damaged. Open the file in Excel, save it again and check it again.`,
          }
        : why === 'EEXIST'
          ? {
              da: `Den markerede kopi ${job.out} blev ikke skrevet: filen findes allerede (brug --force for at skrive over den).`,
              en: `The annotated copy ${job.out} was not written: the file already exists (use --force to write over it).`,
            }
          : {
              da: `Den markerede kopi ${job.out} kunne ikke skrives (${why}).`,
              en: `The annotated copy ${job.out} could not be written (${why}).`,
            };
    // The check itself succeeded: its findings stand beside the failed copy.
    return { ...report, outError: say(text, lang) };
  }
  return { ...report, out: job.out };
}
