import { constants, type Stats } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Text } from '../i18n';
import { fileSizeRefusal, type ReadLimits } from '../io';

export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: Text };

function kindOf(s: Stats): Text {
  if (s.isFIFO()) return { da: 'en navngiven pipe (FIFO)', en: 'a named pipe (FIFO)' };
  if (s.isSocket()) return { da: 'en socket', en: 'a socket' };
  if (s.isCharacterDevice() || s.isBlockDevice()) return { da: 'en enhed', en: 'a device' };
  if (s.isDirectory()) return { da: 'en mappe', en: 'a folder' };
  return { da: 'en særlig fil', en: 'a special file' };
}

async function notRegular(file: string, s: Stats): Promise<InputBytes> {
  const linked = (await lstat(file).catch(() => undefined))?.isSymbolicLink() === true;
  const kind = kindOf(s);
  const via = linked ? { da: ' (gennem et link)', en: ' (through a link)' } : { da: '', en: '' };
  return {
    ok: false,
    message: {
      da: `${file} er ikke en almindelig fil, men ${kind.da}${via.da}; den åbnes ikke. Angiv en projektmappe (.xlsx, .xlsm, .ods) eller en CSV-fil.`,
      en: `${file} is not a regular file but ${kind.en}${via.en}; it is not opened. Give a workbook (.xlsx, .xlsm, .ods) or a CSV file.`,
    },
  };
}

function cannotOpen(file: string, e: unknown): InputBytes {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  return {
    ok: false,
    message:
      code === 'ENOENT'
        ? { da: `Filen ${file} findes ikke.`, en: `The file ${file} does not exist.` }
        : {
            da: `Filen ${file} kan ikke åbnes (${code}).`,
            en: `The file ${file} cannot be opened (${code}).`,
          },
  };
}

/**
 * Reads an input file's bytes. A pipe, device or socket (or a link to one, such as /dev/zero)
 * is refused from its status alone, before it is opened: reading one would hang or never end.
 * The file is then opened non-blocking and its status checked again, so one swapped in
 * meanwhile is refused too; a file past the size limit is refused before it is read.
 */
export async function readInput(file: string, limits?: Partial<ReadLimits>): Promise<InputBytes> {
  let status: Stats;
  try {
    status = await stat(file);
  } catch (e) {
    return cannotOpen(file, e);
  }
  if (!status.isFile()) return notRegular(file, status);
  const tooBig = fileSizeRefusal(basename(file), status.size, limits);
  if (tooBig) return { ok: false, message: tooBig.error.message };
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return cannotOpen(file, e);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return await notRegular(file, opened);
    const again = fileSizeRefusal(basename(file), opened.size, limits);
    if (again) return { ok: false, message: again.error.message };
    return { ok: true, bytes: await handle.readFile() };
  } catch (e) {
    return cannotOpen(file, e);
  } finally {
    await handle.close();
  }
}
