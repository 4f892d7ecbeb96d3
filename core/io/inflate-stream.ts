import { inflateEntry, type StreamOutcome } from './inflate';
import { entryData, type ZipEntry } from './zip-directory';

/**
 * A runtime's streaming inflater (Node's zlib, see core/io/node.ts): hands the part's bytes to
 * `onChunk` in pieces as they are unpacked and settles with how unpacking ended, 'longer' as
 * soon as the bytes pass `maxBytes`. An error thrown by `onChunk` (the reader's own: a damaged
 * sheet) stops unpacking and rejects with that error.
 */
export type InflateStream = (
  data: Uint8Array,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
) => Promise<StreamOutcome>;

/**
 * Parts from this size stream through the runtime's streaming inflater when one is installed.
 * Held whole, a 100.000-line sheet's 13 MB of XML (and its shared texts) stay in memory next to
 * the grid until V8 next collects the old generation: about 100 bytes a cell at the peak of a
 * check. Smaller parts are unpacked faster whole.
 */
const STREAM_FROM = 2 * 1024 * 1024;

let platformStream: { inflate: InflateStream; from: number } | undefined;

/**
 * Installs (or with undefined removes) the runtime's streaming inflater, used for parts of
 * `from` bytes or more (tests stream every part with 0).
 */
export function installInflateStream(inflate: InflateStream | undefined, from = STREAM_FROM): void {
  platformStream = inflate && { inflate, from };
}

/**
 * As inflateEntry, but a big deflated part streams through the runtime's streaming inflater
 * when there is one: never held whole, and unpacked off the main thread while it is read.
 */
export async function inflateEntryStreamed(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): Promise<StreamOutcome> {
  const stream = platformStream;
  if (!stream || entry.method !== 8 || entry.uncompressedSize < stream.from) {
    return inflateEntry(bytes, entry, onChunk);
  }
  const data = entryData(bytes, entry);
  if (!data) return 'unreadable';
  return stream.inflate(data, entry.uncompressedSize, onChunk);
}
