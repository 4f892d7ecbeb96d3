import { alternativesOf } from '../numbers/word-pattern';

/**
 * The ASCII letters a case-insensitive `^\s*(?:a|b|…)` pattern's alternatives can start with, or
 * null when that cannot be told from the source (a group, a class or an optional first letter).
 * Compiling a `/iu` pattern with `\p{L}` costs V8 about a millisecond the first time it runs; a
 * header whose first letter no alternative starts with is ruled out without it.
 */
export function leadLetters(alternatives: string): string | null {
  if (alternatives === '') return null;
  let leads = '';
  for (const alternative of alternativesOf(alternatives)) {
    const ch = alternative[0];
    // An empty alternative, which any text starts with.
    if (ch === undefined) return null;
    if (ch === '\\') {
      // An escaped punctuation mark is itself; an escape such as \s or \p is a class.
      if (/[A-Za-z0-9]/.test(alternative[1] ?? '')) return null;
      continue;
    }
    // A group, a class or any character: not told from the source.
    if (ch === '(' || ch === '[' || ch === '.') return null;
    if (/[?*{]/.test(alternative[1] ?? '')) return null;
    const c = ch.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) leads += String.fromCharCode(c | 32);
    // Another first character is a literal that folds to no ASCII letter ('å', '#', '*'), except
    // 'ſ' and the Kelvin sign, which fold to 's' and 'k'.
    else if (ch === '\u017f') leads += 's';
    else if (ch === '\u212a') leads += 'k';
  }
  return leads;
}

/**
 * Whether a label can start with one of a pattern's words, from its first character: an ASCII
 * letter none of the words starts with rules it out (ignoring case, an ASCII letter matches
 * only itself; 'ſ' and the Kelvin sign go to the pattern), so most lines ('Konto 7') skip it.
 */
export function mayLead(text: string, leads: string | null): boolean {
  if (leads === null) return true;
  const c = text.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return true;
  return leads.includes(String.fromCharCode(c | 32));
}
