/**
 * The ASCII letters a case-insensitive `^\s*(?:a|b|…)` pattern's alternatives can start with, or
 * null when that cannot be told from the source (a group, a class or an optional first letter).
 * Compiling a `/iu` pattern with `\p{L}` costs V8 about a millisecond the first time it runs; a
 * header whose first letter no alternative starts with is ruled out without it.
 */
export function leadLetters(alternatives: string): string | null {
  let leads = '';
  if (alternatives === '') return null;
  let depth = 0;
  let start = true;
  for (let i = 0; i < alternatives.length; i++) {
    const ch = alternatives[i]!;
    if (ch === '\\') {
      if (start && depth === 0) {
        // An escaped punctuation mark is itself; an escape such as \s or \p is a class.
        if (/[A-Za-z0-9]/.test(alternatives[i + 1] ?? '')) return null;
        start = false;
      }
      i++;
      continue;
    }
    if (!start || depth !== 0) {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (ch === '|' && depth === 0) start = true;
      continue;
    }
    start = false;
    // A group, a class, any character or an empty alternative: not told from the source.
    if (ch === '(' || ch === '[' || ch === '.' || ch === '|') return null;
    if (/[?*{]/.test(alternatives[i + 1] ?? '')) return null;
    const c = ch.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) leads += String.fromCharCode(c | 32);
    // Another first character is a literal that folds to no ASCII letter ('å', '#', '*'), except
    // 'ſ' and the Kelvin sign, which fold to 's' and 'k'.
    else if (ch === '\u017f') leads += 's';
    else if (ch === '\u212a') leads += 'k';
  }
  // A pattern ending in '|' has an empty last alternative, which any text starts with.
  return start ? null : leads;
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
