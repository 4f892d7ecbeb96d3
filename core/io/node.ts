import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Workbook } from '../grid';
import type { Result } from '../i18n';
import { unreadableFile } from './messages';
import { readWorkbookBytes } from './read-workbook';

/** Node only: reads a workbook file, choosing xlsx or CSV by its content. */
export async function readWorkbookFile(path: string): Promise<Result<Workbook>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    return unreadableFile(path, code);
  }
  return readWorkbookBytes(bytes, basename(path));
}
