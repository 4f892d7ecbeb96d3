import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadLetters, mayLead } from '../../core/detect/lead-letters';
import { ROLE_HEADERS, roleFromHeader } from '../../core/detect/words';
import { wordPatterns, type WordTest } from '../../core/numbers/word-pattern';

/** The regex behind a word pattern (each is asked only after a glance at the text). */
function regexOf(words: WordTest): RegExp {
  return wordPatterns().find((p) => p.words === words)!.re;
}

describe('leadLetters', () => {
  it.each([
    ['status|resultat|ytd', 'sry'],
    ['Mål|målsætning|år\\s+til\\s+dato', 'mm'],
    ['nr\\.?|#|\\*|løbenr', 'nl'],
    ['konto(?:nr\\.?|nummer)?|account', 'ka'],
    ['(?:a|b)c|d', null],
    ['a|', null],
    ['[ab]c|d', null],
    ['a?b|c', null],
    ['\\s*total', null],
    ['\\p{L}+', null],
    ['.x', null],
    ['\u017fum|\u212aonto', 'sk'],
  ])('%s → %s', (pattern, leads) => {
    expect(leadLetters(pattern)).toBe(leads);
  });

  it.each([
    ['Beløb', 'ab', true],
    ['Beløb', 'ac', false],
    ['ønsket', 'ab', true],
    ['1. kvartal', 'ab', true],
    ['Konto', null, true],
  ])('mayLead(%s, %s) → %s', (text, leads, may) => {
    expect(mayLead(text, leads)).toBe(may);
  });
});

/** What roleFromHeader answered before the lead letters: every pattern's regex tried in turn. */
function everyPattern(header: string): string | null {
  const h = header.replace(/\s+/g, ' ').trim();
  if (h === '') return null;
  return ROLE_HEADERS.find(([, words]) => regexOf(words).test(h))?.[0] ?? null;
}

describe('roleFromHeader with lead letters', () => {
  const words = ROLE_HEADERS.flatMap(([, test]) =>
    (/\(\?:(.*)\)\(\?!/.exec(regexOf(test).source)?.[1] ?? '')
      .split('|')
      .map((w) => w.replace(/\\s[+*]/g, ' ').replace(/\\/g, '')),
  );
  it('answers as trying every pattern does, on the patterns own words and anything else', () => {
    const header = fc.oneof(
      fc.constantFrom(...words).map((w) => w),
      fc.tuple(fc.constantFrom(...words), fc.string({ maxLength: 6 })).map(([w, s]) => w + s),
      fc.tuple(fc.string({ maxLength: 3 }), fc.constantFrom(...words)).map(([s, w]) => s + w),
      fc.constantFrom(...words).map((w) => w.toUpperCase()),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(header, (h) => {
        expect(roleFromHeader(h)).toBe(everyPattern(h));
      }),
      { numRuns: 5000 },
    );
    // The words themselves each find a role.
    expect(words.filter((w) => everyPattern(w) !== null).length).toBeGreaterThan(150);
  });
});
