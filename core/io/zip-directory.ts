/**
 * Reads a zip's central directory (the table of contents at its end) without inflating
 * anything: each part's name, compression method, sizes and where its data starts. Pure
 * TypeScript on bytes, so the web page can use it too. ZIP64 sizes and offsets are read.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else the reader leaves to ExcelJS. */
  method: number;
  compressedSize: number;
  /** As the directory declares it; a hostile file may lie, so inflating checks it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

export function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

export function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** A 64-bit size as a number; one past 2^53 (absurd for a workbook) reads as 2^53 - 1. */
function u64(b: Uint8Array, at: number): number {
  const high = u32(b, at + 4);
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 0x100000000 + u32(b, at);
}

function fits(b: Uint8Array, at: number, length: number): boolean {
  return at >= 0 && at + length <= b.length;
}

/** The end-of-central-directory record: searched backwards past a comment of up to 64 KB. */
export function findEocd(b: Uint8Array): number {
  const last = b.length - 22;
  const first = Math.max(0, last - MAX16);
  for (let at = last; at >= first; at--) {
    if (b[at] === 0x50 && u32(b, at) === EOCD) return at;
  }
  return -1;
}

interface Directory {
  count: number;
  offset: number;
}

/** The classic end record's entry count and directory offset; `zip64` when either is maxed out. */
export function endRecord(b: Uint8Array, eocd: number): Directory & { zip64: boolean } {
  const count = u16(b, eocd + 10);
  const offset = u32(b, eocd + 16);
  return { count, offset, zip64: count === MAX16 || offset === MAX32 };
}

function directoryOf(b: Uint8Array, eocd: number): Directory | undefined {
  const classic = endRecord(b, eocd);
  let { count, offset } = classic;
  if (classic.zip64) {
    const locator = eocd - 20;
    if (!fits(b, locator, 20) || u32(b, locator) !== EOCD64_LOCATOR) return undefined;
    const at = u64(b, locator + 8);
    if (!fits(b, at, 56) || u32(b, at) !== EOCD64) return undefined;
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  return fits(b, offset, 0) ? { count, offset } : undefined;
}

/** One central-directory record's fields as stored (32-bit sizes, name not normalised). */
export interface CentralRecord {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** Where the record's extra field starts and how long it is. */
  extra: number;
  extraLength: number;
  /** Just past the record (after its comment): where the next record starts. */
  end: number;
}

/** The central-directory record at `at`, or undefined when it is missing or out of bounds. */
export function centralRecord(
  b: Uint8Array,
  at: number,
  names: TextDecoder,
): CentralRecord | undefined {
  if (!fits(b, at, 46) || u32(b, at) !== CENTRAL) return undefined;
  const nameLength = u16(b, at + 28);
  const extraLength = u16(b, at + 30);
  const commentLength = u16(b, at + 32);
  if (!fits(b, at + 46, nameLength + extraLength + commentLength)) return undefined;
  const extra = at + 46 + nameLength;
  return {
    name: names.decode(b.subarray(at + 46, extra)),
    flags: u16(b, at + 8),
    method: u16(b, at + 10),
    compressedSize: u32(b, at + 20),
    uncompressedSize: u32(b, at + 24),
    localHeaderOffset: u32(b, at + 42),
    extra,
    extraLength,
    end: extra + extraLength + commentLength,
  };
}

/** Fills in sizes the 32-bit fields marked as 0xFFFFFFFF from the ZIP64 extra field. */
function zip64Sizes(b: Uint8Array, entry: ZipEntry, extra: number, extraEnd: number): boolean {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = u16(b, at);
    const size = u16(b, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number | undefined => {
        if (field + 8 > at + 4 + size) return undefined;
        const v = u64(b, field);
        field += 8;
        return v;
      };
      if (entry.uncompressedSize === MAX32) entry.uncompressedSize = next() ?? -1;
      if (entry.compressedSize === MAX32) entry.compressedSize = next() ?? -1;
      if (entry.localHeaderOffset === MAX32) entry.localHeaderOffset = next() ?? -1;
      return (
        entry.uncompressedSize >= 0 && entry.compressedSize >= 0 && entry.localHeaderOffset >= 0
      );
    }
    at += 4 + size;
  }
  return false;
}

/** Whether a size or offset is 0xFFFFFFFF, i.e. the real value sits in the ZIP64 extra field. */
export function zip64Marked(e: {
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}): boolean {
  return (
    e.compressedSize === MAX32 || e.uncompressedSize === MAX32 || e.localHeaderOffset === MAX32
  );
}

/**
 * The entries of a zip, or undefined when its directory cannot be read (then ExcelJS, which
 * reads the same directory, fails too and says the file is damaged).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const eocd = findEocd(bytes);
  if (eocd < 0) return undefined;
  const dir = directoryOf(bytes, eocd);
  if (!dir) return undefined;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    const record = centralRecord(bytes, at, names);
    if (!record) return undefined;
    const entry: ZipEntry = {
      name: record.name.replace(/^\//, ''),
      method: record.method,
      compressedSize: record.compressedSize,
      uncompressedSize: record.uncompressedSize,
      localHeaderOffset: record.localHeaderOffset,
    };
    const { extra, extraLength } = record;
    if (zip64Marked(entry) && !zip64Sizes(bytes, entry, extra, extra + extraLength)) {
      return undefined;
    }
    entries.push(entry);
    at = record.end;
  }
  return entries;
}

/** Where an entry's compressed bytes are, from its local header; undefined if out of bounds. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const start = localDataStart(bytes, entry.localHeaderOffset);
  if (start === undefined) return undefined;
  if (!fits(bytes, start, entry.compressedSize)) return undefined;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Where the data after the local header at `at` starts; undefined if there is no such header. */
export function localDataStart(bytes: Uint8Array, at: number): number | undefined {
  if (!fits(bytes, at, 30) || u32(bytes, at) !== LOCAL) return undefined;
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}
