/**
 * What an OLE compound file (CFB) holds, by its directory's stream names: Excel 97–2003 (.xls)
 * keeps a 'Workbook' (or BIFF5 'Book') stream, a password-protected .xlsx an 'EncryptedPackage',
 * and one under rights management (IRM, a sensitivity label with encryption) the DRM data
 * spaces of MS-OFFCRYPTO 2.2 beside it (a placeholder 'Workbook' in a protected .xls).
 * Only the header, the allocation table and the directory are read, each step bounded by the
 * file's size, so a damaged or hostile file cannot loop. No CFB library is kept that only lists
 * names without reading the streams; this is about 60 lines.
 */
export type CfbKind = 'xls' | 'encrypted' | 'rights' | 'other';

const END = 0xfffffffe;

function u32(bytes: Uint8Array, at: number): number {
  return at + 4 <= bytes.length
    ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
    : END;
}

function u16(bytes: Uint8Array, at: number): number {
  return at + 2 <= bytes.length ? bytes[at]! | (bytes[at + 1]! << 8) : 0;
}

/** The directory's entry names, at most `sectors` directory sectors. */
export function cfbNames(bytes: Uint8Array): string[] {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sectors = Math.floor(bytes.length / size);
  const offset = (n: number): number => (n + 1) * size;
  // The allocation table's own sectors: 109 in the header, then the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(bytes, 0x4c + i * 4));
  for (let d = u32(bytes, 0x44), hops = 0; d < sectors && hops < sectors; hops++) {
    for (let i = 0; i < size / 4 - 1; i++) fatSectors.push(u32(bytes, offset(d) + i * 4));
    d = u32(bytes, offset(d) + size - 4);
  }
  const next = (n: number): number => {
    const per = size / 4;
    const fat = fatSectors[Math.floor(n / per)];
    return fat === undefined || fat >= sectors ? END : u32(bytes, offset(fat) + (n % per) * 4);
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = u32(bytes, 0x30); s < sectors && !seen.has(s); s = next(s)) {
    seen.add(s);
    for (let e = offset(s); e + 128 <= offset(s) + size && e + 128 <= bytes.length; e += 128) {
      const length = Math.min(64, u16(bytes, e + 0x40));
      let name = '';
      for (let k = 0; k + 2 < length; k += 2) name += String.fromCharCode(u16(bytes, e + k));
      if (name !== '') names.push(name);
    }
  }
  return names;
}

/** The IRM data spaces: an ECMA-376 document's, and an Office binary document's (\x09 names). */
const RIGHTS = [
  'DRMEncryptedDataSpace',
  'DRMEncryptedTransform',
  '\u0009DRMDataSpace',
  '\u0009DRMTransform',
];

export function cfbKind(bytes: Uint8Array): CfbKind {
  const names = new Set(cfbNames(bytes));
  if (RIGHTS.some((n) => names.has(n))) return 'rights';
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'other';
}
