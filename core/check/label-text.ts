/**
 * Whether a text holds a letter (`\p{L}`). Asked of every text cell of a workbook, so an ASCII
 * letter answers without the Unicode regex; only text with other characters reaches it.
 */
export function hasLetter(text: string): boolean {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // `| 32` folds A-Z onto a-z; nothing else lands in a-z.
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) return true;
    if (code > 127) ascii = false;
  }
  return !ascii && LETTER.test(text);
}

const LETTER = /\p{L}/u;
