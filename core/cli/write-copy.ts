import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes an annotated copy. Without `force` the file must not exist (created exclusively, so
 * no file, link or pipe that appeared since the plan is written through). With `force` the copy
 * is written beside it and renamed over it: the name gets a new file, and whatever the old name
 * pointed at (a link's target, a hard link's other names) is left as it was.
 */
export async function writeCopy(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  if (!force) {
    await writeFile(path, bytes, { flag: 'wx' });
    return;
  }
  // Node's crypto (some fifteen modules) loads only for the one name it makes.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
