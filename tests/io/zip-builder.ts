/**
 * Builds small zips byte by byte for the read-limit tests: a part can declare any size in the
 * central directory (a 900 MB sheet in a few hundred bytes, a zip bomb's lie), use ZIP64
 * fields, or be stored instead of deflated.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Uint8Array;
  /** 8 deflate (default) or 0 stored. */
  method?: 0 | 8;
  /** What the directory says it unpacks to; the real size unless set. */
  declaredSize?: number;
  /** Writes the sizes as 0xFFFFFFFF with a ZIP64 extra field holding them. */
  zip64?: boolean;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u16(v: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, true);
    this.push(b);
  }
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.push(b);
  }
  u64(v: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt(v), true);
    this.push(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function zip64Extra(uncompressed: number, compressed: number): Uint8Array {
  const b = new Bytes();
  b.u16(0x0001);
  b.u16(16);
  b.u64(uncompressed);
  b.u64(compressed);
  return b.concat();
}

/** `zip64End` writes the ZIP64 end records, with the classic one's fields all 0xFFFF…. */
export function buildZip(parts: ZipPart[], zip64End = false): Uint8Array {
  const out = new Bytes();
  const central = new Bytes();
  const utf8 = new TextEncoder();
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? utf8.encode(part.data) : part.data;
    const method = part.method ?? 8;
    const packed = method === 8 ? new Uint8Array(deflateRawSync(raw, { level: 9 })) : raw;
    const declared = part.declaredSize ?? raw.length;
    const name = utf8.encode(part.name);
    const extra = part.zip64 ? zip64Extra(declared, packed.length) : new Uint8Array(0);
    const size32 = (v: number) => (part.zip64 ? 0xffffffff : v);
    const offset = out.length;
    const crc = crc32(raw);
    out.u32(0x04034b50);
    out.u16(20);
    out.u16(0x0800);
    out.u16(method);
    out.u32(0);
    out.u32(crc);
    out.u32(size32(packed.length));
    out.u32(size32(declared));
    out.u16(name.length);
    out.u16(extra.length);
    out.push(name);
    out.push(extra);
    out.push(packed);
    central.u32(0x02014b50);
    central.u16(20);
    central.u16(20);
    central.u16(0x0800);
    central.u16(method);
    central.u32(0);
    central.u32(crc);
    central.u32(size32(packed.length));
    central.u32(size32(declared));
    central.u16(name.length);
    central.u16(extra.length);
    central.u16(0);
    central.u16(0);
    central.u16(0);
    central.u32(0);
    central.u32(offset);
    central.push(name);
    central.push(extra);
  }
  const dir = central.concat();
  const dirOffset = out.length;
  out.push(dir);
  if (zip64End) {
    const end64 = out.length;
    out.u32(0x06064b50);
    out.u64(44);
    out.u16(45);
    out.u16(45);
    out.u32(0);
    out.u32(0);
    out.u64(parts.length);
    out.u64(parts.length);
    out.u64(dir.length);
    out.u64(dirOffset);
    out.u32(0x07064b50);
    out.u32(0);
    out.u64(end64);
    out.u32(1);
  }
  const max = (v: number, all: number) => (zip64End ? all : v);
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(max(parts.length, 0xffff));
  out.u16(max(parts.length, 0xffff));
  out.u32(max(dir.length, 0xffffffff));
  out.u32(max(dirOffset, 0xffffffff));
  out.u16(0);
  return out.concat();
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** The <sheetData> content. */
  rows: string;
  /** Overrides for the sheet's zip part (a declared size, ZIP64, stored). */
  part?: Omit<ZipPart, 'name' | 'data'>;
  /** Spaces added before </worksheet>: unpacks big, packs to almost nothing. */
  padding?: number;
  /** Bytes that replace the sheet's XML (for parts only their declared size matters). */
  raw?: Uint8Array;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** A minimal .xlsx that ExcelJS reads: the given sheets, inline numbers and text. */
export function minimalXlsx(sheets: SheetSpec[], extra: ZipPart[] = []): Uint8Array {
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    },
    ...sheets.map((s, i) => ({
      ...s.part,
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data:
        s.raw ??
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${s.rows}</sheetData>${' '.repeat(s.padding ?? 0)}</worksheet>`,
    })),
    ...extra,
  ];
  return buildZip(parts);
}

/** Bytes that do not compress (deterministic, so a failing test fails the same way again). */
export function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

/** `count` rows of one number cell each: <row r="1"><c r="A1"><v>1</v></c></row>… */
export function numberRows(count: number, columns = 1): string {
  const out: string[] = [];
  for (let r = 1; r <= count; r++) {
    let cells = '';
    for (let c = 0; c < columns; c++) {
      cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r * 10 + c}</v></c>`;
    }
    out.push(`<row r="${r}">${cells}</row>`);
  }
  return out.join('');
}
