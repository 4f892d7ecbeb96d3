import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

/** The workbook files Ramme reads. */
export const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv']);

function isWorkbookName(name: string): boolean {
  // '~$budget.xlsx' is Excel's lock file while the workbook is open; dot files are hidden.
  if (name.startsWith('~$') || name.startsWith('.')) return false;
  return WORKBOOK_EXTENSIONS.has(extname(name).toLowerCase());
}

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') await walk(path, into);
    } else if (isWorkbookName(e.name)) into.push(path);
  }
}

/**
 * The files to check, in the order given (a folder's files sorted by name). A path that does
 * not exist is kept, so it is reported as unreadable next to the others.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) await walk(p, files);
    else files.push(p);
  }
  return [...new Set(files)];
}

/** The name of a file's annotated copy: always .xlsx, since that is what is written. */
export function annotatedName(file: string): string {
  const ext = extname(file);
  return `${basename(file, ext)}.xlsx`;
}
