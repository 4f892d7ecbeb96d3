import { inflateEntry, type StreamOutcome } from './inflate';
import { inflateEntryStreamed } from './inflate-stream';
import { rowEndAfter } from './xml-bytes';
import { XmlScanner, type XmlHandler } from './xml-scan';
import type { ZipEntry } from './zip-directory';

/** The text encoding a part's first bytes show: a byte order mark, or '<' as UTF-16. */
function encodingOf(head: Uint8Array): string {
  const [a, b] = [head[0], head[1]];
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return 'utf-16be';
  return 'utf-8';
}

/** How reading a part's XML ended: as unpacking ended, or 'malformed' (a tag never closed). */
export type PartOutcome = StreamOutcome | 'malformed';

/**
 * Unpacks one XML part and feeds its text to `handler` piece by piece, never holding the whole
 * part as text. UTF-8 and UTF-16 (which the format allows) are decoded; the byte order mark is
 * dropped.
 */
export function readPartXml(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler): PartOutcome {
  const feed = new XmlFeed(handler);
  return ended(
    feed,
    inflateEntry(bytes, entry, (chunk) => feed.push(chunk)),
  );
}

/** As readPartXml, a big part streamed through the runtime's inflater (inflateEntryStreamed). */
export async function readPartXmlStreamed(
  bytes: Uint8Array,
  entry: ZipEntry,
  handler: XmlHandler,
): Promise<PartOutcome> {
  const feed = new XmlFeed(handler);
  return ended(feed, await inflateEntryStreamed(bytes, entry, (chunk) => feed.push(chunk)));
}

/** How a part's read ended, once unpacking has: as unpacking did, or as the XML does. */
function ended(feed: XmlFeed, unpacked: StreamOutcome): PartOutcome {
  if (unpacked !== 'complete') return unpacked;
  return feed.end() ? 'complete' : 'malformed';
}

/** A part's bytes, in pieces cut anywhere, as text to an XML handler. */
export class XmlFeed {
  private readonly scanner: XmlScanner;
  private feed: PieceFeed | undefined;
  private head: Uint8Array | undefined;

  constructor(private readonly handler: XmlHandler) {
    this.scanner = new XmlScanner(handler);
  }

  push(chunk: Uint8Array): void {
    if (this.feed) {
      this.feed.push(chunk);
      return;
    }
    // Two bytes tell the encoding; a first piece shorter than that waits for the next.
    const joined = this.head ? concat(this.head, chunk) : chunk;
    if (joined.length < 2) {
      this.head = joined.slice();
      return;
    }
    const encoding = encodingOf(joined);
    this.feed =
      encoding === 'utf-8'
        ? new Utf8Feed(this.scanner, this.handler)
        : new TextFeed(this.scanner, encoding);
    this.head = undefined;
    this.feed.push(joined);
  }

  /** Ends the part: true when it ended where it should (no tag left open). */
  end(): boolean {
    this.feed?.end();
    return this.scanner.finished;
  }
}

interface PieceFeed {
  push(chunk: Uint8Array): void;
  end(): void;
}

/** Any encoding: each piece decoded as it comes, what the scanner could not finish carried. */
class TextFeed implements PieceFeed {
  private readonly decoder: TextDecoder;
  constructor(
    private readonly scanner: XmlScanner,
    encoding: string,
  ) {
    this.decoder = new TextDecoder(encoding);
  }
  push(chunk: Uint8Array): void {
    this.scanner.push(this.decoder.decode(chunk, { stream: true }));
  }
  end(): void {
    this.scanner.push(this.decoder.decode());
  }
}

/**
 * UTF-8, cut before the last '<' of each piece (a '<' byte is never part of a longer
 * character): each piece decodes to a whole string that ends where a tag starts, so the
 * scanner finishes it and carries nothing. The scanner then reads one flat string per piece;
 * text joined to a carry would be a rope, every character of it slower to reach.
 */
class Utf8Feed implements PieceFeed {
  private readonly decoder = new TextDecoder('utf-8');
  private pending: Uint8Array | undefined;
  /** Segments in a row the handler's byte path could not start: past a few it is not asked again. */
  private misses = 0;
  constructor(
    private readonly scanner: XmlScanner,
    private readonly handler: XmlHandler,
  ) {}

  push(bytes: Uint8Array): void {
    // A Node Buffer seen as a plain Uint8Array: Buffer's own indexOf is a much slower binding.
    const chunk =
      Object.getPrototypeOf(bytes) === Uint8Array.prototype
        ? bytes
        : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const cut = chunk.lastIndexOf(0x3c);
    if (cut < 0) {
      // No tag starts in this piece (a long text): the scanner carries it, and bounds it.
      const piece = this.pending ? concat(this.pending, chunk) : chunk;
      this.pending = undefined;
      this.scanner.push(this.decoder.decode(piece, { stream: true }));
      return;
    }
    let from = 0;
    if (this.pending) {
      // The tag left over joined to what follows it up to the next '<', not to the whole piece.
      from = chunk.indexOf(0x3c);
      this.feed(concat(this.pending, chunk.subarray(0, from)));
    }
    this.pending = chunk.slice(cut);
    if (cut > from) this.feed(chunk.subarray(from, cut));
  }

  /**
   * A piece that ends before a '<'. Where the handler reads bytes, it reads what it can; the
   * rest is decoded and scanned as text up to the end of the row at hand, then the bytes are
   * offered again. Every cut falls before a '<' or after a '>', never inside a character.
   */
  private feed(piece: Uint8Array): void {
    const n = piece.length;
    let at = 0;
    while (at < n) {
      let read = 0;
      if (this.handler.fastBytes && this.misses < MAX_MISSES && this.scanner.idle) {
        const from = at;
        at = this.handler.fastBytes(piece, at, n);
        read = at - from;
        if (at >= n) {
          // Read to the piece's end: bytes again, however many rows went as text before.
          if (read > 0) this.misses = 0;
          return;
        }
      }
      const rowEnd =
        this.handler.fastBytes && this.misses < MAX_MISSES ? rowEndAfter(piece, at) : -1;
      const stop = rowEnd < 0 ? n : rowEnd;
      // Mostly text (formulas in every row, white space between tags): read as text from now on.
      this.misses = read < stop - at ? this.misses + 1 : 0;
      this.scanner.push(this.decoder.decode(piece.subarray(at, stop), { stream: true }), true);
      at = stop;
    }
  }

  end(): void {
    const rest = this.pending ? this.decoder.decode(this.pending, { stream: true }) : '';
    this.pending = undefined;
    this.scanner.push(rest + this.decoder.decode());
  }
}

/** Rows running that are read more as text than as bytes before the bytes are no longer offered. */
const MAX_MISSES = 16;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
