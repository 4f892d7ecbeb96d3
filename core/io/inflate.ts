import { entryData, type ZipEntry } from './zip-directory';

/** How streaming one zip entry ended. */
export type StreamOutcome =
  /** Every byte seen, exactly as many as the directory declares. */
  | 'complete'
  /** More bytes than declared: the directory lies (a zip bomb's trick); stopped there. */
  | 'longer'
  /** Fewer bytes than declared, bad deflate data, or no way to inflate here. */
  | 'unreadable';

const PIECE = 1 << 20;

/**
 * A runtime's own one-shot inflater (Node's zlib, see core/io/node.ts): the part's bytes, or
 * 'longer' once they pass `maxBytes`, or 'unreadable'. Several times faster than a web stream;
 * the browser has none and streams.
 */
export type InflateSync = (
  data: Uint8Array,
  maxBytes: number,
) => Uint8Array | 'longer' | 'unreadable';

let platformInflate: InflateSync | undefined;

/** Installs (or with undefined removes) the runtime's one-shot inflater. */
export function installInflater(inflate: InflateSync | undefined): void {
  platformInflate = inflate;
}

let inflates: boolean | undefined;

/**
 * Whether this runtime can inflate raw deflate data: Node 20, Chrome and Edge 103+, Firefox
 * 113+, Safari 16.4+. Older browsers have DecompressionStream without 'deflate-raw'.
 */
export function canInflate(): boolean {
  if (platformInflate) return true;
  if (inflates === undefined) {
    try {
      new DecompressionStream('deflate-raw');
      inflates = true;
    } catch {
      inflates = false;
    }
  }
  return inflates;
}

/**
 * Streams one entry's uncompressed bytes to `onChunk` in pieces, never holding the whole part:
 * a 300 MB sheet is counted in a few MB of memory. Stops as soon as the bytes pass the declared
 * size, so a part that lies about its size cannot blow up.
 */
export async function streamEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): Promise<StreamOutcome> {
  const data = entryData(bytes, entry);
  if (!data) return 'unreadable';
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += PIECE) onChunk(data.subarray(at, at + PIECE));
    return data.length === entry.uncompressedSize ? 'complete' : 'unreadable';
  }
  if (entry.method !== 8 || !canInflate()) return 'unreadable';
  if (platformInflate) {
    // Bounded by the declared size, which the limits have already allowed.
    const all = platformInflate(data, entry.uncompressedSize);
    if (typeof all === 'string') return all;
    for (let at = 0; at < all.length; at += PIECE) onChunk(all.subarray(at, at + PIECE));
    return all.length === entry.uncompressedSize ? 'complete' : 'unreadable';
  }
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  // Fed alongside the reading below (feeding first would wait forever on a full stream); the
  // pieces are views on bytes already in memory, not copies.
  void (async () => {
    for (let at = 0; at < data.length; at += PIECE) {
      // The web stream types want an ArrayBuffer-backed view; a shared buffer never gets here.
      await writer.write(data.subarray(at, at + PIECE) as Uint8Array<ArrayBuffer>);
    }
    await writer.close();
  })().catch(() => undefined);
  const reader = inflater.readable.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      seen += value.length;
      if (seen > entry.uncompressedSize) {
        await reader.cancel().catch(() => undefined);
        return 'longer';
      }
      onChunk(value);
    }
  } catch {
    return 'unreadable';
  }
  return seen === entry.uncompressedSize ? 'complete' : 'unreadable';
}

/** A small part's text (workbook.xml and its relationships), or undefined past `maxBytes`. */
export async function entryText(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
): Promise<string | undefined> {
  if (entry.uncompressedSize > maxBytes) return undefined;
  const chunks: Uint8Array[] = [];
  const outcome = await streamEntry(bytes, entry, (c) => chunks.push(c.slice()));
  if (outcome !== 'complete') return undefined;
  const all = new Uint8Array(entry.uncompressedSize);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder('utf-8').decode(all);
}
