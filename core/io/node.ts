import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { basename } from 'node:path';
import type { Workbook } from '../grid';
import type { Result } from '../i18n';
import type { InflateSync } from './inflate';
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

/**
 * Node's zlib as the read limits' inflater (install it with `installInflater`): one call per part,
 * stopped by zlib itself one byte past the declared size, so a part that lies cannot blow up.
 */
export const nodeInflate: InflateSync = (data, maxBytes) => {
  try {
    // One output buffer of the declared size: zlib's default 16 KB pieces are joined at the end,
    // a second copy of the whole part (a tenth of a sheet's read). maxBytes is at most 32 MB here.
    const chunkSize = Math.max(64, Math.min(maxBytes + 1, 1 << 26));
    const all = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes + 1), chunkSize });
    return all.length > maxBytes ? 'longer' : all;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'longer' : 'unreadable';
  }
};
