import { describe, expect, it } from 'vitest';
import { readCatalogueText } from '../../core/catalogue';

function brief(text: string): [string | null, string | null, string | null, string | null] {
  const r = readCatalogueText(text);
  const t = r.target;
  const people = t
    ? `${t.qualifier ?? ''}${t.low.toString()}${t.high.eq(t.low) ? '' : `-${t.high.toString()}`} ${t.unit}`
    : null;
  return [
    people,
    r.need ? r.need.value.toString() : null,
    r.need?.unit ?? null,
    t?.qualifier ?? null,
  ];
}

describe('readCatalogueText: the source sentence "Målgruppe og finansieringsbehov"', () => {
  it.each([
    ['Min. 350 borgere til 4,4 mio. kr.', ['min.350 borgere', '4.4', 'mio. kr.', 'min.']],
    ['20 familier til 1,2 mio. kr.', ['20 familier', '1.2', 'mio. kr.', null]],
    ['550.000 kr. til udvikling af konceptet', [null, '550000', 'kr', null]],
    [
      'min. 3000 elever for 0,5 mio.kr. årligt i 2019-2022',
      ['min.3000 elever', '0.5', 'mio. kr.', 'min.'],
    ],
    [
      'Opkvalificering af 8-10 foreninger, som kan nå ca. 150-200 borgere 1,2 mio. kr.',
      ['ca.150-200 borgere', '1.2', 'mio. kr.', 'ca.'],
    ],
    [
      'Indsatsen skal nå mindst 2.500 borgere samt fagpersoner årligt til 2,0 mio. kr.',
      ['min.2500 borgere', '2', 'mio. kr.', 'min.'],
    ],
    [
      '200 unge mellem 15-24 år til 3,0 mio. kr. (ved udvidelse ca. 3,8 mio. kr. årligt)',
      ['200 unge', '3', 'mio. kr.', null],
    ],
    [
      '100 nyankomne flygtninge og familiesammenførte til 1 mio. kr.',
      ['100 flygtninge', '1', 'mio. kr.', null],
    ],
    [
      '10.000 københavnere som er aktive på det private boligmarked',
      ['10000 københavnere', null, null, null],
    ],
    ['for 1.250 t.kr.', [null, '1250', '1.000 kr.', null]],
    ['', [null, null, null, null]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
