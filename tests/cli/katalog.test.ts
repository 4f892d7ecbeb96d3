import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KatalogReport } from '../../core/check';
import type { CheckReport } from '../../core/report';
import { buildCli, hasStackTrace, ramme, REPO } from './helpers';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const katalogSchema = ajv.compile(
  JSON.parse(readFileSync(path.join(REPO, 'schema/katalog.schema.json'), 'utf8')),
);
const checkSchema = ajv.compile(
  JSON.parse(readFileSync(path.join(REPO, 'schema/check-report.schema.json'), 'utf8')),
);

function valid(validate: typeof katalogSchema, json: unknown): void {
  if (!validate(json)) throw new Error(JSON.stringify(validate.errors, null, 2));
}

beforeAll(() => buildCli());

const COLUMNS = 'examples/bruttokatalog-2019.xlsx';
const TEXT = 'tests/fixtures/bruttokatalog-2019-tekst.xlsx';

describe('ramme katalog', () => {
  it.each([COLUMNS, TEXT])(
    '--json on %s: one object, valid against schema/katalog.schema.json',
    (file) => {
      const r = ramme(['katalog', file, '--ramme', '15', '--json']);
      expect(r.status).toBe(0);
      const k = JSON.parse(r.stdout) as KatalogReport;
      valid(katalogSchema, k);
      expect([k.version, k.file, k.frame, k.unit, k.total, k.left]).toEqual([
        1,
        file,
        '15',
        'mio. kr.',
        '14.955',
        '0.045',
      ]);
      expect(k.chosen).toHaveLength(9);
      expect(k.chosen[0]).toEqual({
        row: 4,
        label: 'Håndholdt og kontinuerlig virksomhedsindsats',
        area: '1',
        starred: true,
        people: '350',
        need: '4.4',
        costPerPerson: '12571.4285714286',
      });
    },
  );

  it('prints the selection for people, in Danish and in English', () => {
    const da = ramme(['katalog', COLUMNS, '--ramme', '15']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('ramme 15 mio. kr.');
    expect(da.stdout).toContain('12.571,43 kr. pr. person');
    expect(da.stdout).toContain('I alt 14,955 mio. kr.; tilbage 0,045 mio. kr.');
    expect(da.stdout).toContain('nedskaleret: 1 person for 0,028 mio. kr.');
    expect(da.stdout).toContain('Valgt pr. pejlemærke:\n    1: 14,4 mio. kr.');
    const en = ramme(['katalog', COLUMNS, '--ramme', '15', '--lang', 'en']);
    expect(en.stdout).toContain('DKK 12,571.43 per person');
    expect(en.stdout).toContain('Total DKK 14.955m; left DKK 0.045m');
  });

  it('--trin sets the step of the scaled-down suggestions; --orden pris orders by cost', () => {
    const k = JSON.parse(
      ramme(['katalog', COLUMNS, '--ramme', '15', '--trin', '0,01', '--orden', 'pris', '--json'])
        .stdout,
    ) as KatalogReport;
    valid(katalogSchema, k);
    expect(k.chosen[0]!.row).toBe(20);
    // 45.000 kr. left rounds down to 0,04 at 0,01: 1 of 90 at 27.777,78 kr. → 0,03 (up).
    expect(k.rest.find((x) => x.row === 12)!.scaledDown).toEqual({ need: '0.03', people: '1' });
  });

  it.each([
    [['katalog'], 'katalog mangler en fil'],
    [['katalog', COLUMNS], 'katalog mangler --ramme'],
    [['katalog', COLUMNS, '--ramme', 'femten'], 'Rammen skal være et beløb'],
    [['katalog', 'examples/budget-2024.xlsx', '--ramme', '15'], 'intet katalog over indsatser'],
    [['katalog', 'nope.xlsx', '--ramme', '15'], 'nope.xlsx'],
  ])('%j exits 2 with a clear message', (args, message) => {
    const r = ramme(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('the planning operations as commands (core/registry)', () => {
  it.each([
    [['prisprperson', '4.400.000', 'min. 350'], '12.571,428571\n'],
    [['skaler', '4,4', 'min. 350', '200', '0,001'], '2,514\n'],
    [
      ['vaelg', '--behov', '4,4', '2,9', '1,2', '--stjerner', '', '*', '', '--ramme', '5'],
      '0\n1\n1\n', // starred 2,9 first (2,1 left), 4,4 does not fit, 1,2 does
    ],
    [
      ['kapacitet', '--fra', '2009-03-01', '--til', '', '--andel', '1', '--år', '2009', '--json'],
      '',
    ],
  ])('ramme %j', (args, out) => {
    const r = ramme(args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    if (out !== '') expect(r.stdout).toBe(out);
    else
      expect(JSON.parse(r.stdout)).toMatchObject({ operation: 'capacity', unit: 'person-years' });
  });
});

describe('ramme check --json lists the catalogue', () => {
  it.each([COLUMNS, TEXT])('%s', (file) => {
    const r = ramme(['check', file, '--json']);
    const report = JSON.parse(r.stdout) as CheckReport;
    valid(checkSchema, report);
    const list = report.files[0]!.catalogue!;
    expect(list).toHaveLength(27);
    expect(list[0]).toEqual({
      sheet: report.files[0]!.tables[0]!.sheet,
      row: 4,
      label: 'Håndholdt og kontinuerlig virksomhedsindsats',
      starred: true,
      people: '350',
      need: '4.4',
      unit: 'mio. kr.',
      costPerPerson: '12571.4285714286',
    });
    expect(list.find((l) => l.row === 6)).toMatchObject({ need: '550000', unit: 'kr' });
  });
});
