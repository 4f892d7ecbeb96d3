import { describe, expect, it } from 'vitest';
import { Dec } from '../../core/numbers';
import {
  costPerPerson,
  roundRatio,
  scaleBy,
  scaleToMoney,
  scaleToPeople,
  selectWithinFrame,
  totalsByArea,
  type Initiative,
} from '../../core/catalogue';
import { bruttokatalog, byRow } from './katalog';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

describe('cost per person', () => {
  it('min. 350 borgere for 4,4 mio. kr. is 12.571,43 kr. per citizen (12571.428571… exact)', () => {
    const c = value(costPerPerson(byRow(4)));
    expect(c.kroner.toFixed()).toBe('4400000');
    expect(c.people.toFixed()).toBe('350');
    // 4.400.000 / 350 = 12.571,428571428571… (…428571 repeating); 40 significant digits held.
    expect(c.perPerson.toFixed()).toBe('12571.42857142857142857142857142857142857');
    expect(c.text).toEqual({ da: '12.571,43 kr.', en: 'DKK 12,571.43' });
  });

  it.each([
    // row, basis, kroner per person (hand-checked)
    [9, 'low', '44000'], // 4,4 mio. / 100
    [10, 'low', '60000'], // 1,2 mio. / 20 familier
    [21, 'low', '1375'], // 55.000 / 40
    [16, 'low', '166.66'], // 500.000 / min. 3000 → 166,666…
    [22, 'low', '8000'], // 1,2 mio. / 150 (lower bound of 150-200)
    [22, 'mid', '6857.14'], // 1,2 mio. / 175
    [22, 'high', '6000'], // 1,2 mio. / 200
  ] as const)('row %i (%s): %s kr. per person', (row, basis, expected) => {
    const c = value(costPerPerson(byRow(row), basis));
    expect(c.perPerson.toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed()).toBe(expected);
  });

  it('an initiative without a target group has no cost per person, said in words', () => {
    const r = costPerPerson(byRow(11));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NO_TARGET_GROUP');
      expect(r.error.message.da).toBe(
        '"Vækstprogram for virksomheder" har ingen målgruppe, så der er ingen pris pr. person.',
      );
      expect(r.error.cell).toBe('G11');
    }
  });
});

describe('scaling', () => {
  it('350 → 200 citizens costs 2,514 mio. kr. at a step of 0,001 mio. kr. (2,514285…)', () => {
    const s = value(scaleToPeople(byRow(4), 200, '0.001'));
    expect(s.need.toFixed()).toBe('2.514');
    expect(s.unit).toBe('mio. kr.');
    expect(s.target?.low.toFixed()).toBe('200');
    // At 0,1 mio. kr. it is 2,5; in whole kroner 2.514.285,71… → 2,514286 mio. kr.
    expect(value(scaleToPeople(byRow(4), 200, '0.1')).need.toFixed()).toBe('2.5');
    expect(value(scaleToPeople(byRow(4), 200, '0.000001')).need.toFixed()).toBe('2.514286');
  });

  it('keeps the cost per person: scaled down and back up gives the original need', () => {
    const down = value(scaleToPeople(byRow(4), 200, '0.001'));
    expect(value(costPerPerson(down)).perPerson.toFixed()).toBe(
      value(costPerPerson(byRow(4))).perPerson.toFixed(),
    );
    expect(value(scaleToPeople(down, 350, '0.001')).need.toFixed()).toBe('4.4');
    expect(value(scaleToPeople(down, 700, '0.001')).need.toFixed()).toBe('8.8');
  });

  it('by money: 2 mio. kr. reaches 159 citizens at 12.571,43 kr. (159,09… rounded down)', () => {
    const s = value(scaleToMoney(byRow(4), 2));
    expect(s.target?.low.toFixed()).toBe('159');
    expect(s.need.toFixed()).toBe('2');
    // 1 mio. kr. for IPS at 44.000 kr. per person: 22,72… → 22 (down), 23 (half-up).
    expect(value(scaleToMoney(byRow(9), 1)).target?.low.toFixed()).toBe('22');
    expect(value(scaleToMoney(byRow(9), 1, { rounding: 'half-up' })).target?.low.toFixed()).toBe(
      '23',
    );
  });

  it('by a factor: half of Fritidsjob (200 unge, 3,0 mio. kr.) is 100 unge for 1,5 mio. kr.', () => {
    const s = value(scaleBy(byRow(18), '0.5', '0.1'));
    expect([s.target?.low.toFixed(), s.need.toFixed()]).toEqual(['100', '1.5']);
    // A money-only initiative scales its money: 0,55 × 2 = 1,1.
    expect(value(scaleBy(byRow(11), 2, '0.01')).need.toFixed()).toBe('1.1');
  });

  it('refuses a step of 0 and a negative number of people, in words', () => {
    const a = scaleToPeople(byRow(4), 200, 0);
    const b = scaleToPeople(byRow(4), -1, '0.001');
    expect(a.ok || b.ok).toBe(false);
    if (!a.ok) expect(a.error.message.en).toBe('The step must be greater than 0.');
    if (!b.ok) expect(b.error.message.da).toBe('Antallet skal være 0 eller mere.');
  });

  it('rounds on exact integers: half-up, down and up', () => {
    const d = (x: string) => new Dec(x);
    expect(roundRatio(d('25145'), d('10000'), d('0.001'), 'half-up').toFixed()).toBe('2.515');
    expect(roundRatio(d('25145'), d('10000'), d('0.001'), 'down').toFixed()).toBe('2.514');
    expect(roundRatio(d('25141'), d('10000'), d('0.001'), 'up').toFixed()).toBe('2.515');
    expect(roundRatio(d('880'), d('350'), d('0.001'), 'half-up').toFixed()).toBe('2.514');
    expect(roundRatio(d('-25145'), d('10000'), d('0.001'), 'half-up').toFixed()).toBe('-2.515');
  });
});

