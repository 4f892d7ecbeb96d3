import { describe, expect, it } from 'vitest';
import { runAllocate } from '../../core/cli/commands/allocate';
import type { Lang } from '../../core/i18n';

async function run(args: string[], lang: Lang = 'da', files: Record<string, string> = {}) {
  let out = '';
  const err: string[] = [];
  const code = await runAllocate(
    args,
    {
      out: (s) => (out += s),
      err: (s) => err.push(s),
      readFile: async (path) => {
        if (!(path in files)) throw new Error(`ENOENT: ${path}`);
        return files[path];
      },
    },
    lang,
  );
  return { code, out, err };
}

describe('ramme allocate', () => {
  it('--json prints the exact contract', async () => {
    const r = await run(['--total', '5', '--step', '0.5', '--weights', '3', '2', '2', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toBe('{"total":"5","step":"0.5","allocations":["2","1.5","1.5"]}\n');
  });

  it('reads Danish decimals and flag=value', async () => {
    const r = await run(['--total=10', '--step=0,1', '--weights', '1', '1', '1', '--json']);
    expect(JSON.parse(r.out)).toEqual({
      total: '10',
      step: '0.1',
      allocations: ['3.4', '3.3', '3.3'],
    });
  });

  it.each([
    [
      ['--weights', '3;2;2'],
      ['2', '1.5', '1.5'],
    ],
    [
      ['--weights', '3;2', '2'],
      ['2', '1.5', '1.5'],
    ],
    [
      ['--weights', '3;2;2', '--lock', '1=1;3=2'],
      ['1', '2', '2'],
    ],
  ])('reads a list given in one word with semicolons: %j', async (list, allocations) => {
    const r = await run(['--total', '5', '--step', '0,5', ...list, '--json']);
    expect(r.err).toEqual([]);
    expect(JSON.parse(r.out)).toEqual({ total: '5', step: '0.5', allocations });
  });

  it('takes locks, minimums and maximums by 1-based row', async () => {
    const lock = await run([
      '--total',
      '10',
      '--step',
      '0,1',
      '--weights',
      '1',
      '1',
      '1',
      '--lock',
      '1=2',
      '--json',
    ]);
    expect(JSON.parse(lock.out).allocations).toEqual(['2', '4', '4']);
    const bounds = await run([
      '--total',
      '10',
      '--weights',
      '5',
      '1',
      '1',
      '--max',
      '1=4',
      '--min',
      '3=3,5',
      '--json',
    ]);
    expect(JSON.parse(bounds.out).allocations).toEqual(['4', '2', '4']);
  });

  it('adds an explanation after the contract keys with --explain', async () => {
    const r = await run([
      '--total',
      '5',
      '--step',
      '0,5',
      '--weights',
      '3',
      '2',
      '2',
      '--json',
      '--explain',
    ]);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['total', 'step', 'allocations', 'explanation']);
    expect(j.explanation.rows[1]).toMatchObject({
      row: 2,
      quota: '1.4285714286',
      extraStep: true,
      rank: 1,
    });
    expect(j.explanation.rows[1].text).toBe(
      'Række 2: vægt 2, kvote ≈ 1,428571 → 1,5: 1 + ét trin (rest nr. 1)',
    );
  });

  it('prints a Danish table by default', async () => {
    const r = await run(['--total', '5', '--step', '0,5', '--weights', '3', '2', '2']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      'Række  Vægt       Kvote  Andel',
      '1         3  ≈ 2,142857      2',
      '2         2  ≈ 1,428571    1,5',
      '3         2  ≈ 1,428571    1,5',
      'I alt     7           5      5',
    ]);
  });

  it('prints English when the caller asks', async () => {
    const r = await run(['--total', '1500', '--weights', '1', '1', '--lang', 'en'], 'en');
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'Row    Weight  Quota  Share',
      '1           1    750    750',
      '2           1    750    750',
      'Total       2  1,500  1,500',
    ]);
  });

  it('defaults the step to the total’s last digit', async () => {
    const r = await run(['--total', '4,83', '--weights', '1', '2', '--json']);
    expect(JSON.parse(r.out)).toEqual({
      total: '4.83',
      step: '0.01',
      allocations: ['1.61', '3.22'],
    });
  });

  it('reads weights from a file, one per line', async () => {
    const file = '3\n2,5\n\n0.5\n½\r\n';
    const r = await run(
      ['--total', '6,5', '--step', '0,5', '--weights-file', 'w.txt', '--json'],
      'da',
      { 'w.txt': file },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).allocations).toEqual(['3', '2.5', '0.5', '0.5']);
  });

  it('keeps 16-digit weights exact and skips a byte-order mark', async () => {
    const file = '\uFEFF9999999999999999\n1\n';
    const r = await run(
      ['--total', '10000000000000000', '--weights-file', 'w.txt', '--json'],
      'da',
      {
        'w.txt': file,
      },
    );
    expect(JSON.parse(r.out).allocations).toEqual(['9999999999999999', '1']);
  });

  const errors: [string, string[], string][] = [
    [
      'total off the step grid',
      ['--total', '4,83', '--step', '0,5', '--weights', '1', '1'],
      'ramme allocate: Totalen 4,83 er ikke et helt antal trin à 0,5.',
    ],
    [
      'negative weight',
      ['--total', '5', '--weights', '1', '-1'],
      'ramme allocate: Vægten i række 2 er negativ; vægte skal være 0 eller større.',
    ],
    ['no total', ['--weights', '1'], 'ramme allocate: --total mangler'],
    ['no weights', ['--total', '5'], 'ramme allocate: angiv --weights eller --weights-file'],
    [
      'unknown flag',
      ['--total', '5', '--weights', '1', '--fast'],
      'ramme allocate: ukendt argument "--fast"',
    ],
    [
      'bad lock',
      ['--total', '5', '--weights', '1', '--lock', 'x'],
      'ramme allocate: --lock skal skrives række=værdi, fx 1=2 (fik "x")',
    ],
    [
      'missing file',
      ['--total', '5', '--weights-file', 'none.txt'],
      'ramme allocate: kan ikke læse filen none.txt',
    ],
    [
      'unreadable weight',
      ['--total', '5', '--weights', '1', 'to'],
      'ramme allocate: vægt 2: "to" er ikke et tal.',
    ],
  ];
  it.each(errors)('%s: exit 2 and one line', async (_name, args, line) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toEqual([line]);
  });

  it('errors in English when the caller asks', async () => {
    const r = await run(['--total', '5', '--weights', '0', '0'], 'en');
    expect(r.err).toEqual(['ramme allocate: Every weight is 0, so the total cannot be spread.']);
  });
});
