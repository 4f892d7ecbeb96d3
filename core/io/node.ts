import { readFile } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { basename } from 'node:path';
import type { Workbook } from '../grid';
import type { Result } from '../i18n';
import { installInflater, type InflateSync, type StreamOutcome } from './inflate';
import { installInflateStream, type InflateStream } from './inflate-stream';
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

/** Bytes a piece of a streamed part: the pieces the sheet reader reads at a time. */
const STREAM_PIECE = 256 * 1024;

/**
 * Node's zlib as the streaming inflater (install it with `installInflateStream`): the part is
 * unpacked on libuv's thread pool while the main thread reads the pieces already out, and each
 * piece is dropped once read, so a big sheet is never held whole. Stopped one piece past the
 * declared size, as the one-shot inflater stops.
 */
export const nodeInflateStream: InflateStream = (data, maxBytes, onChunk) =>
  new Promise((resolve, reject) => {
    const zlib = createInflateRaw({ chunkSize: STREAM_PIECE });
    let seen = 0;
    let settled = false;
    const settle = (outcome: StreamOutcome | Error): void => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    zlib.on('data', (chunk: Buffer) => {
      if (settled) return;
      seen += chunk.length;
      try {
        if (seen > maxBytes) settle('longer');
        else onChunk(chunk);
      } catch (e) {
        // The reader's own error (a damaged sheet): the caller reports it.
        settle(e instanceof Error ? e : new Error(String(e)));
      }
      if (settled) zlib.destroy();
    });
    zlib.on('error', () => settle('unreadable'));
    zlib.on('end', () => settle(seen === maxBytes ? 'complete' : 'unreadable'));
    zlib.on('close', () => settle('unreadable'));
    zlib.end(data);
  });

/** Node's zlib for every part a read unpacks: small parts in one call, big ones streamed. */
export function installNodeInflaters(): void {
  installInflater(nodeInflate);
  installInflateStream(nodeInflateStream);
}
