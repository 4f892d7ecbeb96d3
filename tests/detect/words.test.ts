import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isFootnoteLabel,
  isGrandTotalLabel,
  isHerafLabel,
  isLabelHeader,
  isTotalLabel,
  quarterIn,
  roleFromHeader,
  yearIn,
} from '../../core/detect';
import { unitFromText } from '../../core/numbers';

describe('total labels', () => {
  it.each([
    ['I alt', true, false],
    ['i alt', true, false],
    ['I alt 2024', true, false],
    ['Ialt', true, false],
    ['Total', true, false],
    ['Total (mio. kr.)', true, false],
    ['Totalt', true, true],
    ['Sum', true, false],
    ['Subtotal', true, false],
    ['Samlet forbrug i 2023', true, true],
    ['Samlede udgifter', true, true],
    ['Grand total', true, true],
    ['Overall total', true, true],
    ['In total', true, false],
    ['Udgifter i alt', true, false],
    ['Afholdte udgifter i alt:', true, false],
    ['Spending total', true, false],
    ['Samlede udgifter i alt', true, true],
    ['Summary of costs', false, false],
    ['Udgifter ialtså', false, false],
    [
      'Totalt set en god indsats, der har hjulpet mange unge i job og uddannelse i alt',
      false,
      false,
    ],
    ['Totalrenovering', false, false],
    ['Samletid', false, false],
    ['Løn i alt-fagene', false, false],
    ['Afholdte udgifter', false, false],
  ])('%j → total %s, grand total %s', (label, total, grand) => {
    expect(isTotalLabel(label)).toBe(total);
    expect(isGrandTotalLabel(label)).toBe(grand);
  });
});

describe('heraf and footnote labels', () => {
  it.each([
    ['heraf Akacieparken', true],
    ['Heraf: helhedsplaner', true],
    ['  - heraf forældreindsats', true],
    ['of which staff costs', true],
    ['Thereof rent', true],
    ['Herafledt indsats', false],
    ['1. En fokuseret områdebaseret indsats, herunder helhedsplaner', false],
  ])('heraf %j → %s', (label, expected) => {
    expect(isHerafLabel(label)).toBe(expected);
  });

  it.each([
    ['* inkl. evaluering', true],
    ['** heraf 0,7 mio. kr. til evaluering', true],
    ['¹ Skønnet', true],
    ['Note: tal i mio. kr.', true],
    ['Kilde: Danmarks Statistik', true],
    ['Source: Statistics Denmark', true],
    ['Anm.: foreløbige tal', true],
    ['Fritidsjob', false],
    ['Notering af aktier', false],
  ])('footnote %j → %s', (label, expected) => {
    expect(isFootnoteLabel(label)).toBe(expected);
  });
});

describe('header roles, Danish and English', () => {
  it.each([
    ['Medarbejder', 'person'],
    ['Employee', 'person'],
    ['Fra', 'from'],
    ['Start date', 'from'],
    ['Til', 'to'],
    ['End date', 'to'],
    ['Andel', 'share'],
    ['Share', 'share'],
    ['Retning', 'direction'],
    ['Direction', 'direction'],
    ['Mål', 'target'],
    ['Mål 2024', 'target'],
    ['Target', 'target'],
    ['Målår', 'targetYear'],
    ['Target year', 'targetYear'],
    ['Status pr. 2. kvartal', 'result'],
    ['Resultat Q3', 'result'],
    ['Result to date', 'result'],
    ['Målgruppe (antal)', 'targetGroup'],
    ['Target group', 'targetGroup'],
    ['Stjerne', 'star'],
    ['Nr.', 'id'],
    ['Kontonr.', 'id'],
    ['Account no.', 'id'],
    ['Number of participants', null],
    ['Pejlemærke', 'area'],
    ['Fokusområde', 'area'],
    ['Focus area', 'area'],
    ['Finansieringskilde', 'source'],
    ['Funding source', 'source'],
    ['Vedtaget budget', 'adopted'],
    ['Adopted budget', 'adopted'],
    ['Tillægsbevillinger', 'supplements'],
    ['Korrigeret budget', 'corrected'],
    ['Revised budget', 'corrected'],
    ['Regnskab', 'actual'],
    ['Forbrug', 'actual'],
    ['Actual', 'actual'],
    ['Afvigelse', 'deviation'],
    ['Variance', 'deviation'],
    ['Bemærkninger', 'note'],
    ['Enhed', 'note'],
    ['Beløb i kr.', null],
    ['Total (mio. kr.)', null],
    ['Årsværk', null],
    ['Finansieringsbehov (mio. kr.)', null],
    ['Indsats', null],
    ['Finansiering', null],
  ])('%j → %s', (header, role) => {
    expect(roleFromHeader(header)).toBe(role);
  });

  it.each([
    ['Indsatsområde', true],
    ['Hovedområder', true],
    ['Initiativ', true],
    ['Initiative', true],
    ['Indikator', true],
    ['Afholdte udgifter', true],
    ['Forventede udgifter', true],
    ['Finansiering', true],
    ['Funding', true],
    ['Item', true],
    ['Beløb i kr.', false],
    ['Årsværk', false],
  ])('label header %j → %s', (header, expected) => {
    expect(isLabelHeader(header)).toBe(expected);
  });
});

