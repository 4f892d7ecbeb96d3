import { relsPathOf, resolveTarget } from './parts';
import { escapeAttr, findAll, getAttr } from './xml';
import { entryBytes, PackageError, readStoredEntries, type StoredEntry } from './zip-read';
import { writeZip, type OutEntry } from './zip-write';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A part's text and how it was stored, so writing it back keeps its byte order mark. */
interface TextPart {
  text: string;
  bom: boolean;
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * The user's package opened for patching: parts are read (inflated) only when asked for, and
 * only parts set through `setText`/`add` are written anew; every other entry is copied as
 * stored. Names compare case-insensitively, as the packaging conventions say.
 */
export class Package {
  private readonly entries: StoredEntry[];
  private readonly byName = new Map<string, StoredEntry>();
  private readonly texts = new Map<string, TextPart>();
  private readonly changed = new Set<string>();
  private readonly added: string[] = [];
  private readonly removed = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.entries = readStoredEntries(bytes);
    for (const e of this.entries) this.byName.set(key(e.name), e);
  }

  has(part: string): boolean {
    const k = key(part);
    return (this.byName.has(k) || this.texts.has(k)) && !this.removed.has(k);
  }

  /** The stored name of a part (its own spelling) or the name as given for a new one. */
  private stored(part: string): StoredEntry | undefined {
    return this.byName.get(key(part));
  }

  text(part: string): string | undefined {
    const k = key(part);
    if (this.removed.has(k)) return undefined;
    const known = this.texts.get(k);
    if (known) return known.text;
    const e = this.stored(part);
    if (!e) return undefined;
    const decoded = decode(entryBytes(e));
    this.texts.set(k, decoded);
    return decoded.text;
  }

  /** Replaces an existing part's text, or adds a new part at the end of the zip. */
  setText(part: string, text: string): void {
    const k = key(part);
    const bom = this.texts.get(k)?.bom ?? false;
    this.texts.set(k, { text, bom });
    this.removed.delete(k);
    if (this.stored(part)) this.changed.add(k);
    else if (!this.added.some((a) => key(a) === k)) this.added.push(part.replace(/^\//, ''));
  }

  remove(part: string): void {
    this.removed.add(key(part));
  }

  /** A part name not yet in the package: base + n + ext (n from 1). */
  freeName(base: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${base}${n}${ext}`)) return `${base}${n}${ext}`;
  }

  rels(source: string): Relationship[] {
    const xml = this.text(relsPathOf(source));
    if (xml === undefined) return [];
    return findAll(xml, relTag(xml)).map((s) => {
      const tag = xml.slice(s.start, s.open);
      return {
        id: getAttr(tag, 'Id') ?? '',
        type: getAttr(tag, 'Type') ?? '',
        target: getAttr(tag, 'Target') ?? '',
        external: getAttr(tag, 'TargetMode') === 'External',
      };
    });
  }

  /** The parts `source` relates to with a type ending in `/kind` (internal targets only). */
  related(source: string, kind: string): Array<{ id: string; part: string }> {
    return this.rels(source)
      .filter((r) => !r.external && r.type.endsWith(`/${kind}`))
      .map((r) => ({ id: r.id, part: resolveTarget(source, r.target) }));
  }

  /** Adds a relationship from `source`; returns its new Id. */
  addRel(source: string, type: string, target: string): string {
    const path = relsPathOf(source);
    const xml =
      this.text(path) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
    const ids = new Set(this.rels(source).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const tag = relTag(xml);
    const rel = `<${tag} Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
    this.setText(path, insertBeforeClose(xml, tag.replace(/Relationship$/, 'Relationships'), rel));
    return id;
  }

  /** The zip with the changes; entries keep their order, new parts come last. */
  save(): Uint8Array {
    const enc = new TextEncoder();
    const bytesOf = (k: string): Uint8Array => {
      const t = this.texts.get(k)!;
      return enc.encode(t.bom ? `\ufeff${t.text}` : t.text);
    };
    const out: OutEntry[] = [];
    for (const e of this.entries) {
      const k = key(e.name);
      if (this.removed.has(k)) continue;
      if (this.changed.has(k)) out.push({ kind: 'new', name: e.name, data: bytesOf(k) });
      else out.push({ kind: 'stored', entry: e });
    }
    for (const name of this.added) {
      const k = key(name);
      if (!this.removed.has(k)) out.push({ kind: 'new', name, data: bytesOf(k) });
    }
    return writeZip(out);
  }
}

const key = (part: string): string => part.replace(/^\//, '').toLowerCase();

/** The Relationship element's name as the part spells it (a prefix is allowed). */
function relTag(xml: string): string {
  return /<([\w.-]+:)?Relationships[\s>]/.exec(xml)?.[1]
    ? `${/<([\w.-]+:)?Relationships[\s>]/.exec(xml)![1]}Relationship`
    : 'Relationship';
}

/**
 * Where `content` goes just before the close tag of the element `root` (its last one), as the
 * span of `xml` to replace and the text to put there: `<root/>` is opened around it.
 */
export function beforeClose(xml: string, root: string, content: string): [number, number, string] {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return [close, close, content];
  const empty = new RegExp(`<${root.replace(/[.:]/g, '\\$&')}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) throw new PackageError(`no ${root} element`);
  const open = empty[0].slice(0, -2).replace(/\s+$/, '') + '>';
  return [empty.index, empty.index + empty[0].length, `${open}${content}</${root}>`];
}

/** Inserts `content` just before the close tag of the root element `root` (expanding `<root/>`). */
export function insertBeforeClose(xml: string, root: string, content: string): string {
  const [from, to, text] = beforeClose(xml, root, content);
  return xml.slice(0, from) + text + xml.slice(to);
}

/** A part's text: UTF-8 (with or without BOM) or UTF-16 with BOM, which is written back as UTF-8. */
function decode(bytes: Uint8Array): TextPart {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return utf16(new TextDecoder('utf-16le').decode(bytes));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return utf16(new TextDecoder('utf-16be').decode(bytes));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder('utf-8').decode(bom ? bytes.subarray(3) : bytes), bom };
}

function utf16(text: string): TextPart {
  const body = text.replace(/^\ufeff/, '');
  return {
    text: body.replace(/^(<\?xml[^>]*encoding=["'])utf-16(["'])/i, '$1UTF-8$2'),
    bom: false,
  };
}
