import { describe, expect, it } from 'vitest';
import { runRegistryCommand } from '../../core/cli/registry-command';
import { operationByCliName } from '../../core/registry';

/** Runs `ramme <name> …args` in process: stdout, stderr lines and the exit code. */
function cmd(name: string, ...args: string[]): { out: string; err: string[]; code: number } {
  let out = '';
  const err: string[] = [];
  const lang = args.includes('en') && args.includes('--lang') ? 'en' : 'da';
  const code = runRegistryCommand(
    operationByCliName(name)!,
    args,
    { out: (t) => void (out += t), err: (l) => void err.push(l) },
    lang,
  );
  return { out, err, code };
}

describe('registry subcommands: words and codes (issue 16)', () => {
  it('pp --from 0.566 --to 0.603 reads shares: 3,7 procentpoint, not 0,04', () => {
    expect(cmd('pp', '--from', '0.566', '--to', '0.603')).toEqual({
      out: '3,7 procentpoint\n',
      err: [],
      code: 0,
    });
  });

  it('aarsrate of values that are not percentages says no procentpoint', () => {
    const r = cmd('aarsrate', '--values', '100', '200', '300', '--periods', '2019', '2020', '2021');
    expect(r.out).toBe('100 pr. år\n');
    const json = cmd(
      'aarsrate',
      '--values',
      '100',
      '200',
      '300',
      '--periods',
      '2019',
      '2020',
      '2021',
      '--json',
    );
    expect(JSON.parse(json.out)).toEqual({
      operation: 'ratePerYear',
      value: '100',
      unit: 'per-year',
    });
    const pct = cmd('aarsrate', '--values', '92,7 %', '93,1 %', '--periods', '2010', '2012');
    expect(pct.out).toBe('0,2 procentpoint pr. år\n');
    const money = cmd(
      'aarsrate',
      '--values',
      '4,4 mio. kr.',
      '5,4 mio. kr.',
      '--periods',
      '2019',
      '2020',
    );
    expect(money.out).toBe('1 mio. kr. pr. år\n');
  });

  it('aarsvaerk --share 50% is half time', () => {
    const r = cmd('aarsvaerk', '--from', '', '--to', '', '--share', '50%', '--year', '2009');
    expect(r).toEqual({ out: '0,5 årsværk\n', err: [], code: 0 });
  });

  it('tal "1.572.000,50" keeps the decimals written; JSON carries unit codes, never "same"', () => {
    expect(cmd('tal', '1.572.000,50').out).toBe('1.572.000,50\n');
    expect(JSON.parse(cmd('tal', '1.572.000,50', '--json').out)).toEqual({
      operation: 'parseNumber',
      value: '1572000.5',
      unit: 'count',
    });
    expect(JSON.parse(cmd('tal', '10,1 procentpoint', '--json').out).unit).toBe('points');
    expect(cmd('tal', '10,1 procentpoint').out).toBe('10,1 procentpoint\n');
    expect(
      JSON.parse(cmd('fordel', '--total', '4,4 mio. kr.', '--weights', '1', '1', '--json').out),
    ).toEqual({
      operation: 'allocate',
      values: ['2.2', '2.2'],
      unit: 'mio. kr.',
    });
  });

  it.each([
    [
      ['fordel', '--total', '5', '--weights', '3', '2', '2', '--step', '0'],
      'ramme fordel: Trinnet skal være større end 0.',
    ],
    [
      ['opfyldelse', '--result', '1', '--target', '4', '--quarter', '5'],
      'ramme opfyldelse: Kvartalet skal være 1, 2, 3 eller 4, ikke 5.',
    ],
    [
      ['aartilmaal', '--values', '0.927', '0.931', '--periods', '2010', '2012', '--target', '100'],
      'ramme aartilmaal: Værdierne blander brøker og procenttal (0,927 og 100): en celle med procentformat holder 0,927 for 92,7 %. Skriv alle som procenttal (92,7) eller alle som procentceller (92,7 %).',
    ],
  ])('bad input %j goes to stderr with exit 2, nothing on stdout', (argv, line) => {
    const [name, ...rest] = argv;
    expect(cmd(name!, ...rest)).toEqual({ out: '', err: [line], code: 2 });
  });

  it('opfyldelse of shares after a quarter is not scaled (issue 14.1)', () => {
    expect(cmd('opfyldelse', '--result', '81%', '--target', '85%', '--quarter', '2').out).toBe(
      '95,29 %\nForventet ved årets udgang: 81; under målet.\n',
    );
    expect(cmd('opfyldelse', '--result', '65%', '--target', '60-70%', '--quarter', '1').out).toBe(
      '108,33 %\nForventet ved årets udgang: 65; inden for intervallet.\n',
    );
  });

  it('opfyldelse --json carries the position and the forecast method as codes', () => {
    const r = cmd(
      'opfyldelse',
      '--result',
      '65%',
      '--target',
      '60-70%',
      '--quarter',
      '1',
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({
      operation: 'attainment',
      unit: 'percent',
      position: 'within',
      forecast: 'not-scaled',
    });
    const count = cmd(
      'opfyldelse',
      '--result',
      '160',
      '--target',
      '350',
      '--quarter',
      '2',
      '--json',
    );
    expect(JSON.parse(count.out)).toMatchObject({ position: 'below', forecast: 'run-rate' });
  });

  it('aartilmaal when the target is reached says so, exit 0 (issue 14.2)', () => {
    expect(
      cmd('aartilmaal', '--values', '62', '66', '--periods', '2019', '2023', '--target', '65'),
    ).toEqual({
      out: 'Målet er allerede nået.\n',
      err: [],
      code: 0,
    });
  });
});

describe('list values given in one word', () => {
  it.each([
    [['--weights', '3;2;1'], '5\n3,3\n1,7\n'],
    [['--weights', '3', '2', '1'], '5\n3,3\n1,7\n'],
    [['--weights', '3;2', '1'], '5\n3,3\n1,7\n'],
    // A blank between separators is a blank row, as an empty word is.
    [['--weights', '3;;1'], '7,5\n\n2,5\n'],
    [['--weights', '3', '', '1'], '7,5\n\n2,5\n'],
    // A space is a thousands separator and a comma a decimal one: never a list.
    [['--weights', '1 000', '1.000'], '5\n5\n'],
    [['--weights', '1,5', '0,5'], '7,5\n2,5\n'],
  ])('fordel --total 10 %j', (weights, out) => {
    expect(cmd('fordel', '--total', '10', ...weights, '--step', '0,1')).toEqual({
      out,
      err: [],
      code: 0,
    });
  });

  it('aartilmaal reads "40;45;50" and "2020;2021;2022" as three values each', () => {
    const r = cmd(
      'aartilmaal',
      '--values',
      '40;45;50',
      '--periods',
      '2020;2021;2022',
      '--target',
      '60',
    );
    expect(r).toEqual({ out: '2 år\n', err: [], code: 0 });
  });

  it('the help of a command with a list says how to give one (da, en)', () => {
    expect(cmd('fordel', '--help').out).toContain(
      'Flere værdier skrives efter hinanden eller med semikolon: --weights 3 2 1 eller --weights "3;2;1".',
    );
    expect(cmd('fordel', '--help', '--lang', 'en').out).toContain(
      'Several values go one after another or with semicolons: --weights 3 2 1 or --weights "3;2;1".',
    );
    expect(cmd('pp', '--help').out).not.toContain('semikolon');
  });
});