describe('units from headers (core/numbers, as detection uses it)', () => {
  it.each([
    ['Beløb i kr.', 'kr'],
    ['mio. kr.', 'mio. kr.'],
    ['Total (mio. kr.)', 'mio. kr.'],
    ['Finansieringsbehov (mio. kr.)', 'mio. kr.'],
    ['Årsværk', 'årsværk'],
    ['Person-years', 'årsværk'],
    ['FTE', 'årsværk'],
    ['Andel (%)', 'percent'],
    ['%', 'percent'],
    ['Amount (DKK)', 'kr'],
    ['DKK m', 'mio. kr.'],
    ['Målgruppe (antal)', 'count'],
    ['Indsats', null],
  ])('%j → %s', (header, unit) => {
    expect(unitFromText(header)).toBe(unit);
  });
});

describe('year and quarter from titles', () => {
  it.each([
    ['Arbejdsplan 2009 for TaskForce Integration', 2009, null],
    ['Status: Handleplan 2024, 2. kvartal', 2024, 2],
    ['Status 3. kvt. 2024', 2024, 3],
    ['Q3 2024 status', 2024, 3],
    ['Third quarter 2024', 2024, 3],
    ['Tredje kvartal', null, 3],
    ['Budget 12345', null, null],
    ['Barometer', null, null],
  ])('%j → year %s, quarter %s', (title, year, quarter) => {
    expect(yearIn(title)).toBe(year);
    expect(quarterIn(title)).toBe(quarter);
  });
});

/** quarterIn before it glanced for a 'q' or a 'kv': every pattern asked of every text. */
function everyQuarterPattern(text: string): number | null {
  for (const re of [
    /(?<!\d)([1-4])\.?\s*(?:kvartal|kvt\.?|kv\.)/iu,
    /(?<![\p{L}\d])q([1-4])(?!\d)/iu,
    /(?<!\d)([1-4])(?:st|nd|rd|th)?\s+quarter/iu,
    /quarter\s*([1-4])(?!\d)/iu,
  ]) {
    const m = re.exec(text);
    if (m) return Number(m[1]);
  }
  const w =
    /(?<!\p{L})(first|second|third|fourth|første|andet|tredje|fjerde)\s+(?:quarter|kvartal)/iu.exec(
      text,
    );
  const words: Record<string, number> = {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    første: 1,
    andet: 2,
    tredje: 3,
    fjerde: 4,
  };
  return w ? words[w[1]!.toLowerCase()]! : null;
}

describe('quarterIn glances for a q or a kv first', () => {
  it('answers as every pattern asked does', () => {
    const piece = fc.constantFrom(
      'Q',
      'q',
      'KV',
      'Kv',
      'kvt.',
      '2.',
      '3 ',
      'Quarter',
      'KVARTAL',
      'Tredje ',
      'first ',
      '\u212a',
      'x',
      ' ',
      '2024',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 5 }).map((p) => p.join('')),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(quarterIn(t)).toBe(everyQuarterPattern(t));
      }),
      { numRuns: 5000 },
    );
  });
});
