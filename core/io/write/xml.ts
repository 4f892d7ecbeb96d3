/** Small string tools for editing XML parts in place (only the edited spans change). */

/** Text content; a carriage return as a reference, since XML parsers turn a bare one into \n. */
export function escapeText(s: string): string {
  return stripInvalid(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Characters XML 1.0 cannot carry at all (control characters other than tab and newlines). */
export function stripInvalid(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

const attrs = new Map<string, RegExp>();

/** An attribute's (unescaped) value in a start tag, or undefined. */
export function getAttr(tag: string, name: string): string | undefined {
  let re = attrs.get(name);
  if (!re) {
    re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrs.set(name, re);
  }
  const m = re.exec(tag);
  if (!m) return undefined;
  const v = m[1] ?? m[2] ?? '';
  return v.includes('&') ? unescapeXml(v) : v;
}

/** The start tag with the attribute set (replaced where it was, else added before the end). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const v = `"${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}${v}`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, '')} ${name}=${v}${tag.slice(end)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(
    new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`),
    '',
  );
}

/** The namespace prefix ('x:' or '') the part's root element uses. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** The span of the first element `name` (with prefix) from `from`: start, end of start tag, end. */
export interface Span {
  start: number;
  /** Index just past the start tag. */
  open: number;
  /** Index just past the whole element (equal to `open` when self-closing). */
  end: number;
  /** Index of the close tag (equal to `open` when self-closing). */
  close: number;
}

const starts = new Map<string, RegExp>();

export function findElement(xml: string, name: string, from = 0): Span | undefined {
  let re = starts.get(name);
  if (!re) {
    re = new RegExp(`<${name.replace(/[.:]/g, '\\$&')}(?=[\\s/>])`, 'g');
    starts.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return undefined;
  const open = xml.indexOf('>', m.index) + 1;
  if (open === 0) return undefined;
  if (xml[open - 2] === '/') return { start: m.index, open, end: open, close: open };
  const closeTag = `</${name}>`;
  const close = xml.indexOf(closeTag, open);
  if (close < 0) return undefined;
  return { start: m.index, open, end: close + closeTag.length, close };
}

/** Every element `name` at any depth, in order (elements of the same name never nest here). */
export function findAll(xml: string, name: string, from = 0, to = xml.length): Span[] {
  const out: Span[] = [];
  for (let at = from; ;) {
    const s = findElement(xml, name, at);
    if (!s || s.start >= to) return out;
    out.push(s);
    at = s.end;
  }
}
