import { inflateSync } from 'fflate';

/**
 * One entry of the user's zip as it is stored: its local record (header, data and any data
 * descriptor) and its central-directory record, both as the original bytes, so an untouched
 * entry is copied without being inflated or deflated again.
 */
export interface StoredEntry {
  name: string;
  method: number;
  uncompressedSize: number;
  /** Local header + compressed data + data descriptor, exactly as in the input. */
  local: Uint8Array;
  /** Where the compressed data starts inside `local`. */
  dataStart: number;
  compressedSize: number;
  /** The central-directory record, exactly as in the input (its offset is patched on write). */
  central: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX32 = 0xffffffff;

export const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
export const u32 = (b: Uint8Array, at: number): number =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Why a package cannot be patched (the reader has normally refused such a file already). */
export class PackageError extends Error {}

function findEocd(b: Uint8Array): number {
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b[at] === 0x50 && u32(b, at) === EOCD) return at;
  }
  return -1;
}

function check(ok: boolean, why: string): void {
  if (!ok) throw new PackageError(why);
}

/** The length of an entry's data descriptor (bit 3 of its flags), with or without signature. */
function descriptorLength(b: Uint8Array, at: number, zip64: boolean): number {
  const sig = at + 4 <= b.length && u32(b, at) === DESCRIPTOR ? 4 : 0;
  return sig + (zip64 ? 20 : 12);
}

/**
 * The entries of a zip in their stored order. ZIP64 entries (parts past 4 GB, beyond any
 * workbook the read limits let through) are refused rather than half-copied.
 */
export function readStoredEntries(b: Uint8Array): StoredEntry[] {
  const eocd = findEocd(b);
  check(eocd >= 0, 'no zip directory');
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  check(count !== 0xffff && at !== MAX32, 'ZIP64 directory');
  const names = new TextDecoder('utf-8');
  const entries: StoredEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    check(at + 46 <= b.length && u32(b, at) === CENTRAL, 'broken zip directory');
    const flags = u16(b, at + 8);
    const compressedSize = u32(b, at + 20);
    const uncompressedSize = u32(b, at + 24);
    const nameLength = u16(b, at + 28);
    const end = at + 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    const offset = u32(b, at + 42);
    check(end <= b.length, 'broken zip directory');
    check(compressedSize !== MAX32 && uncompressedSize !== MAX32 && offset !== MAX32, 'ZIP64');
    const name = names.decode(b.subarray(at + 46, at + 46 + nameLength));
    check(!seen.has(name.toLowerCase()), `duplicate entry ${name}`);
    seen.add(name.toLowerCase());
    check(offset + 30 <= b.length && u32(b, offset) === LOCAL, `broken entry ${name}`);
    const dataStart = 30 + u16(b, offset + 26) + u16(b, offset + 28);
    let localEnd = offset + dataStart + compressedSize;
    if (flags & 8) localEnd += descriptorLength(b, localEnd, false);
    check(localEnd <= b.length, `broken entry ${name}`);
    entries.push({
      name,
      method: u16(b, at + 10),
      uncompressedSize,
      local: b.subarray(offset, localEnd),
      dataStart,
      compressedSize,
      central: b.subarray(at, end),
    });
    at = end;
  }
  return entries;
}

/** An entry's uncompressed bytes (only the parts the patcher changes are ever inflated). */
export function entryBytes(e: StoredEntry): Uint8Array {
  const data = e.local.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return data;
  check(e.method === 8, `compression ${e.method} in ${e.name}`);
  const out = inflateSync(data, { out: new Uint8Array(e.uncompressedSize) });
  check(out.length === e.uncompressedSize, `size of ${e.name}`);
  return out;
}
