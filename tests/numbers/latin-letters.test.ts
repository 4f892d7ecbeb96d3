/**
 * `\p{L}` and `\p{N}` spelled as Latin-1 members (core/numbers/latin-letters.ts) must match
 * exactly what the Unicode classes match on Latin-1 text (and the punctuation let through): character by character, in and out of
 * a class, negated, in look-arounds, with and without `i`; and every word pattern's spelled-out
 * form must answer as its regex on any Latin-1 text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../core/detect/words';
import '../../core/detect/meaning';
import '../../core/numbers/units';
import {
  spellable,
  spelledPattern,
  LATIN1_LETTERS,
  LATIN1_NUMBERS,
  latin1Source,
} from '../../core/numbers/latin-letters';
import { wordPatterns } from '../../core/numbers/word-pattern';

const LATIN1 = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c));
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** What spellable lets through besides Latin-1: general punctuation and currency signs. */
const PUNCTUATION = [...range(0x2000, 0x206f), ...range(0x20a0, 0x20cf)];
const SPELLABLE = [...LATIN1, ...PUNCTUATION];

describe('latin1Source', () => {
  it.each([
    ['(?<!\\p{L})kr(?!\\p{L})', `(?<![${LATIN1_LETTERS}])kr(?![${LATIN1_LETTERS}])`],
    ['(?<![\\p{L}\\p{N}])x', `(?<![${LATIN1_LETTERS}${LATIN1_NUMBERS}])x`],
    ['(?<![\\p{L}\\d])q([1-4])(?!\\d)', `(?<![${LATIN1_LETTERS}\\d])q([1-4])(?!\\d)`],
    ['kumuler\\p{L}*', `kumuler[${LATIN1_LETTERS}]*`],
    ['[^\\p{L}]', `[^${LATIN1_LETTERS}]`],
    // An escaped backslash before 'p' is a backslash and a 'p'.
    ['a\\\\p{L}', undefined],
    ['\\[\\p{L}\\]', `\\[[${LATIN1_LETTERS}]\\]`],
    // Nothing to spell, or a property it does not spell: the regex as written.
    ['kr|kroner', undefined],
    ['\\p{Lu}x\\p{L}', undefined],
    ['\\P{L}', undefined],
  ])('%s → %s', (source, spelled) => {
    expect(latin1Source(source)).toBe(spelled);
  });
});

