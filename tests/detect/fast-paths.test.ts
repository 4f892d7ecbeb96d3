import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellInfo, gridOf, isWord } from '../../core/detect/cells';
import { rowShape } from '../../core/detect/layout';
import { voteOf } from '../../core/numbers/style';
import {
  isDerivedRowLabel,
  isFootnoteLabel,
  isHerafLabel,
  isTotalLabel,
} from '../../core/detect/words';
import type { Cell, Sheet } from '../../core/grid';
import {
  detectStyle,
  isWordText,
  normalizeSpaces,
  readNumberText,
  startsAsWord,
} from '../../core/numbers';

const RUNS = Number(process.env.RAMME_FUZZ_RUNS ?? 1000);

/** Cells of every kind detection tells apart, numbers with and without date formats. */
const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.double({ noNaN: false }).map((value) => ({ value })),
  fc
    .integer({ min: 0, max: 60_000 })
    .chain((value) =>
      fc
        .constantFrom(undefined, 'dd-mm-yyyy', 'h:mm', '0.0%', '#,##0 "kr."', 'General', '[h]:mm')
        .map((numFmt) => (numFmt === undefined ? { value } : { value, numFmt })),
    ),
  fc
    .constantFrom(
      'Konto 7',
      'I alt',
      '1.572.000,50',
      '1.500',
      '4,4 mio. kr.',
      'min. 350',
      'kr. 500',
      '2,0*',
      '',
      ' ',
      'Note: x',
    )
    .map((value) => ({ value })),
  fc.string().map((value) => ({ value })),
  fc.constantFrom<Cell>({ value: true }, { value: null }, { value: { error: '#REF!' } }),
);

