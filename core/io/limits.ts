import { normalisePartName } from './part-name';
import type { ZipEntry } from './zip-directory';

/**
 * How big a workbook Ramme reads. The reader streams each part, but the grid and the check hold
 * every cell (about 0,15–0,45 KB each at the peak, the check included), and the CLI unpacks a
 * part in one piece, so past these sizes a check takes gigabytes and minutes; Ramme says so at
 * once instead. Sizes in bytes (1 MB = 10^6). Why these numbers: see "Grænser / Limits" in README.md.
 */
export interface ReadLimits {
  /** The file as opened. */
  maxFileBytes: number;
  /** One part (a sheet's XML, the shared strings) unpacked: the CLI unpacks each in one piece. */
  maxPartBytes: number;
  /** All parts unpacked together. */
  maxTotalBytes: number;
  /** Unpacked ÷ packed past 1 MB (a picture: 100 MB): sheets pack 5–20:1, zip bombs 1000:1. */
  maxRatio: number;
  /** Cells in all sheets together, counting empty cells that carry formatting; a CSV's fields. */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 200_000_000,
  maxPartBytes: 300_000_000,
  maxTotalBytes: 1_000_000_000,
  maxRatio: 500,
  maxCells: 4_000_000,
});

/**
 * Parts below this size are never called a zip bomb, whatever they pack to. Pictures get a
 * higher floor: a plain-coloured bitmap can pack 1000:1 and still be a picture.
 */
const RATIO_FLOOR = 1_000_000;
const MEDIA_RATIO_FLOOR = 100_000_000;

/** Pictures are kept as bytes, not read as text, so only the total limit applies to them. */
export function isMedia(entry: ZipEntry): boolean {
  return /(?:^|\/)media\//i.test(normalisePartName(entry.name));
}

export interface SheetCells {
  sheet: string;
  cells: number;
}

/** Which limit a workbook passes, with what it measured: the message is built from this. */
export type LimitBreach =
  | { kind: 'file'; bytes: number; limit: number }
  | { kind: 'ratio'; part: string; ratio: number; limit: number }
  | { kind: 'part'; part: string; bytes: number; limit: number }
  | { kind: 'total'; bytes: number; limit: number }
  /** A part unpacks to more than the directory declares: a zip bomb's trick. */
  | { kind: 'lies'; part: string }
  | { kind: 'cells'; cells: number; limit: number; sheets: SheetCells[] };

/** The limits with the caller's changes; a change that is not a positive number is ignored. */
export function readLimits(changes: Partial<ReadLimits> = {}): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(out) as Array<keyof ReadLimits>) {
    const v = changes[key];
    if (typeof v === 'number' && v > 0) out[key] = v;
  }
  return out;
}

export function fileSizeBreach(bytes: number, limits: ReadLimits): LimitBreach | undefined {
  return bytes > limits.maxFileBytes
    ? { kind: 'file', bytes, limit: limits.maxFileBytes }
    : undefined;
}

/** What the zip's directory alone shows, before a byte is unpacked. */
export function declaredBreach(entries: ZipEntry[], limits: ReadLimits): LimitBreach | undefined {
  let total = 0;
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    const floor = isMedia(e) ? MEDIA_RATIO_FLOOR : RATIO_FLOOR;
    if (e.uncompressedSize > floor && ratio > limits.maxRatio) {
      return { kind: 'ratio', part: e.name, ratio: Math.round(ratio), limit: limits.maxRatio };
    }
    if (!isMedia(e) && e.uncompressedSize > limits.maxPartBytes) {
      return { kind: 'part', part: e.name, bytes: e.uncompressedSize, limit: limits.maxPartBytes };
    }
    total += e.uncompressedSize;
  }
  return total > limits.maxTotalBytes
    ? { kind: 'total', bytes: total, limit: limits.maxTotalBytes }
    : undefined;
}

/** The workbook's cells against the limit; the largest sheets are named in the message. */
export function cellBreach(sheets: SheetCells[], limits: ReadLimits): LimitBreach | undefined {
  const cells = sheets.reduce((sum, s) => sum + s.cells, 0);
  if (cells <= limits.maxCells) return undefined;
  const largest = [...sheets].sort((a, b) => b.cells - a.cells).slice(0, 3);
  return { kind: 'cells', cells, limit: limits.maxCells, sheets: largest };
}
