import { describe, expect, it } from 'vitest';
import { langOf, parseCheckArgs } from '../../core/cli/args';

describe('parseCheckArgs', () => {
  it.each([
    [['a.xlsx'], { paths: ['a.xlsx'], json: false, force: false, lang: 'da' }],
    [
      ['examples', '--year', '2024', '--json', '--lang', 'en'],
      { paths: ['examples'], year: 2024, json: true, force: false, lang: 'en' },
    ],
    [
      ['a.xlsx', '--sheet', 'Budget 2023', '--range', '$a$3:b16', '--out', 'out'],
      {
        paths: ['a.xlsx'],
        sheet: 'Budget 2023',
        range: 'A3:B16',
        out: 'out',
        json: false,
        force: false,
        lang: 'da',
      },
    ],
    [
      ['--year=2009', 'x.csv', 'y.xlsx'],
      { paths: ['x.csv', 'y.xlsx'], year: 2009, json: false, force: false, lang: 'da' },
    ],
    [
      ['--', '--odd-name.xlsx'],
      { paths: ['--odd-name.xlsx'], json: false, force: false, lang: 'da' },
    ],
    [
      ['a.xlsx', '--out', 'ud', '--force'],
      { paths: ['a.xlsx'], out: 'ud', json: false, force: true, lang: 'da' },
    ],
    [
      ['mappe', '--threads', '1'],
      { paths: ['mappe'], threads: 1, json: false, force: false, lang: 'da' },
    ],
    [
      ['mappe', '--threads=4'],
      { paths: ['mappe'], threads: 4, json: false, force: false, lang: 'da' },
    ],
  ])('%j', (argv, want) => {
    const r = parseCheckArgs(argv);
    expect(r).toEqual({ ok: true, args: want });
  });

  it.each([
    [[], 'angiv mindst én fil'],
    [['a.xlsx', '--year', '24'], '--year skal være et årstal'],
    [['a.xlsx', '--year'], '--year mangler en værdi'],
    [['a.xlsx', '--range', 'A1:B2:C3'], '--range skal være et område'],
    [['a.xlsx', '--lang', 'de'], '--lang skal være da eller en'],
    [['a.xlsx', '--frobnicate'], 'ukendt tilvalg --frobnicate'],
    [['a.xlsx', '--threads', '0'], '--threads skal være et helt antal tråde'],
    [['a.xlsx', '--threads', '2,5'], '--threads skal være et helt antal tråde'],
    [['a.xlsx', '--threads', '1000'], '--threads skal være et helt antal tråde'],
  ])('rejects %j', (argv, da) => {
    const r = parseCheckArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.da).toContain(da);
      expect(r.message.en.length).toBeGreaterThan(5);
    }
  });

  it('finds the language anywhere, so a usage error is in it', () => {
    expect(langOf(['check', '--lang', 'en'])).toBe('en');
    expect(langOf(['check', '--lang=en'])).toBe('en');
    expect(langOf(['check', 'x'])).toBe('da');
  });
});
