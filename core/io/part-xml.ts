import { inflateEntry, type StreamOutcome } from './inflate';
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
  const scanner = new XmlScanner(handler);
  let decoder: TextDecoder | undefined;
  let head: Uint8Array | undefined;
  const outcome = inflateEntry(bytes, entry, (chunk) => {
    if (!decoder) {
      // Two bytes tell the encoding; a first piece shorter than that waits for the next.
      const joined = head ? concat(head, chunk) : chunk;
      if (joined.length < 2) {
        head = joined.slice();
        return;
      }
      decoder = new TextDecoder(encodingOf(joined));
      head = undefined;
      scanner.push(decoder.decode(joined, { stream: true }));
      return;
    }
    scanner.push(decoder.decode(chunk, { stream: true }));
  });
  if (outcome !== 'complete') return outcome;
  if (decoder) scanner.push(decoder.decode());
  return scanner.finished ? 'complete' : 'malformed';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
