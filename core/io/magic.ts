/** What the first bytes of a file say it is. */
export type FileFormat = 'zip' | 'cfb' | 'text' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: encrypted .xlsx and legacy .xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** An OpenDocument spreadsheet: a zip whose first, stored entry `mimetype` says so. */
export function isOds(bytes: Uint8Array): boolean {
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extra = bytes[28]! | (bytes[29]! << 8);
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return false;
  const start = 30 + nameLength + extra;
  return (
    new TextDecoder().decode(bytes.subarray(start, start + ODS_MIMETYPE.length)) === ODS_MIMETYPE
  );
}

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, CFB)) return 'cfb';
  // Excel's 'Unicode text' export: UTF-16 with a byte order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  // Text: no NUL byte in the first 4 KB (UTF-8 and Windows-1252 CSV never hold one).
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'binary';
  return 'text';
}

/** An HTML or XML page saved with a spreadsheet's name (old 'Excel' exports from web systems). */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*<(?:!doctype|html|\?xml|table)/i.test(text.slice(0, 512).replace(/^\ufeff/, ''));
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * Decodes CSV bytes: UTF-16 with a byte order mark (Excel's 'Unicode text'), UTF-8 (with or
 * without BOM), else Windows-1252 as Danish Excel writes it ('Beløb' as 0xF8).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
