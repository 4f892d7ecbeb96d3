/**
 * A streaming XML tag scanner over decoded text, written for the workbook reader instead of
 * saxes: saxes walks every character through a state machine and builds an attribute object
 * for every tag; here text and attribute values are skipped with indexOf and an attribute is
 * read only when asked for, which makes a sheet of 1.000.000s of cells several times faster.
 * It knows what OOXML parts use: elements, attributes, text, CDATA, comments, processing
 * instructions. A DOCTYPE is skipped and the entities it declares are never expanded (no
 * "billion laughs"). Namespace prefixes are dropped from names: `x:c` is `c`.
 */
export interface XmlHandler {
  /** Whether text between tags is wanted now; unwanted text is never sliced out. */
  wantText: boolean;
  /** A start tag; for `<a/>` `close` follows at once. */
  open(name: string, tag: Tag): void;
  close(name: string): void;
  /** Text with its entities decoded (CDATA as it stands). May come in several pieces. */
  text(text: string): void;
  /**
   * When present, text outside CDATA comes here instead, undecoded, as src[from, to): the sheet
   * reader reads a number in place without making a string. Valid only during the call.
   */
  rawText?(src: string, from: number, to: number): void;
  /**
   * When present, called where a tag may start: it reads what it knows of src[i, n) itself and
   * returns where it stopped (at a tag it leaves to the scanner, or n). The sheet reader reads
   * its common cells and rows this way, without a call per tag through a handler of any kind.
   */
  fast?(src: string, i: number, n: number): number;
  /**
   * As `fast`, over a UTF-8 part's bytes before they are decoded (see part-xml.ts); called only
   * where the scanner has nothing unfinished.
   */
  fastBytes?(src: Uint8Array, i: number, n: number): number;
}

/** The start tag being reported; valid only during `open` (one object, reused). */
export class Tag {
  src = '';
  start = 0;
  end = 0;

  /** Where the last value `locate` found starts and ends in `src`. */
  valueStart = 0;
  valueEnd = 0;

  /** The value of the attribute with this local name (`r:id` answers 'id'), decoded. */
  attr(local: string): string | undefined {
    if (!this.locate(local)) return undefined;
    return decodeXml(this.src.slice(this.valueStart, this.valueEnd));
  }

  /** The last attribute `nextAttr` found: where its local name starts, its first character, length. */
  nameStart = 0;
  nameChar = 0;
  nameLength = 0;
  private at = 0;

