import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { copyKind, hasWorkbookExtension } from '../io/workbook-names';

/** One file to check and where it sits below the folder it was found in. */
export interface InputFile {
  /** The path as the user gave it, or as found in a folder; also the report's `file`. */
  file: string;
  /** Its path below the folder given on the command line; the bare name for a file given. */
  rel: string;
}

/** Ramme's own annotated copies (see copyName), left out of folder runs. */
const OWN_COPY = /\.ramme\.(?:xls[xm]|ods)$/i;

function isWorkbookName(name: string): boolean {
  // '~$budget.xlsx' is Excel's lock file while the workbook is open; dot files are hidden.
  if (name.startsWith('~$') || name.startsWith('.') || OWN_COPY.test(name)) return false;
  return hasWorkbookExtension(name);
}

async function walk(root: string, dir: string, into: InputFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(root, path, into);
      // Pipes, devices and links to them are listed too: checkFile refuses them unopened.
    } else if (isWorkbookName(e.name)) into.push({ file: path, rel: relative(root, path) });
  }
}

/**
 * The files to check, in the order given (a folder's files sorted by name). A path that does
 * not exist is kept, so it is reported as unreadable next to the others.
 */
export async function expandPaths(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) await walk(p, p, files);
    else files.push({ file: p, rel: basename(p) });
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.file) && seen.add(f.file));
}

/**
 * The name of a file's annotated copy: its whole name, then `.ramme.xlsx` (`.ramme.xlsm` for a
 * macro workbook, whose VBA the copy keeps; `.ramme.ods` for an OpenDocument spreadsheet, which
 * stays one). Whole names differ within a folder, so their copies do too: `budget.csv` and
 * `budget.xlsx` give `budget.csv.ramme.xlsx` and `budget.xlsx.ramme.xlsx`.
 */
export function copyName(file: string): string {
  const name = basename(file);
  return `${name}.ramme.${copyKind(name)}`;
}
