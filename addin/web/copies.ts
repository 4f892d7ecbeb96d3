// The page's two downloads, made the same way in its copy worker and, where the runtime has no
// workers (the jsdom tests), in line: the checked copy (the opened file read, checked as a
// whole, then patched) and the workbook with new values (the patch the page worked out).
import { checkWorkbook, type CheckOptions } from '../../core/check';
import { readWorkbookBytes } from '../../core/io';
import { annotateWorkbook } from '../../core/io/annotate';
import { patchOds, type OdsPatch } from '../../core/io/ods-write';
import { PackageError, patchWorkbook, type WorkbookPatch } from '../../core/io/write';

/** What making a copy came to; only codes and the reader's own message, never an error's text. */
export type CopyOutcome =
  | { kind: 'made'; bytes: Uint8Array }
  /** The file could not be read: the reader's message, in the user's language. */
  | { kind: 'refused'; message: string }
  /** Cells holding formulas other cells share, which a value may not overwrite. */
  | { kind: 'kept'; cells: string[] }
  /** A part of the package the writer cannot patch. */
  | { kind: 'damaged' }
  | { kind: 'failed' };

/** The workbook with new values, as the page works it out: a package and its patch. */
export type ValuesJob =
  | { format: 'xlsx'; base: Uint8Array; patch: WorkbookPatch }
  | { format: 'ods'; base: Uint8Array; patch: OdsPatch };

/** What the copy worker is asked to make. */
export type CopyRequest =
  | { kind: 'checked'; bytes: Uint8Array; name: string; options: CheckOptions }
  | { kind: 'values'; job: ValuesJob };

async function outcomeOf(make: () => Promise<CopyOutcome>): Promise<CopyOutcome> {
  try {
    return await make();
  } catch (e) {
    return { kind: e instanceof PackageError ? 'damaged' : 'failed' };
  }
}

export function makeCopy(request: CopyRequest): Promise<CopyOutcome> {
  return outcomeOf(async () => {
    if (request.kind === 'values') {
      const { job } = request;
      if (job.format === 'ods') return { kind: 'made', bytes: patchOds(job.base, job.patch) };
      const result = patchWorkbook(job.base, job.patch);
      return result.keptFormulas.length > 0
        ? { kind: 'kept', cells: result.keptFormulas }
        : { kind: 'made', bytes: result.bytes };
    }
    const { bytes, name, options } = request;
    const read = await readWorkbookBytes(bytes, name);
    if (!read.ok) return { kind: 'refused', message: read.error.message[options.lang] };
    const report = { ...checkWorkbook(read.value, options), file: name };
    return { kind: 'made', bytes: await annotateWorkbook(bytes, report, options.lang) };
  });
}