describe('the spelled-out classes on Latin-1 text', () => {
  const forms: Array<[string, string]> = [
    ['\\p{L}', `[${LATIN1_LETTERS}]`],
    ['\\p{N}', `[${LATIN1_NUMBERS}]`],
    ['[\\p{L}\\p{N}]', `[${LATIN1_LETTERS}${LATIN1_NUMBERS}]`],
    ['[^\\p{L}]', `[^${LATIN1_LETTERS}]`],
    ['[^\\p{L}\\p{N}]', `[^${LATIN1_LETTERS}${LATIN1_NUMBERS}]`],
  ];
  it.each(forms.flatMap(([u, l]) => ['u', 'iu'].map((f) => [u, l, f] as const)))(
    '%s matches the same Latin-1 and punctuation characters as its spelling, flags %s',
    (unicode, spelled, flags) => {
      const a = new RegExp(`^${unicode}$`, flags);
      const b = new RegExp(`^${spelled}$`, flags);
      const differ = SPELLABLE.filter((c) => a.test(c) !== b.test(c));
      expect(differ).toEqual([]);
    },
  );

  it('every character spellable lets through is matched by the spellings as by the classes', () => {
    const through = range(0, 0xffff).filter((c) => spellable(c));
    expect(through.length).toBe(256 + 112 + 48);
    const differ = forms.flatMap(([unicode, spelled]) =>
      ['u', 'iu'].flatMap((flags) => {
        const a = new RegExp(`^${unicode}$`, flags);
        const b = new RegExp(`^${spelled}$`, flags);
        return through.filter((c) => a.test(c) !== b.test(c));
      }),
    );
    expect(differ).toEqual([]);
  });

  it('counts the letters and numbers of Latin-1', () => {
    expect(LATIN1.filter((c) => /\p{L}/u.test(c))).toHaveLength(117);
    expect(LATIN1.filter((c) => /\p{N}/u.test(c))).toHaveLength(16);
  });

  it.each([
    ['Beløb i alt: 1.572.000 kr. ÿ µ ½', true],
    ['Budget 2025 – syntetisk oversigt', true],
    ['“Pris” 4,4\u2009mio. € ‰ • …', true],
    ['', true],
    ['Kelvin \u212a', false],
    ['ſum', false],
    ['ⁱ', false],
    ['Łódź', false],
    ['Ελλάδα', false],
    ['\u1f00', false],
    ['\u2071', false],
    ['\u20d0', false],
  ])('spellable(%j) → %s', (text, ok) => {
    expect(spellable(text)).toBe(ok);
  });

  it('every word pattern spelled out answers as its regex on any spellable text', () => {
    const all = wordPatterns().map((p) => p.re);
    expect(all.length).toBeGreaterThan(30);
    const spelled = all.map((re) => {
      const s = latin1Source(re.source);
      return s === undefined ? re : new RegExp(s, re.flags);
    });
    expect(spelled.filter((re, i) => re !== all[i]).length).toBeGreaterThan(30);
    // Latin-1 letters, digits, spaces and signs around the patterns' own words.
    const words = all.flatMap((re) =>
      (/\(\?:(.*)\)/.exec(re.source)?.[1] ?? '')
        .split('|')
        .map((w) => w.replace(/\\s[+*]?/g, ' ').replace(/[\\?()[\]*+]/g, '')),
    );
    const latin = fc.string({
      unit: fc.oneof(fc.constantFrom(...LATIN1), fc.constantFrom(...PUNCTUATION)),
      maxLength: 6,
    });
    const text = fc.oneof(
      fc
        .tuple(latin, fc.constantFrom(...words), latin, fc.boolean())
        .map(([a, w, b, upper]) => a + (upper ? w.toUpperCase() : w) + b)
        .filter(spellable),
      fc.string({ unit: fc.constantFrom(...SPELLABLE), maxLength: 16 }),
    );
    fc.assert(
      fc.property(text, fc.nat(all.length - 1), (t, i) => {
        expect(spelled[i]!.test(t)).toBe(all[i]!.test(t));
      }),
      { numRuns: 30000 },
    );
  });
});

describe('spelledPattern', () => {
  const sources = [
    String.raw`(?<![\p{L}\d])q([1-4])(?!\d)`,
    String.raw`(?<!\p{L})(first|second|third|fourth|første|andet|tredje|fjerde)\s+(?:quarter|kvartal)`,
    String.raw`(?<![\p{L}\p{N}])(?:i\s*alt|total|in\s+total)\s*[:.]?\s*$`,
    String.raw`^[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*){0,3}$`,
  ];

  it.each([
    ['Q3 2024', 0, '3'],
    ['aq3', 0, null],
    ['ÆQ3', 0, null],
    ['–Q3', 0, '3'],
    ['tredje kvartal', 1, 'tredje'],
    ['Atredje kvartal', 1, null],
    ['Udgifter i alt:', 2, 'i alt:'],
    ['Udgifteri alt', 2, null],
    ['Budget – I ALT', 2, 'I ALT'],
  ])('%j asked of pattern %i finds %j', (text, i, found) => {
    expect(spelledPattern(sources[i]!, 'iu').exec(text)?.[i === 2 ? 0 : 1] ?? null).toBe(found);
  });

  it('finds what its regex finds, where it finds it, on any text', () => {
    const patterns = sources.map((s) => [spelledPattern(s, 'iu'), new RegExp(s, 'iu')] as const);
    const unit = fc.oneof(
      fc.constantFrom(...'qQ1234 \u00a0-:.æøåÆµÿßKſİ–€'.split('')),
      fc.constantFrom('i alt', 'total', 'tredje', 'kvartal', 'quarter', 'første'),
      fc.constantFrom(...SPELLABLE),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.nat(sources.length - 1), (parts, i) => {
        const text = parts.join('');
        const [spelled, re] = patterns[i]!;
        const a = spelled.exec(text);
        const b = re.exec(text);
        expect(a && [a.index, ...a]).toEqual(b && [b.index, ...b]);
        expect(spelled.test(text)).toBe(b !== null);
      }),
      { numRuns: 20000 },
    );
  });
});
