import { lstat, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { copyKind } from '../io/workbook-names';
import { copyName, type InputFile } from './files';

type Message = { da: string; en: string };

/** Where each input's annotated copy goes, or why none is written. */
export type OutputPlan = { ok: true; outs: string[] } | { ok: false; message: Message };

async function statOf(path: string, follow: boolean): Promise<Stats | undefined> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch {
    return undefined;
  }
}

function refuse(da: string, en: string): OutputPlan {
  return { ok: false, message: { da, en } };
}

const FILE_NAME = /\.(?:xls[xm]|ods)$/i;
/** Names of files a copy cannot be: `--out kopi.csv` means a file, not a new folder of that name. */
const OTHER_FILE = /\.(?:csv|tsv|txt|xls|xlsb|xltx|xltm|json|pdf)$/i;

/** The copies' paths: one named file, or the folder's copies named after their inputs. */
async function paths(inputs: readonly InputFile[], out: string): Promise<string[] | OutputPlan> {
  const outStat = await statOf(out, true);
  const asFile = FILE_NAME.test(out) && !outStat?.isDirectory();
  if (asFile && inputs.length === 1) return wrongExtension(inputs[0]!.file, out) ?? [resolve(out)];
  if (asFile) {
    return refuse(
      '--out skal være en mappe, når flere filer tjekkes.',
      '--out must be a folder when several files are checked.',
    );
  }
  if (outStat === undefined && OTHER_FILE.test(out)) {
    return refuse(
      `--out ${out}: kopien er en projektmappe, så dens navn skal ende på .xlsx (.xlsm for en .xlsm, .ods for en .ods); angiv det, eller en mappe.`,
      `--out ${out}: the copy is a workbook, so its name must end in .xlsx (.xlsm for an .xlsm, .ods for an .ods); give that, or a folder.`,
    );
  }
  if (outStat !== undefined && !outStat.isDirectory()) {
    return refuse(
      `--out ${out} er en fil; angiv en mappe eller et filnavn, der ender på .xlsx, .xlsm eller .ods.`,
      `--out ${out} is a file; give a folder or a file name ending in .xlsx, .xlsm or .ods.`,
    );
  }
  // Subfolders below a folder given are kept, so copies of a/budget.xlsx and b/budget.xlsx differ.
  return inputs.map((i) => resolve(out, dirname(i.rel), copyName(i.file)));
}

/**
 * A copy named against its content: Excel opens no package whose extension says otherwise
 * ("the file format or file extension is not valid"), so an .xlsm's copy must be an .xlsm (its
 * macros are kept), an .ods's an .ods and any other's an .xlsx, as the copies' own names are
 * (copyKind).
 */
function wrongExtension(input: string, out: string): OutputPlan | undefined {
  const want = copyKind(input);
  const given = copyKind(out);
  if (given === want) return undefined;
  if (want === 'xlsm') {
    return refuse(
      `--out ${out}: ${input} har makroer, og kopien beholder dem, så dens navn skal ende på .xlsm (Excel åbner ikke en projektmappe med makroer under navnet .xlsx).`,
      `--out ${out}: ${input} has macros, and the copy keeps them, so its name must end in .xlsm (Excel opens no workbook with macros named .xlsx).`,
    );
  }
  if (want === 'xlsx' && given === 'xlsm') {
    return refuse(
      `--out ${out}: kopien af ${input} har ingen makroer, så dens navn skal ende på .xlsx (Excel åbner ikke en projektmappe uden makroer under navnet .xlsm).`,
      `--out ${out}: the copy of ${input} has no macros, so its name must end in .xlsx (Excel opens no workbook without macros named .xlsm).`,
    );
  }
  return refuse(
    `--out ${out}: kopien af ${input} er en .${want}-fil som den selv, så dens navn skal ende på .${want}.`,
    `--out ${out}: the copy of ${input} is an .${want} file as it is, so its name must end in .${want}.`,
  );
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * Plans the annotated copies for `--out`, before anything is read. Refused: a copy that is an
 * input, by name or by what it resolves to (a symbolic or hard link: same device and inode);
 * two inputs whose copies would be one file; a copy over an existing file without `--force`.
 * Even with `--force` an input is never written over.
 */
export async function planOutputs(
  inputs: readonly InputFile[],
  out: string,
  force: boolean,
): Promise<OutputPlan> {
  const outs = await paths(inputs, out);
  if (!Array.isArray(outs)) return outs;
  const inputStats = await Promise.all(inputs.map((i) => statOf(i.file, true)));
  const byPath = new Map<string, string>();
  const existing: string[] = [];
  for (const [k, path] of outs.entries()) {
    const input = inputs[k]!.file;
    const other = byPath.get(path);
    if (other !== undefined) {
      return refuse(
        `--out: kopierne af ${other} og ${input} ville begge hedde ${path}. Tjek dem hver for sig, eller med hver sin --out.`,
        `--out: the copies of ${other} and ${input} would both be ${path}. Check them one at a time, or each with its own --out.`,
      );
    }
    byPath.set(path, input);
    const target = await statOf(path, true);
    const hit = inputs.findIndex(
      (i, n) =>
        resolve(i.file) === path ||
        (target !== undefined && inputStats[n] !== undefined && sameFile(target, inputStats[n])),
    );
    if (hit >= 0) {
      return refuse(
        `--out må ikke pege på filen, der tjekkes: ${path} er ${inputs[hit]!.file}.`,
        `--out must not point at the file being checked: ${path} is ${inputs[hit]!.file}.`,
      );
    }
    if ((await statOf(path, false)) !== undefined) existing.push(path);
  }
  if (existing.length > 0 && !force) {
    const more = existing.length > 1 ? ` (+${existing.length - 1})` : '';
    return refuse(
      `${existing[0]}${more} findes allerede. Brug --force for at skrive over, eller vælg et andet --out.`,
      `${existing[0]}${more} already exists. Use --force to write over it, or choose another --out.`,
    );
  }
  return { ok: true, outs };
}