describe('detection fast paths give what the cell infos give', () => {
  it('rowShape counts numbers and dates from the raw cells as cellInfo would', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 8 }), (cells) => {
        const sheet: Sheet = {
          name: 'Ark',
          rows: [cells],
          rowCount: 1,
          colCount: cells.length,
          merges: [],
        };
        const shape = rowShape(gridOf(sheet), 1, { top: 1, bottom: 1, left: 1, right: 8 });
        const infos = cells.map((c, i) => ({ col: i + 1, info: cellInfo(c), present: !!c }));
        const used = infos.filter((x) => x.present && x.info.kind !== 'blank');
        if (used.length === 0) {
          expect(shape).toBeNull();
          return;
        }
        expect(shape!.cols).toEqual(used.map((x) => x.col));
        expect(shape!.numbers).toBe(used.filter((x) => x.info.numeric).length);
        expect(shape!.dates).toBe(
          used.filter((x) => !x.info.numeric && x.info.kind === 'date').length,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it.each<[string, boolean]>([
    ['Konto 7', false],
    ['Område 12', false],
    ['Mål 2024', false],
    ['Kroner 5', false],
    ['min. 350', true],
    ['Maks. 4', true],
    ['ca. 5,5', true],
    ['Over 100', true],
    ['op til 3', true],
    ['kr. 500', true],
    ['DKK 1.200', true],
    ['Kr 1.200', true],
  ])(
    'a text starting with a letter, %j, is a number only after a qualifier or currency',
    (text, ok) => {
      expect(readNumberText(text).ok).toBe(ok);
    },
  );

  it('a text isWordText calls a label reads as no number', () => {
    const start = fc.constantFrom(
      'Konto ',
      'min. ',
      'Kr',
      'dkk',
      'Å',
      ' I alt',
      '\u00a0Mål',
      'ca',
      '',
    );
    fc.assert(
      fc.property(start, fc.string({ maxLength: 130 }), (a, b) => {
        const text = a + b;
        if (!isWordText(text)) return;
        const read = readNumberText(text);
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.reason).toBe('not-a-number');
      }),
      { numRuns: RUNS },
    );
  });

  it('normalizeSpaces with its quick test equals the two replacements', () => {
    const odd = fc.constantFrom(' ', '  ', '\u00a0', '\u202f', '\u2009', '\t', '\n', 'a', '1', ',');
    fc.assert(
      fc.property(fc.array(odd, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const full = text
          .replace(/[\u00a0\u202f\u2009\u2007\u200a\t\r\n]/g, ' ')
          .replace(/ {2,}/g, ' ')
          .trim();
        expect(normalizeSpaces(text)).toBe(full);
      }),
      { numRuns: RUNS },
    );
  });

  it('detectStyle stops early with the same majority as counting every vote', () => {
    const text = fc.constantFrom(
      '1.572.000',
      '4,4',
      '1,572,000',
      '4.4',
      '1.500',
      'Konto 7',
      '12,5',
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (texts) => {
        let sum = 0;
        for (const t of texts) {
          const v = detectStyle([t]);
          sum += v === 'da' ? 1 : v === 'en' ? -1 : 0;
        }
        expect(detectStyle(texts)).toBe(sum > 0 ? 'da' : sum < 0 ? 'en' : undefined);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The label patterns of core/detect/words, as they were before their first-letter tests. */
const NL = '(?![\\p{L}\\p{N}])';
const starts = (p: string) => new RegExp(`^\\s*(?:${p})${NL}`, 'iu');
const TOTAL = starts(
  'i\\s*alt|total[t]?|totaler|sum|subtotal|sub-total|samlet|samlede|grand\\s+total|overall\\s+total|in\\s+total|altogether|tilsammen',
);
const TOTAL_LAST = /(?<![\p{L}\p{N}])(?:i\s*alt|total|in\s+total)\s*[:.]?\s*$/iu;
const HERAF = starts('heraf|hera\\s+f|of\\s+which|thereof|whereof');
const DERIVED_ROW = starts(
  'overhead|moms|vat|mva|mwst|iva|tva|buffer|reserve|contingency|uforudsete\\s+udgifter|indirect\\s+costs?|indirekte\\s+omkostninger|afrunding|rounding',
);

const FOOTNOTE =
  /^\s*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹†‡]|\(\d\)|\d\)\s|(?:note|noter|kilde|kilder|anm(?:\.|ærkning)|source|sources|bemærk|nb)\s*[:.])/iu;

describe('label words: the first-letter tests change no answer', () => {
  const word = fc.constantFrom(
    'I alt',
    'i  alt',
    'Total',
    'TOTALT',
    'Sum',
    'ſum',
    'Samlet',
    'Grand total',
    'heraf',
    'Heraf:',
    'of which',
    'Thereof',
    'Moms 25 %',
    'Overhead',
    'VAT',
    'Konto 7',
    'Område',
    'Afrunding',
    'udgifter i alt',
    'Spending total:',
    'total .',
    'total:.',
    '- heraf',
    '• Heraf',
    'Kontingency',
    'Ktotal',
    'altogether',
    'Tilsammen',
    'subtotal',
    'Overall total',
    'In total',
    'Whereof',
    'hera f',
    'Mwst',
    'iva',
    'tva',
    'Buffer',
    'Reserve',
    'contingency',
    'Uforudsete udgifter',
    'indirect costs',
    'Indirekte omkostninger',
    'rounding',
    'mva',
    'Note: x',
    'noter.',
    'Kilde:',
    'KILDER .',
    'anm.',
    'Anmærkning:',
    'Source:',
    'bemærk:',
    'NB.',
    '* inkl.',
    '¹ x',
    '(1) y',
    '1) z',
    'Nota:',
  );
  const label = fc
    .tuple(fc.array(fc.oneof(word, fc.string({ maxLength: 3 })), { maxLength: 3 }), fc.boolean())
    .map(([parts, space]) => parts.join(space ? ' ' : ''));
  it('isTotalLabel, isHerafLabel and isDerivedRowLabel answer as the bare patterns', () => {
    fc.assert(
      fc.property(label, (text) => {
        expect(isTotalLabel(text)).toBe(
          text.length <= 60 && (TOTAL.test(text) || TOTAL_LAST.test(text)),
        );
        expect(isHerafLabel(text)).toBe(HERAF.test(text.replace(/^[\s\-–•]+/, '')));
        expect(isFootnoteLabel(text)).toBe(FOOTNOTE.test(text));
        expect(isDerivedRowLabel(text)).toBe(
          DERIVED_ROW.test(text) || /^\D*\d+(?:[.,]\d+)?\s*%\s*\)?\s*$/u.test(text),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the grid cache answers as cellInfo', () => {
  it('at gives each cell its cellInfo and word its text when it is a word, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 4 }), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(5), fc.boolean()), { maxLength: 40 }),
        (rows, asks) => {
          const sheet: Sheet = {
            name: 'Ark',
            rows,
            rowCount: rows.length,
            colCount: 4,
            merges: [],
          };
          const grid = gridOf(sheet);
          for (const [r, c, word] of asks) {
            const want = cellInfo(rows[r - 1]?.[c - 1]);
            const plain = {
              kind: want.kind,
              text: want.text,
              numeric: want.numeric,
              unit: want.unit,
              footnote: want.footnote,
              value: want.value,
            };
            if (word) expect(grid.word(r, c)).toBe(isWord(want) ? want.text : null);
            else {
              const got = grid.at(r, c);
              expect({
                kind: got.kind,
                text: got.text,
                numeric: got.numeric,
                unit: got.unit,
                footnote: got.footnote,
                value: got.value,
              }).toEqual(plain);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('a plainly written label is a word without being read', () => {
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'Konto',
          'mål',
          'Kr',
          'kR.',
          'DKK',
          'ca',
          'Cirka',
          'min',
          'MAKS',
          'mere end',
          'more than',
          'mindre end',
          'at least',
          'At most',
          'approx',
          'højst',
          'hØjst',
          'omkring',
          'Over',
          'op til',
          'under',
          'up to',
          'less than',
          'd',
          'k',
          'M',
          ' ',
          '\u00a0',
          '\u2009',
          '\t',
          '7',
          '½',
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));
  it('startsAsWord is true only where isWordText is', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (startsAsWord(t)) expect(isWordText(t)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it.each<[string, string]>([
    ['Konto 7', 'Konto 7'],
    ['Konto 7\u00a0', 'Konto 7'],
    ['Konto\u00a07', 'Konto 7'],
    ['Konto\u20097', 'Konto 7'],
    ['Konto 7\t', 'Konto 7'],
    ['Konto 7\u3000', 'Konto 7'],
    ['Løn ', 'Løn'],
  ])('%j is the word %j', (raw, word) => {
    const info = cellInfo({ value: raw });
    expect(isWord(info)).toBe(true);
    expect(info.text).toBe(word);
  });
});

describe('the grid cache with rows far apart', () => {
  it('reads a lone cell a million rows down, and the rows around it, as cellInfo', () => {
    const rows: Sheet['rows'] = [];
    rows[0] = [{ value: 'Konto 1' }, { value: 5 }];
    rows[999_999] = [{ value: 'I alt ' }, { value: '1.500,5' }];
    rows[1_000_000] = [{ value: 'Konto 2' }];
    const sheet: Sheet = { name: 'Ark', rows, rowCount: 1_000_001, colCount: 2, merges: [] };
    const grid = gridOf(sheet);
    expect(grid.word(1_000_000, 1)).toBe('I alt');
    expect(grid.at(1_000_000, 2).numeric).toBe(true);
    expect(grid.word(1, 1)).toBe('Konto 1');
    expect(grid.word(1_000_001, 1)).toBe('Konto 2');
    expect(grid.at(1_000_000, 1).text).toBe('I alt');
    expect(grid.word(500_000, 1)).toBeNull();
    expect(grid.at(500_000, 2).kind).toBe('blank');
  });
});

/** The vote as it was written first (splits and patterns), to hold the quicker one to it. */
function voteBySplitting(text: string): 'da' | 'en' | undefined {
  if (/\d,[-–]/.test(text)) return 'da';
  const m = /\d[\d.,]*\d|\d/.exec(text);
  if (!m) return undefined;
  const n = m[0];
  const dots = n.split('.').length - 1;
  const commas = n.split(',').length - 1;
  if (dots > 0 && commas > 0) return n.lastIndexOf(',') > n.lastIndexOf('.') ? 'da' : 'en';
  if (dots === 0 && commas === 0) return undefined;
  const sep = dots > 0 ? '.' : ',';
  const parts = n.split(sep);
  if (parts.length > 2) return sep === '.' ? 'da' : 'en';
  if (parts[1]!.length === 3 && !/^0+$/.test(parts[0]!) && parts[0]!.length <= 3) return undefined;
  return sep === ',' ? 'da' : 'en';
}

describe('the style vote counts separators as splitting did', () => {
  it('gives the same vote for any text of digits, separators and words', () => {
    const text = fc
      .array(
        fc.constantFrom('0', '00', '1', '12', '123', '1234', '.', ',', '-', '–', ' ', 'kr', 'a'),
        {
          maxLength: 10,
        },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 12 })), (t) => {
        expect(voteOf(t)).toBe(voteBySplitting(t));
      }),
      { numRuns: RUNS * 5 },
    );
  });
});
