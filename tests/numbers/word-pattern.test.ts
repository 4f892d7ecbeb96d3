/**
 * Word patterns (core/numbers/word-pattern.ts) skip their regex when a glance at the text
 * shows none of their words' beginnings: every pattern the readers make must answer exactly
 * as its regex does, on its own words in any case and on any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The readers whose patterns are held to their regexes below.
import '../../core/detect/words';
import '../../core/detect/meaning';
import '../../core/numbers/units';
import { literalBeginnings, wordPattern, wordPatterns } from '../../core/numbers/word-pattern';

describe('literalBeginnings', () => {
  it.each([
    ['kr|kroner|dkk', ['kr', 'kroner', 'dkk']],
    ['Mål|målsætning|år\\s+til\\s+dato', ['mål', 'målsætning', 'år']],
    ['hours?|hrs?|std\\.?', ['hour', 'hr', 'std']],
    ['mio\\.?\\s*kr|dkk\\s*(?:m|mn)', ['mio', 'dkk']],
    ['1[.,]000\\s*kr|a-pris|#\\s+of|yes\\/no', ['1', 'a-pris', '#', 'yes']],
    // Past Latin-1 a beginning ends; 'µ' folds to the Greek mu, so it ends one too.
    ['ilość|szt|aµb', ['ilo', 'szt', 'a']],
    ['ÆBLE|Über', ['æble', 'über']],
    ['total[t]?|i\\s*alt', ['total', 'i']],
    // A class's '|' and '(' are characters.
    ['a[|(]b|c', ['a', 'c']],
    // No beginning to look for: a group, a class or an escape first, an empty or optional one.
    ['(?:m|mn)\\s*dkk|x', null],
    ['[ab]c|d', null],
    ['\\s*total', null],
    ['a|', null],
    ['a?b|c', null],
    [' x|y', null],
    ['\u017fum', null],
  ])('%s → %j', (alternatives, beginnings) => {
    expect(literalBeginnings(alternatives)).toEqual(beginnings);
  });
});

describe('wordPattern', () => {
  it.each([
    ['Beløb i kr.', true],
    ['BELØB I KR', true],
    ['Beløb', false],
    ['Kroner', true],
    ['Ørsted DKK', true],
    ['kr\u212a', false],
  ])('%s asks "kr|kroner|dkk" → %s', (text, found) => {
    const words = wordPattern(
      /(?<!\p{L})(?:kr|kroner|dkk)(?!\p{L})/iu,
      'kr|kroner|dkk',
      'anywhere',
    );
    expect(words.test(text)).toBe(found);
  });

  it('a pattern at the start looks past white space only', () => {
    const words = wordPattern(/^\s*(?:total|i\s*alt)(?![\p{L}\p{N}])/iu, 'total|i\\s*alt', 'start');
    expect(words.test('  \u00a0Total')).toBe(true);
    expect(words.test('Udgifter total')).toBe(false);
    expect(words.test('I ALT:')).toBe(true);
  });

  it('every pattern the readers make answers as its regex, on its words and any text', () => {
    const all = wordPatterns();
    expect(all.length).toBeGreaterThan(30);
    const words = all.flatMap(({ re }) =>
      (/\(\?:(.*)\)\(\?!/.exec(re.source)?.[1] ?? '').split('|').map((w) =>
        w
          .replace(/\\s[+*]/g, ' ')
          .replace(/\\/g, '')
          .replace(/[?()[\]]/g, ''),
      ),
    );
    const flip = (t: string, mask: number) =>
      [...t].map((c, i) => ((mask >> (i % 16)) & 1 ? c.toUpperCase() : c)).join('');
    const around = fc.string({
      unit: fc.constantFrom(...' \u00a0\t-.:()%1æØåÉµÿß×KſİaZkK'.split('')),
      maxLength: 4,
    });
    const text = fc.oneof(
      fc
        .tuple(around, fc.constantFrom(...words), around, fc.nat())
        .map(([a, w, b, mask]) => a + flip(w, mask) + b),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, fc.nat(all.length - 1), (t, i) => {
        const { re, words: test } = all[i]!;
        expect(test.test(t)).toBe(re.test(t));
      }),
      { numRuns: 20000 },
    );
  });
});
