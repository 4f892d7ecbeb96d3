/**
 * `\p{L}` and `\p{N}` spelled as their Latin-1 members, for patterns asked of Latin-1 text.
 * V8 closes a `/iu` pattern's Unicode classes over every script's case pairs when it makes the
 * pattern, about a millisecond each, and a check makes some twenty-five of them on first use:
 * a sixth of a small workbook's check. On text whose every character is Latin-1 or punctuation
 * (spellable) the spelled-out classes match exactly the same characters, which
 * tests/numbers/latin-letters.test.ts holds them to character by character and pattern by
 * pattern, and V8 makes them in a quarter of the time.
 */

/** The letters of Latin-1 (Lu, Ll, Lo): A–Z, a–z, ª, µ, º, À–Ö, Ø–ö, ø–ÿ. */
export const LATIN1_LETTERS =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff';
/** The numbers of Latin-1 (Nd, No): 0–9, ², ³, ¹, ¼–¾. */
export const LATIN1_NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';

/**
 * The pattern `source` with every `\p{L}` and `\p{N}` spelled as Latin-1 members, for text of
 * Latin-1 characters only; undefined when it has neither, or another Unicode property (which
 * is left to the regex as written).
 */
export function latin1Source(source: string): string | undefined {
  let out = '';
  let inClass = false;
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const property = source.slice(i + 2, i + 5);
        const members =
          next === 'p' && property === '{L}'
            ? LATIN1_LETTERS
            : next === 'p' && property === '{N}'
              ? LATIN1_NUMBERS
              : undefined;
        if (members === undefined) return undefined;
        out += inClass ? members : `[${members}]`;
        changed = true;
        i += 4;
        continue;
      }
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return changed ? out : undefined;
}

let lastText = '';
let lastSpellable = true;

/**
 * Whether a pattern spelled out by latin1Source answers on `text` as written: every character
 * is Latin-1, or general punctuation (U+2000–U+206F: dashes, quotes, thin spaces) or a currency
 * sign (U+20A0–U+20CF: €), which are no letters or numbers and have no case. Titles pasted from
 * documents carry '–'. The last text is kept: one header is asked of many patterns in turn.
 */
export function spellable(text: string): boolean {
  if (text === lastText) return lastSpellable;
  let ok = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && (c < 0x2000 || c > 0x20cf || (c > 0x206f && c < 0x20a0))) {
      ok = false;
      break;
    }
  }
  lastText = text;
  lastSpellable = ok;
  return ok;
}

/** What a pattern is asked: whether, or where, it matches. */
export interface SpelledPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re` (a source is made a regex with `flags` when first asked), asked of spellable text
 * spelled out by latin1Source: the same answers, made faster. A stateful (g, y) regex keeps
 * its place between calls, so two of them would not agree: it is always asked as written.
 * `regex` is the pattern as written.
 */
export function spelledPattern(
  re: RegExp | string,
  flags = 'iu',
): SpelledPattern & { readonly regex: RegExp } {
  const source = typeof re === 'string' ? re : re.source;
  const own = typeof re === 'string' ? flags : re.flags;
  let full = typeof re === 'string' ? undefined : re;
  // Worked out when first asked (null until then): most patterns made at load never are.
  let spelled: string | undefined | null = null;
  let latin: RegExp | undefined;
  const asWritten = () => (full ??= new RegExp(source, own));
  const forText = (text: string): RegExp => {
    if (spelled === null) spelled = /[gy]/.test(own) ? undefined : latin1Source(source);
    return spelled !== undefined && spellable(text)
      ? (latin ??= new RegExp(spelled, own))
      : asWritten();
  };
  return {
    test: (text) => forText(text).test(text),
    exec: (text) => forText(text).exec(text),
    get regex() {
      return asWritten();
    },
  };
}
