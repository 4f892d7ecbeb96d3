/**
 * The 2019 catalogue (sources/bruttokatalog-integrationshandleplan-2019.txt) in both layouts:
 * examples/bruttokatalog-2019.xlsx (separate columns) and tests/fixtures/bruttokatalog-2019-tekst.xlsx
 * (the source's "Målgruppe og finansieringsbehov" sentence, a '*' before a starred name), both
 * built by scripts/make-examples.ts. Every expected number below is worked out by hand.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCatalogue, initiativesOf, katalogReport, type FoundCatalogue } from '../../core/check';
import { costPerPerson, scaleToPeople } from '../../core/catalogue';
import type { Workbook } from '../../core/grid';
import { readWorkbookFile } from '../../core/io/node';
import { REPO } from '../cli/helpers';

const LAYOUTS = {
  columns: { file: 'examples/bruttokatalog-2019.xlsx', shift: (r: number) => r },
  // The text layout has no subtotal rows: rows after 'I alt pejlemærke 1' (18) and 2 (27) move up.
  text: {
    file: 'tests/fixtures/bruttokatalog-2019-tekst.xlsx',
    shift: (r: number) => (r > 27 ? r - 2 : r > 18 ? r - 1 : r),
  },
} as const;

const books: Record<string, Workbook> = {};
beforeAll(async () => {
  for (const [k, { file }] of Object.entries(LAYOUTS)) {
    const r = await readWorkbookFile(path.join(REPO, file));
    if (!r.ok) throw new Error(file);
    books[k] = r.value;
  }
});

describe.each(Object.keys(LAYOUTS) as Array<keyof typeof LAYOUTS>)('the %s layout', (layout) => {
  const row = LAYOUTS[layout].shift;
  const found = (): FoundCatalogue => findCatalogue(books[layout]!)!;

  it('reads every initiative: 27 lines, 25 with an amount, 16 starred', () => {
    const lines = found().lines;
    expect(lines).toHaveLength(27);
    expect(lines.filter((l) => l.need !== null)).toHaveLength(25);
    expect(lines.filter((l) => l.starred)).toHaveLength(16);
    expect(found().unit).toBe('mio. kr.');
  });

  it.each([
    // [columns row, label start, starred, people low, high, unit word, need, need unit]
    [
      4,
      'Håndholdt og kontinuerlig virksomhedsindsats',
      true,
      '350',
      '350',
      'borgere',
      '4.4',
      'mio. kr.',
    ],
    [6, 'Sundhedsfremme', false, '500', '500', 'borgere', '550000', 'kr'],
    [10, 'Helhedsorienteret familieindsats', true, '20', '20', 'familier', '1.2', 'mio. kr.'],
    [20, 'Forebyggelse af diskrimination', true, '3000', '3000', 'elever', '0.5', 'mio. kr.'],
    [24, 'Fritidsjob', true, '200', '200', 'unge', '3', 'mio. kr.'],
    [30, 'Gadehøjskoler', false, '150', '200', 'borgere', '1.2', 'mio. kr.'],
    [31, 'Helhedsorienteret forebyggelse', true, '2500', '2500', 'borgere', '2', 'mio. kr.'],
  ] as const)('row %i: %s', (r, label, starred, low, high, unit, need, needUnit) => {
    const l = found().lines.find((x) => x.row === row(r))!;
    expect(l.label.startsWith(label)).toBe(true);
    expect(l.starred).toBe(starred);
    expect([l.target!.low.toString(), l.target!.high.toString(), l.target!.unit]).toEqual([
      low,
      high,
      unit,
    ]);
    expect([l.need!.toString(), l.unit]).toEqual([need, needUnit]);
  });

  it('a need without a target group (550.000 kr. til udvikling af konceptet)', () => {
    const l = found().lines.find((x) => x.row === row(11))!;
    expect([l.target, l.need!.toString(), l.unit]).toEqual([null, '550000', 'kr']);
  });

  it('350 borgere for 4,4 mio. kr. is 12.571,43 kr. per person; 200 borgere cost 2,514 mio. kr.', () => {
    const i = initiativesOf(found().lines).find((x) => x.row === row(4))!;
    const c = costPerPerson(i);
    expect(c.ok && c.value.text.da).toBe('12.571,43 kr.');
    const s = scaleToPeople(i, 200, '0.001');
    expect(s.ok && s.value.need.toString()).toBe('2.514');
  });

  it('picks within 15 mio. kr.: starred first in the given order, 14,955 chosen, 0,045 left', () => {
    const r = katalogReport(books[layout]!, { lang: 'da', frame: '15' });
    if (!r.ok) throw new Error(r.error.message.da);
    const k = r.value;
    // Starred in order: 4,4 (10,6 left), 2,9 (7,7), 4,4 (3,3), 1,2 (2,1); 2,5 does not fit;
    // 0,6 (1,5), 0,5 (1,0), 0,4 (0,6); 2,2 no; 0,5 (0,1); 3,0, 0,4, 1,0 no; 0,055 (0,045); 2,0 no.
    expect(k.chosen.map((c) => c.row)).toEqual([4, 8, 9, 10, 13, 16, 17, 20, 29].map(row));
    expect(k.chosen.map((c) => c.need)).toEqual([
      '4.4',
      '2.9',
      '4.4',
      '1.2',
      '0.6',
      '0.5',
      '0.4',
      '0.5',
      '0.055',
    ]);
    expect([k.frame, k.unit, k.total, k.left]).toEqual(['15', 'mio. kr.', '14.955', '0.045']);
    expect(k.chosen[0]!.costPerPerson).toBe('12571.4285714286');
    // Pejlemærke 1: 4,4 + 2,9 + 4,4 + 1,2 + 0,6 + 0,5 + 0,4 = 14,4; 2: 0,5; 3: 0,055.
    expect(k.areas).toEqual([
      { area: '1', total: '14.4' },
      { area: '2', total: '0.5' },
      { area: '3', total: '0.055' },
    ]);
    // Scaled into the 45.000 kr. left: 90 for 2,5 mio. kr. is 27.777,78 kr. each, so 1 person
    // for 0,028 mio. kr. (rounded up to the 1.000 kr. step); 2.500 for 2,0 mio. kr. is 800 kr.
    // each: 56 people (45.000 / 800 = 56,25) for 44.800 kr. → 0,045; 10 for 1,3 mio. kr. is
    // 130.000 kr. each: none fits.
    const rest = (r0: number) => k.rest.find((x) => x.row === row(r0))!;
    expect(rest(12)).toMatchObject({ need: '2.5', scaledDown: { need: '0.028', people: '1' } });
    expect(rest(31)).toMatchObject({ need: '2', scaledDown: { need: '0.045', people: '56' } });
    expect(rest(14)).toMatchObject({ need: '1.3', scaledDown: null });
    expect(rest(11).scaledDown).toEqual({ need: '0.045', people: null });
    // Every initiative with an amount is chosen or left over, none twice.
    expect(k.chosen.length + k.rest.length).toBe(25);
  });

  it('by the lowest cost per person after the starred ones (--orden pris)', () => {
    const r = katalogReport(books[layout]!, { lang: 'da', frame: '15', order: 'price' });
    if (!r.ok) throw new Error(r.error.message.da);
    // Starred by cost: 166,67 (0,5), 800 (2,0), 1.375 (0,055), 2.000 (0,5), 10.000 (1,0),
    // 12.571 (4,4), 14.667 (2,2), 15.000 (3,0), 20.000 (0,6 and 0,4 in given order) = 14,955.
    expect(r.value.chosen.slice(0, 3).map((c) => c.row)).toEqual([20, 31, 29].map(row));
    expect(r.value.total).toBe('14.955');
  });
});

describe('katalog problems', () => {
  it('a frame that is no amount, and a sheet without a catalogue, are clear messages', () => {
    const bad = katalogReport(books.columns!, { lang: 'da', frame: 'femten' });
    expect(!bad.ok && bad.error.message.da).toContain('Rammen skal være et beløb');
    const none = katalogReport(books.columns!, { lang: 'en', frame: '15', sheet: 'Andet' });
    expect(!none.ok && none.error.message.en).toContain('no catalogue of initiatives');
  });

  it('a frame in kroner is converted exactly: 15.000.000 kr. = 15 mio. kr.', () => {
    const r = katalogReport(books.columns!, { lang: 'da', frame: '15.000.000 kr.' });
    expect(r.ok && [r.value.frame, r.value.total]).toEqual(['15', '14.955']);
  });
});
