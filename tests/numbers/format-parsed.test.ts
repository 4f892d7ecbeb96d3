import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Lang } from '../../core/i18n';
import {
  Dec,
  formatNumber,
  formatParsedAmount,
  parseAmount,
  type Amount,
  type ParseContext,
} from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 10000);

function parsed(text: string, context: ParseContext = { style: 'da' }): Amount {
  const r = parseAmount(text, context);
  if (!r.ok) throw new Error(`test input ${text} did not parse: ${r.message.en}`);
  return r.amount;
}

describe('formatParsedAmount', () => {
  it.each<[string, string, string]>([
    ['min. 350', 'min. 350', 'at least 350'],
    ['min. 350 borgere', 'min. 350', 'at least 350'],
    ['150-200', '150–200', '150–200'],
    ['3,0', '3,0', '3.0'],
    ['2,0*', '2,0*', '2.0*'],
    ['2,0* mio. kr.', '2,0* mio. kr.', 'DKK 2.0*m'],
    ['ca. 4,4 mio. kr.', 'ca. 4,4 mio. kr.', 'approx. DKK 4.4m'],
    ['1,5-2,5 mio. kr.', '1,5–2,5 mio. kr.', 'DKK 1.5m–DKK 2.5m'],
    ['84,8 %', '84,8 %', '84.8%'],
    ['0,4 procentpoint', '0,4 procentpoint', '0.4 percentage points'],
    ['(1.200) kr.', '-1.200 kr.', '-DKK 1,200'],
    ['1½', '1,5', '1.5'],
    ['op til 30', 'op til 30', 'up to 30'],
  ])('%s → %s / %s', (input, da, en) => {
    const a = parsed(input);
    expect(formatParsedAmount(a)).toBe(da);
    expect(formatParsedAmount(a, { lang: 'en' })).toBe(en);
  });

  it('shows person-year fractions when asked', () => {
    expect(formatParsedAmount(parsed('1½ årsværk'), { personYears: 'fraction' })).toBe(
      '1½ årsværk',
    );
  });
});

/** Random Danish cell texts built from the parts the workbooks use. */
const danishCell = fc
  .record({
    qualifier: fc.constantFrom('', 'min. ', 'max. ', 'ca. ', 'over ', 'under ', 'op til '),
    low: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    width: fc.option(fc.bigInt({ min: 0n, max: 10n ** 6n })),
    decimals: fc.integer({ min: 0, max: 3 }),
    negative: fc.boolean(),
    footnote: fc.constantFrom('', '*', '**'),
    unit: fc.constantFrom(
      '',
      ' kr.',
      ' mio. kr.',
      ' t.kr.',
      ' %',
      ' årsværk',
      ' borgere',
      ' procentpoint',
    ),
  })
  .map(({ qualifier, low, width, decimals, negative, footnote, unit }) => {
    const scale = new Dec(10).pow(decimals);
    const lo = new Dec(low.toString()).dividedBy(scale);
    const num = (d: Dec): string => formatNumber(d, { decimals });
    const first = `${negative && width === null ? '-' : ''}${num(lo)}`;
    const body =
      width === null
        ? first
        : `${first}-${num(lo.plus(new Dec(width.toString()).dividedBy(scale)))}`;
    return `${qualifier}${body}${footnote}${unit}`;
  });

function same(a: Amount, b: Amount): void {
  expect(b.value.equals(a.value)).toBe(true);
  expect(b.unit).toBe(a.unit);
  expect(b.qualifier).toBe(a.qualifier);
  expect(b.footnote).toBe(a.footnote);
  expect(b.decimals).toBe(a.decimals);
  expect(b.points === true).toBe(a.points === true);
  expect(b.range === null).toBe(a.range === null);
  if (a.range && b.range) {
    expect(b.range.low.equals(a.range.low) && b.range.high.equals(a.range.high)).toBe(true);
  }
}

describe('parse → formatParsedAmount → parse', () => {
  for (const lang of ['da', 'en'] as Lang[]) {
    it(`keeps every part of the amount (${lang})`, () => {
      fc.assert(
        fc.property(danishCell, (text) => {
          const r = parseAmount(text, { style: 'da' });
          expect(r.ok, text).toBe(true);
          if (!r.ok) return;
          const shown = formatParsedAmount(r.amount, { lang });
          // English money ranges repeat 'DKK' per bound for readers; they are display only.
          if (lang === 'en' && r.amount.range && /DKK.*DKK/.test(shown)) return;
          const back = parseAmount(shown, { style: lang, unit: r.amount.unit ?? undefined });
          expect(back.ok, `${text} → ${shown}`).toBe(true);
          if (back.ok) same(r.amount, back.amount);
        }),
        { numRuns: Math.max(500, RUNS / 5) },
      );
    });
  }
});
