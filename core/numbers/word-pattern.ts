/**
 * A case-insensitive pattern of alternative words ('kr|kroner|dkk'), asked only when the text
 * holds one of the words' literal beginnings. V8 compiles a `/iu` pattern with `\p{L}` on its
 * first two runs, about a millisecond each: a check of a small workbook spent a sixth of its
 * time compiling header patterns that a glance at the text rules out ('Beløb i kr.' holds
 * none of 'rate|hourly|timepris|…'). The glance is exact: it only skips a pattern that cannot
 * match.
 */

import { spelledPattern } from './latin-letters';

/** What the header, label and unit readers ask of a pattern. */
export interface WordTest {
  test(text: string): boolean;
}

/** Every pattern made here, for the test that holds each to its regex. */
const made: Array<{ readonly re: RegExp; words: WordTest }> = [];

/** The patterns made so far with their regexes (for tests). */
export function wordPatterns(): ReadonlyArray<{ readonly re: RegExp; words: WordTest }> {
  return made;
}

/**
 * `re`, whose words are `alternatives` (the `a|b|…` inside it), asked only when the text holds
 * one of their literal beginnings: at its first character past white space when `at` is
 * 'start' (`^\s*(?:…)`), anywhere when 'anywhere'. A pattern whose beginnings cannot be told
 * from the source is asked always. Given as a source, it is made a `/iu` regex when first
 * asked: V8 parses a pattern with `\p{L}` as it is made, and most are never asked. Latin-1 text
 * (punctuation such as '–' too) is asked of it with `\p{L}` and `\p{N}` spelled out
 * (latin-letters.ts), which V8 makes in a quarter of the time.
 */
export function wordPattern(
  re: RegExp | string,
  alternatives: string,
  at: 'start' | 'anywhere',
): WordTest {
  const pattern = spelledPattern(re);
  // The words' beginnings are worked out when first asked: a command makes some forty
  // patterns as it loads, and most are never asked.
  let ready = false;
  let needles: string[] | null = null;
  const words: WordTest = {
    test: (text) => {
      if (!ready) {
        needles = literalBeginnings(alternatives);
        ready = true;
      }
      return (needles === null || mayHold(text, needles, at)) && pattern.test(text);
    },
  };
  made.push({
    get re() {
      return pattern.regex;
    },
    words,
  });
  return words;
}

/** A test that passes when either does: a regex `a|b` split where only `b` has words to glance at. */
export function eitherOf(a: WordTest, b: WordTest): WordTest {
  return { test: (text) => a.test(text) || b.test(text) };
}

/**
 * Whether a text may hold one of `needles` (lower case, Latin-1, each its own case folding)
 * ignoring case: false only when it surely does not.
 */
export function mayContain(text: string, needles: readonly string[]): boolean {
  return mayHold(text, needles, 'anywhere');
}

const META = '\\^$.|?*+()[]{}';

/**
 * Each alternative's literal beginning in lower case: its characters up to the first one that
 * is not a plain literal (an escape, a group, a class) or is made optional or repeated by what
 * follows. A character past Latin-1 or 'µ' ends it too: the text is folded a Latin-1 character
 * at a time, and only these fold to themselves in lower case. Null when an alternative has no
 * such beginning.
 */
export function literalBeginnings(alternatives: string): string[] | null {
  const out: string[] = [];
  for (const alternative of alternativesOf(alternatives)) {
    const beginning = literalBeginning(alternative);
    if (beginning === '') return null;
    out.push(beginning);
  }
  return out;
}

function literalBeginning(alternative: string): string {
  let out = '';
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i]!;
    const next = alternative[i + 1] ?? '';
    // A first space could be taken by the `\s*` before the words: not a beginning to look for.
    const space = out === '' && /\s/.test(ch);
    if (
      META.includes(ch) ||
      (next !== '' && '?*+{'.includes(next)) ||
      !foldsToItself(ch) ||
      space
    ) {
      break;
    }
    out += ch.toLowerCase();
  }
  return out;
}

/**
 * The top-level alternatives of a pattern's source (`a|b(?:c|d)|e` → a, b(?:c|d), e): a '|'
 * inside a group or a class, or escaped, does not split it.
 */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** The index of the ']' that closes the class opened at `open`. */
function classEnd(source: string, open: number): number {
  let j = open + 1;
  if (source[j] === '^') j++;
  for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
  return j;
}

/** A character whose lower case is one Latin-1 character that is its own case folding. */
function foldsToItself(ch: string): boolean {
  const lower = ch.toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) <= 0xff && lower !== '\u00b5';
}

let lastText = '';
let lastLower: string | undefined = '';

/**
 * A Latin-1 text in lower case (one character for one, so a pattern's folding is lower case
 * here), or undefined for any other text. The last one is kept: one header is asked of many
 * patterns in turn.
 */
function latin1Lower(text: string): string | undefined {
  if (text === lastText) return lastLower;
  let latin1 = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) {
      latin1 = false;
      break;
    }
  }
  lastText = text;
  lastLower = latin1 ? text.toLowerCase() : undefined;
  return lastLower;
}

/** `\s` in Latin-1: tab to carriage return, space and the no-break space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

function mayHold(text: string, needles: readonly string[], at: 'start' | 'anywhere'): boolean {
  const lower = latin1Lower(text);
  if (lower === undefined) return true;
  if (at === 'anywhere') return needles.some((n) => lower.includes(n));
  let from = 0;
  while (from < lower.length && isSpace(lower.charCodeAt(from))) from++;
  return needles.some((n) => lower.startsWith(n, from));
}