describe('selecting within a frame', () => {
  it('15 mio. kr., starred first in the catalogue order: 14,955 taken, 0,045 left', () => {
    const s = value(selectWithinFrame(bruttokatalog(), 15, 'mio. kr.'));
    // 4,4 + 2,9 + 4,4 + 1,2 = 12,9; 2,5 does not fit; + 0,6 + 0,5 = 14,0; 2,2 no; + 0,5 = 14,5;
    // 3,0 no; + 0,4 = 14,9; 1,0 no; + 0,055 = 14,955; nothing unstarred fits in 0,045.
    expect(s.chosen.map((i) => i.row)).toEqual([4, 8, 9, 10, 13, 14, 16, 19, 21]);
    expect(s.total.toFixed()).toBe('14.955');
    expect(s.left.toFixed()).toBe('0.045');
    expect(s.rest.map((r) => r.initiative.row)).toEqual([
      12, 15, 18, 20, 23, 5, 6, 7, 11, 17, 22, 24,
    ]);
    // Scaled down into 0,045 mio. kr.: Familieforsørgede (90 for 2,5 mio. kr., 27.777,78 kr.
    // each) reaches 1 person for 0,028 mio. kr.; Fritidsjob (15.000 kr. each) 3 unge for 0,045.
    const scaled = new Map(s.rest.map((r) => [r.initiative.row, r.scaledDown]));
    expect(scaled.get(12)).toEqual({ need: new Dec('0.028'), people: new Dec(1) });
    expect(scaled.get(18)).toEqual({ need: new Dec('0.045'), people: new Dec(3) });
    expect(scaled.get(11)).toEqual({ need: new Dec('0.045'), people: null });
    // IPS is not in the rest; Helhedsorienteret familieindsats (60.000 kr. each) is chosen.
    expect(scaled.get(9)).toBeUndefined();
  });

  it('15 mio. kr., starred first, cheapest per person first: 14,655 taken, 0,345 left', () => {
    const s = value(selectWithinFrame(bruttokatalog(), 15, 'mio. kr.', { order: 'costPerPerson' }));
    // Starred by kr. per person: 166,67 (16), 800 (23), 1.375 (21), 2.000 (14), 10.000 (20),
    // 12.571 (4), 14.667 (15), 15.000 (18), 20.000 (13, 19), 27.778 (12) …
    expect(s.chosen.map((i) => i.row)).toEqual([16, 23, 21, 14, 20, 4, 15, 18, 13, 19]);
    expect(s.total.toFixed()).toBe('14.655');
    expect(s.left.toFixed()).toBe('0.345');
  });

  it('works in kroner too, converting every need exactly', () => {
    const s = value(selectWithinFrame(bruttokatalog(), 15_000_000, 'kr'));
    expect(s.total.toFixed()).toBe('14955000');
    expect(s.left.toFixed()).toBe('45000');
  });

  it('a frame of 0 takes nothing; a negative frame is refused', () => {
    const s = value(selectWithinFrame(bruttokatalog(), 0, 'mio. kr.'));
    expect([s.chosen.length, s.left.toFixed()]).toEqual([0, '0']);
    expect(selectWithinFrame(bruttokatalog(), -1, 'mio. kr.').ok).toBe(false);
  });
});

describe('totals per pejlemærke and fokusområde', () => {
  it('adds the bruttokatalog per pejlemærke: 21,1 + 6,7 + 4,855 = 32,655 mio. kr.', () => {
    const t = totalsByArea(bruttokatalog(), 'area', 'mio. kr.');
    expect(t.map((x) => [x.key, x.count, x.starred, x.need.toFixed()])).toEqual([
      ['Pejlemærke 1', 11, 7, '21.1'],
      ['Pejlemærke 2', 5, 4, '6.7'],
      ['Pejlemærke 3', 5, 3, '4.855'],
    ]);
  });

  it('per fokusområde, in kroner, with an initiative written in kr. among mio. kr.', () => {
    const list: Initiative[] = bruttokatalog().map((i) =>
      i.row === 6 ? { ...i, need: new Dec(550000), unit: 'kr' } : i,
    );
    const t = totalsByArea(list, 'focus', 'kr');
    expect(t[0]).toEqual({
      key: 'Jobparate ledige',
      count: 4,
      starred: 1,
      need: new Dec(8450000), // 4.400.000 + 2.900.000 + 550.000 + 600.000
    });
    expect(t.map((x) => x.key)).toEqual([
      'Jobparate ledige',
      'Udsatte ledige',
      'Kvinder og familieforsørgede',
      'Mangfoldig rekruttering',
      'Unge i uddannelse',
      'Unge i fritidsjob',
      'Dannelse og fremme af inklusion',
      'Forebyggelse af social kontrol',
      'Ældre',
    ]);
  });
});

describe('odd input never throws', () => {
  it('an initiative costing nothing cannot be scaled by money, said in words', () => {
    const free = { ...byRow(4), need: new Dec(0) };
    const r = scaleToMoney(free, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NO_COST');
    expect(value(scaleToPeople(free, 10, '0.1')).need.toFixed()).toBe('0');
    expect(value(selectWithinFrame([free], 0, 'mio. kr.')).chosen).toHaveLength(1);
  });
});