  /** Finds the attribute's raw value without copying it (src[valueStart, valueEnd)). */
  locate(local: string): boolean {
    this.at = this.start;
    while (this.nextAttr()) {
      if (this.nameLength === local.length && this.src.startsWith(local, this.nameStart)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Steps to the next attribute (after `rewind`), leaving its name and raw value in place: the
   * sheet reader reads a cell's address, type and style in one pass over the tag, 1.000.000s of
   * times, without making a string.
   */
  nextAttr(): boolean {
    const { src, end } = this;
    const i = this.at;
    // Looked for within the tag only: indexOf would run on into the tags after it.
    let eq = i;
    while (eq < end && src.charCodeAt(eq) !== 0x3d) eq++;
    if (eq >= end) return false;
    let q = eq + 1;
    while (q < end && src.charCodeAt(q) !== 0x22 && src.charCodeAt(q) !== 0x27) q++;
    if (q >= end) return false;
    const close = src.indexOf(src[q]!, q + 1);
    if (close < 0 || close >= end) return false;
    let a = i;
    let b = eq;
    while (a < b && src.charCodeAt(a) <= 0x20) a++;
    while (b > a && src.charCodeAt(b - 1) <= 0x20) b--;
    for (let k = a; k < b; k++) if (src.charCodeAt(k) === 0x3a) a = k + 1;
    this.nameStart = a;
    this.nameChar = src.charCodeAt(a);
    this.nameLength = b - a;
    this.valueStart = q + 1;
    this.valueEnd = close;
    this.at = close + 1;
    return true;
  }

  rewind(): void {
    this.at = this.start;
  }
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five named entities and character references; anything else stays as written.
 * Line ends become '\n' first, as every XML parser makes them ('&#13;' stays a carriage return).
 */
export function decodeXml(raw: string): string {
  const s = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') < 0) return s;
  // Named entities only (a formula's '&quot;'s): one native pass each instead of a call per
  // entity. '&amp;' last, so the '&' it makes never starts another entity.
  if (s.indexOf('&#') < 0) {
    return s
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  }
  return s.replace(ENTITY, (m, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * A fresh copy of a short piece of a big string: V8 keeps a slice pointing into its source, so
 * one kept formula would keep a whole megabyte chunk of the sheet's text alive.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Names seen lately, by a hash of their length and ends: a tag's name is not copied again. */
const NAMES: Array<string | undefined> = new Array<string | undefined>(256).fill(undefined);

/**
 * The name in src[from, to) without its prefix; searched in place (indexOf would run on). A
 * sheet has a handful of names (`row`, `c`, `v`) millions of times: each is taken from a small
 * cache instead of being sliced out of the text for every tag.
 */
function localName(src: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) if (src.charCodeAt(i) === 0x3a) start = i + 1;
  const length = to - start;
  if (length <= 0) return '';
  const first = src.charCodeAt(start);
  const last = src.charCodeAt(to - 1);
  const slot = (first * 31 + last * 7 + length) & 255;
  const known = NAMES[slot];
  if (
    known !== undefined &&
    known.length === length &&
    known.charCodeAt(0) === first &&
    known.charCodeAt(length - 1) === last &&
    (length <= 2 || src.startsWith(known, start))
  ) {
    return known;
  }
  const name = src.slice(start, to);
  NAMES[slot] = name;
  return name;
}

/** Thrown when one tag or text runs past the longest the scanner holds (a damaged part). */
export class XmlTooLong extends Error {}

/**
 * Feeds text in pieces of any size; what is cut off at a piece's end waits for the next. One
 * tag or text longer than `maxPending` characters is an error, not a string the size of the part.
 */
export class XmlScanner {
  private carry = '';
  private readonly tag = new Tag();

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxPending = 32 * 1024 * 1024,
  ) {}

  /**
   * `beforeTag`: the piece ends where a '<' follows, so text at its end is whole and is given
   * now rather than carried into the next piece.
   */
  push(chunk: string, beforeTag = false): void {
    const src = this.carry.length > 0 ? this.carry + chunk : chunk;
    const at = this.scan(src, beforeTag);
    this.carry = at < src.length ? src.slice(at) : '';
    if (this.carry.length > this.maxPending) throw new XmlTooLong();
  }

  private scan(src: string, beforeTag: boolean): number {
    const h = this.handler;
    const n = src.length;
    const fast = h.fast !== undefined;
    let i = 0;
    while (i < n) {
      if (fast) {
        i = h.fast!(src, i, n);
        if (i >= n) return n;
      }
      // Tags mostly follow each other ('</v></c>'): a look at the next character before indexOf.
      let lt = src.charCodeAt(i) === 0x3c ? i : src.indexOf('<', i);
      if (lt < 0) {
        if (!h.wantText) return n;
        if (!beforeTag) return i;
        lt = n;
      }
      if (lt > i && h.wantText) {
        if (h.rawText) h.rawText(src, i, lt);
        else h.text(decodeXml(src.slice(i, lt)));
      }
      if (lt + 1 >= n) return lt;
      const c1 = src.charCodeAt(lt + 1);
      if (c1 === 0x2f) {
        const gt = closeEnd(src, lt + 2);
        if (gt < 0) return lt;
        let e = gt;
        while (e > lt + 2 && src.charCodeAt(e - 1) <= 0x20) e--;
        h.close(localName(src, lt + 2, e));
        i = gt + 1;
        continue;
      }
      if (c1 === 0x3f || c1 === 0x21) {
        const next = this.special(src, lt);
        if (next < 0) return lt;
        i = next;
        continue;
      }
      let nameEnd = lt + 1;
      while (nameEnd < n && !isNameEnd(src.charCodeAt(nameEnd))) nameEnd++;
      // `<v>`: no attributes to step over on the way to its end.
      const gt = src.charCodeAt(nameEnd) === 0x3e ? nameEnd : tagEnd(src, nameEnd);
      if (gt < 0) return lt;
      const name = localName(src, lt + 1, nameEnd);
      const selfClosing = src.charCodeAt(gt - 1) === 0x2f;
      const tag = this.tag;
      tag.src = src;
      tag.start = nameEnd;
      tag.end = selfClosing ? gt - 1 : gt;
      h.open(name, tag);
      if (selfClosing) h.close(name);
      i = gt + 1;
    }
    return n;
  }

  /** `<?…?>`, `<!--…-->`, `<![CDATA[…]]>`, `<!DOCTYPE …>`: where it ends, or -1 if cut off. */
  private special(src: string, lt: number): number {
    if (src.charCodeAt(lt + 1) === 0x3f) {
      const end = src.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (src.length < lt + 9) return -1;
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (src.startsWith('<![CDATA[', lt)) {
      const end = src.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantText) this.handler.text(src.slice(lt + 9, end));
      return end + 3;
    }
    // A DOCTYPE, perhaps with an internal subset in brackets.
    const bracket = src.indexOf('[', lt);
    const gt = src.indexOf('>', lt);
    if (gt < 0) return -1;
    if (bracket < 0 || bracket > gt) return gt + 1;
    const close = src.indexOf(']', bracket);
    if (close < 0) return -1;
    const end = src.indexOf('>', close);
    return end < 0 ? -1 : end + 1;
  }

  /** True when nothing is left unfinished: the next text may start anywhere. */
  get idle(): boolean {
    return this.carry.length === 0;
  }

  /** True when nothing but white space was left unfinished: the part ended where it should. */
  get finished(): boolean {
    return this.carry.trim() === '';
  }
}

/** The '>' of an end tag: a few characters on, looked at one by one before indexOf is asked. */
function closeEnd(src: string, from: number): number {
  const stop = Math.min(src.length, from + 12);
  for (let k = from; k < stop; k++) if (src.charCodeAt(k) === 0x3e) return k;
  return src.indexOf('>', stop);
}

/** The '>' that ends a start tag from `from`, skipping quoted attribute values; -1 if cut off. */
export function tagEnd(src: string, from: number): number {
  const n = src.length;
  for (let k = from; k < n; k++) {
    const c = src.charCodeAt(k);
    if (c === 0x3e) return k;
    if (c === 0x22 || c === 0x27) {
      const q = src.indexOf(c === 0x22 ? '"' : "'", k + 1);
      if (q < 0) return -1;
      k = q;
    }
  }
  return -1;
}
