/**
 * A big part is never unpacked whole: past 32 MB the runtime's one-shot inflater (Node's zlib,
 * which holds the whole part, twice for a moment) is passed over for fflate's pieces, so a
 * 1.000.000-line sheet does not cost its 137 MB of XML on top of the grid. Smaller parts keep
 * the faster one-shot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { inflateEntry, installInflater, type InflateSync } from '../../core/io/inflate';
import { nodeInflate } from '../../core/io/node';
import { readZipDirectory } from '../../core/io/zip-directory';
import { buildZip } from './zip-builder';

function entryOf(size: number) {
  const row = '<row><c><v>1</v></c></row>';
  const data = row.repeat(Math.ceil(size / row.length)).slice(0, size);
  const zip = buildZip([{ name: 'xl/worksheets/sheet1.xml', data }]);
  return { zip, entry: readZipDirectory(zip)![0]! };
}

/** Node's inflater, counting its calls. */
function counting(): { inflate: InflateSync; calls: number[] } {
  const calls: number[] = [];
  const inflate: InflateSync = (data, max) => {
    calls.push(max);
    return nodeInflate(data, max);
  };
  return { inflate, calls };
}

describe('inflateEntry with the runtime inflater installed', () => {
  afterEach(() => installInflater(undefined));

  it.each([
    ['a 1 MB part whole, by the runtime', 1_000_000, 1, 1],
    ['a 40 MB part in pieces, by fflate', 40_000_000, 0, 2],
  ])('unpacks %s', (_, size, oneShotCalls, minPieces) => {
    const { zip, entry } = entryOf(size);
    const { inflate, calls } = counting();
    installInflater(inflate);
    let seen = 0;
    let biggest = 0;
    let pieces = 0;
    const outcome = inflateEntry(zip, entry, (c) => {
      seen += c.length;
      pieces++;
      biggest = Math.max(biggest, c.length);
    });
    expect(outcome).toBe('complete');
    expect(seen).toBe(size);
    expect(calls.length).toBe(oneShotCalls);
    expect(pieces).toBeGreaterThanOrEqual(minPieces);
    // No piece near the part's size: it was never held whole.
    if (size > 32 * 1024 * 1024) expect(biggest).toBeLessThan(20_000_000);
  });
});
