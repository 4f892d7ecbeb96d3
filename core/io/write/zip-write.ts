import { deflateSync } from 'fflate';
import { crc32 } from './crc32';
import type { StoredEntry } from './zip-read';

/** What goes into the new zip: an entry copied as stored, or a part with new bytes. */
export type OutEntry =
  { kind: 'stored'; entry: StoredEntry } | { kind: 'new'; name: string; data: Uint8Array };

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, v & 0xffff);
  put16(b, at + 2, v >>> 16);
}

// A fixed DOS time (1980-01-01 00:00): the copy carries no clock, so equal inputs give equal copies.
const DOS_DATE = 0x21;

const BIG = 1 << 20;

interface Built {
  local: Uint8Array;
  central: Uint8Array;
}

function buildNew(name: string, data: Uint8Array): Built {
  const nameBytes = new TextEncoder().encode(name);
  // A big sheet is packed fast rather than small: level 1 is several times quicker here.
  const packed = deflateSync(data, { level: data.length > BIG ? 1 : 6 });
  const crc = crc32(data);
  const header = (size: number, sig: number): Uint8Array => {
    const h = new Uint8Array(size);
    put32(h, 0, sig);
    return h;
  };
  const local = header(30 + nameBytes.length + packed.length, 0x04034b50);
  put16(local, 4, 20);
  put16(local, 6, 0x0800); // names in UTF-8
  put16(local, 8, 8);
  put16(local, 12, DOS_DATE);
  put32(local, 14, crc);
  put32(local, 18, packed.length);
  put32(local, 22, data.length);
  put16(local, 26, nameBytes.length);
  local.set(nameBytes, 30);
  local.set(packed, 30 + nameBytes.length);
  const central = header(46 + nameBytes.length, 0x02014b50);
  put16(central, 4, 20);
  put16(central, 6, 20);
  put16(central, 8, 0x0800);
  put16(central, 10, 8);
  put16(central, 14, DOS_DATE);
  put32(central, 16, crc);
  put32(central, 20, packed.length);
  put32(central, 24, data.length);
  put16(central, 28, nameBytes.length);
  central.set(nameBytes, 46);
  return { local, central };
}

/**
 * Writes the zip: stored entries byte for byte (only their directory record's offset moves),
 * new parts deflated with fflate. Entry order is the order given.
 */
export function writeZip(entries: OutEntry[]): Uint8Array {
  const built = entries.map((e): Built => {
    if (e.kind === 'new') return buildNew(e.name, e.data);
    return { local: e.entry.local, central: e.entry.central.slice() };
  });
  let offset = 0;
  for (const b of built) {
    put32(b.central, 42, offset);
    offset += b.local.length;
  }
  const dirSize = built.reduce((n, b) => n + b.central.length, 0);
  const out = new Uint8Array(offset + dirSize + 22);
  let at = 0;
  for (const b of built) {
    out.set(b.local, at);
    at += b.local.length;
  }
  for (const b of built) {
    out.set(b.central, at);
    at += b.central.length;
  }
  put32(out, at, 0x06054b50);
  put16(out, at + 8, built.length);
  put16(out, at + 10, built.length);
  put32(out, at + 12, dirSize);
  put32(out, at + 16, offset);
  return out;
}
