/**
 * Number format codes read in linear time. A format is read once per distinct code, but a
 * hostile file can hold thousands of codes: the regexes these replace ('\[[^\]]*\]' and the
 * like) took quadratic time on an unclosed '[' (a 7 KB file with a 1 MB code ran past a minute).
 */

/**
 * The longest format code read. Excel keeps codes of at most 255 characters (MS-XLS 2.4.126,
 * the Format record's stFormat); a longer one comes from no spreadsheet and is read as General.
 */
export const MAX_FORMAT_CODE = 255;

/**
 * `s` without each `open`…`close` pair, as `s.replace(/O[^C]*C/g, '')` gives it for single
 * characters O and C: a pair runs from an `open` to the next `close`; an `open` with no `close`
 * after it stays, and so does the rest of the text.
 */
export function withoutPairs(s: string, open: string, close: string): string {
  let i = s.indexOf(open);
  if (i < 0) return s;
  let out = '';
  let from = 0;
  while (i >= 0) {
    const j = s.indexOf(close, i + 1);
    if (j < 0) break;
    out += s.slice(from, i);
    from = j + 1;
    i = s.indexOf(open, from);
  }
  return out + s.slice(from);
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/**
 * The currency texts of a section's `[$kr.-406]` parts, as the groups of
 * `/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g` give them: the text after '[$' up to ']' or to a '-'
 * that a hex locale and ']' follow.
 */
export function bracketCurrencies(section: string): string[] {
  const out: string[] = [];
  let p = section.indexOf('[$');
  while (p >= 0) {
    // The text runs to the first ']' or '-'; every '[$' inside that run ends at the same place.
    let q = p + 2;
    while (q < section.length && section[q] !== ']' && section[q] !== '-') q++;
    let end = -1;
    if (section[q] === ']') end = q;
    else if (section[q] === '-') {
      let r = q + 1;
      while (r < section.length && isHex(section.charCodeAt(r))) r++;
      if (r > q + 1 && section[r] === ']') end = r;
    }
    if (end >= 0) out.push(section.slice(p + 2, q));
    p = section.indexOf('[$', end >= 0 ? end + 1 : q);
  }
  return out;
}
