import { Inflate } from 'fflate';
import { entryData, type ZipEntry } from './zip-directory';

/** How unpacking one zip entry ended. */
export type StreamOutcome =
  /** Every byte seen, exactly as many as the directory declares. */
  | 'complete'
  /** More bytes than declared: the directory lies (a zip bomb's trick); stopped there. */
  | 'longer'
  /** Fewer bytes than declared, bad deflate data, or an unknown compression method. */
  | 'unreadable';

const PIECE = 1 << 20;
/**
 * Parts up to this size go through the runtime's one-shot inflater, bigger ones stream through
 * fflate. The one-shot holds the whole part (twice for a moment, as zlib joins its pieces) next
 * to the grid being built: at 1.000.000 lines 137 MB of XML, about 130 bytes a cell at the peak.
 * fflate unpacks 2,7× slower than zlib, which costs a big sheet about a tenth of its read.
 */
const WHOLE_UP_TO = 32 * 1024 * 1024;
/** Packed bytes fed to fflate at a time: deflate packs at most about 1032:1, so ≤ 17 MB out. */
const PACKED_PIECE = 16 * 1024;

/**
 * A runtime's own one-shot inflater (Node's zlib, see core/io/node.ts): the part's bytes, or
 * 'longer' once they pass `maxBytes`, or 'unreadable'. Faster than fflate; the browser has
 * none and streams through fflate.
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

/** Always true now (fflate inflates everywhere); kept for callers that asked. */
export function canInflate(): boolean {
  return true;
}

/**
 * Hands one entry's unpacked bytes to `onChunk` in pieces, in order, synchronously. Stops as
 * soon as the bytes pass the declared size, so a part that lies about its size cannot blow
 * up; the declared size itself has been held against the limits before.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): StreamOutcome {
  const data = entryData(bytes, entry);
  if (!data) return 'unreadable';
  const declared = entry.uncompressedSize;
  if (entry.method === 0) {
    if (data.length > declared) return 'longer';
    for (let at = 0; at < data.length; at += PIECE) onChunk(data.subarray(at, at + PIECE));
    return data.length === declared ? 'complete' : 'unreadable';
  }
  if (entry.method !== 8) return 'unreadable';
  if (platformInflate && declared <= WHOLE_UP_TO) {
    const all = platformInflate(data, declared);
    if (typeof all === 'string') return all;
    for (let at = 0; at < all.length; at += PIECE) onChunk(all.subarray(at, at + PIECE));
    return all.length === declared ? 'complete' : 'unreadable';
  }
  return inflateStreaming(data, declared, onChunk);
}

function inflateStreaming(
  data: Uint8Array,
  declared: number,
  onChunk: (chunk: Uint8Array) => void,
): StreamOutcome {
  let seen = 0;
  let longer = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (longer) return;
    seen += chunk.length;
    if (seen > declared) {
      longer = true;
      return;
    }
    if (chunk.length > 0) onChunk(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < data.length && !longer; at += PACKED_PIECE) {
      const end = Math.min(data.length, at + PACKED_PIECE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    // fflate's errors mean bad deflate data; an error from onChunk is the reader's own.
    if (isFflateError(e)) return 'unreadable';
    throw e;
  }
  if (longer) return 'longer';
  return ended && seen === declared ? 'complete' : 'unreadable';
}

function isFflateError(e: unknown): boolean {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'number';
}

/** A small part's bytes whole, or undefined when it is damaged or longer than declared. */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const outcome = inflateEntry(bytes, entry, (c) => {
    chunks.push(c.slice());
    length += c.length;
  });
  if (outcome !== 'complete') return undefined;
  const all = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
