import { inflateSync } from 'fflate';
import {
  centralRecord,
  endRecord,
  findEocd,
  localDataStart,
  u32,
  zip64Marked,
} from '../zip-directory';

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

const DESCRIPTOR = 0x08074b50;

/** Why a package cannot be patched (the reader has normally refused such a file already). */
export class PackageError extends Error {}

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
  const { count, offset: first, zip64 } = endRecord(b, eocd);
  check(!zip64, 'ZIP64 directory');
  const names = new TextDecoder('utf-8');
  const entries: StoredEntry[] = [];
  const seen = new Set<string>();
  let at = first;
  for (let i = 0; i < count; i++) {
    const record = centralRecord(b, at, names);
    if (!record) throw new PackageError('broken zip directory');
    const { name, compressedSize, uncompressedSize, localHeaderOffset: offset } = record;
    check(!zip64Marked(record), 'ZIP64');
    check(!seen.has(name.toLowerCase()), `duplicate entry ${name}`);
    seen.add(name.toLowerCase());
    const start = localDataStart(b, offset);
    if (start === undefined) throw new PackageError(`broken entry ${name}`);
    const dataStart = start - offset;
    let localEnd = start + compressedSize;
    if (record.flags & 8) localEnd += descriptorLength(b, localEnd, false);
    check(localEnd <= b.length, `broken entry ${name}`);
    entries.push({
      name,
      method: record.method,
      uncompressedSize,
      local: b.subarray(offset, localEnd),
      dataStart,
      compressedSize,
      central: b.subarray(at, record.end),
    });
    at = record.end;
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
