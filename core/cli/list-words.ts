/**
 * A list's words, each split at ';' as Danish Excel separates a list ("3;2;1" in quotes is
 * three values, "3;;1" a blank between them). Never at ',' (a decimal comma) or a space (a
 * thousands separator: "1 572 000" is one value).
 */
export function listWords(words: readonly string[]): string[] {
  return words.flatMap((w) => w.split(';'));
}
