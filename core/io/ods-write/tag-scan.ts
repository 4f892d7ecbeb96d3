import { PackageError } from '../write/zip-read';

/** One tag of an XML text: where it is, its qualified name and what kind it is. */
export interface Tag {
  start: number;
  /** Index just past its '>'. */
  end: number;
  name: string;
  kind: 'open' | 'close' | 'empty';
}

/**
 * The next start, end or empty-element tag from `from`, past comments, processing instructions
 * and CDATA; undefined at the end of the text. A '>' inside a quoted attribute value does not
 * end the tag (XML allows it there).
 */
export function nextTag(xml: string, from: number): Tag | undefined {
  for (let lt = xml.indexOf('<', from); lt >= 0; lt = xml.indexOf('<', lt + 1)) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      const close = xml.startsWith('<!--', lt)
        ? '-->'
        : xml.startsWith('<![CDATA[', lt)
          ? ']]>'
          : '>';
      const at = xml.indexOf(close, lt);
      if (at < 0) throw new PackageError('unclosed markup');
      lt = at;
      continue;
    }
    if (c === 0x3f /* ? */) {
      const at = xml.indexOf('?>', lt);
      if (at < 0) throw new PackageError('unclosed processing instruction');
      lt = at;
      continue;
    }
    const closing = c === 0x2f; /* / */
    let i = lt + (closing ? 2 : 1);
    const nameStart = i;
    while (i < xml.length && !endsName(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    let quote = '';
    for (; i < xml.length; i++) {
      const ch = xml[i]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
    }
    if (i >= xml.length || name === '') throw new PackageError('unclosed tag');
    const kind = closing ? 'close' : xml[i - 1] === '/' ? 'empty' : 'open';
    return { start: lt, end: i + 1, name, kind };
  }
  return undefined;
}

/** White space, '/' or '>': what ends a tag's name. */
function endsName(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

/**
 * Index just past the element whose start tag is `open` (its matching end tag). Found by
 * searching for its name alone, not tag by tag: a sheet's content.xml runs to tens of MB. '<'
 * cannot stand in an attribute value or in text, so every hit is a tag (or in a comment, which
 * a spreadsheet's content does not hold).
 */
export function elementEnd(xml: string, open: Tag): number {
  if (open.kind === 'empty') return open.end;
  const start = `<${open.name}`;
  const close = `</${open.name}>`;
  let depth = 1;
  let at = open.end;
  for (;;) {
    const end = xml.indexOf(close, at);
    if (end < 0) throw new PackageError(`no end of ${open.name}`);
    // Elements of the same name opened before this end tag nest inside.
    for (let s = xml.indexOf(start, at); s >= 0 && s < end; s = xml.indexOf(start, s + 1)) {
      if (!endsName(xml.charCodeAt(s + start.length))) continue;
      if (nextTag(xml, s)!.kind === 'open') depth++;
    }
    depth--;
    at = end + close.length;
    if (depth === 0) return at;
  }
}

/** The children of the element [open, end): each child element's start tag and end index. */
export function childElements(
  xml: string,
  open: Tag,
  end: number,
): Array<{ tag: Tag; end: number }> {
  const out: Array<{ tag: Tag; end: number }> = [];
  if (open.kind === 'empty') return out;
  for (let t = nextTag(xml, open.end); t && t.start < end;) {
    if (t.kind === 'close') break;
    const childEnd = elementEnd(xml, t);
    out.push({ tag: t, end: childEnd });
    t = nextTag(xml, childEnd);
  }
  return out;
}

/** A text with spans replaced, [from, to, by] in any order and never overlapping; in one pass. */
export function replaceSpans(text: string, swaps: Array<[number, number, string]>): string {
  const sorted = [...swaps].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: string[] = [];
  let at = 0;
  for (const [from, to, by] of sorted) {
    out.push(text.slice(at, from), by);
    at = to;
  }
  out.push(text.slice(at));
  return out.join('');
}
