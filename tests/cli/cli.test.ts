import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../core/report';
import {
  buildCli,
  CLEAN_BUDGET,
  DOMAIN_EXAMPLES,
  hasStackTrace,
  ramme,
  REPO,
  tempDir,
  WRONG_BUDGET,
  writeXlsx,
} from './helpers';

const schema = JSON.parse(readFileSync(path.join(REPO, 'schema/check-report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function parseJson(stdout: string): CheckReport {
  const report = JSON.parse(stdout) as CheckReport;
  const valid = validate(report);
  if (!valid) throw new Error(JSON.stringify(validate.errors, null, 2));
  return report;
}

let dir: string;
let clean: string;
let wrong: string;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  clean = path.join(dir, 'ren.xlsx');
  wrong = path.join(dir, 'forkert.xlsx');
  await writeXlsx(clean, { 'Budget 2025': CLEAN_BUDGET });
  await writeXlsx(wrong, { 'Budget 2025': WRONG_BUDGET });
});

describe('ramme: help, version, usage', () => {
  it('--version prints the package version', () => {
    const r = ramme(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('ramme 0.1.0');
  });

  it('help is Danish by default and English with --lang en', () => {
    const da = ramme(['help']);
    expect(da.status).toBe(0);
    expect(da.stdout).toContain('Brug:');
    expect(da.stdout).toContain('ramme check <fil|mappe>');
    const en = ramme(['--help', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).toContain('ramme check <file|folder>');
  });

  it.each([
    [['frobnicate'], 'ukendt kommando'],
    [['check'], 'angiv mindst én fil'],
    [['check', 'x.xlsx', '--year', 'nu'], '--year skal være et årstal'],
    [['check', 'x.xlsx', '--bogus'], 'ukendt tilvalg'],
  ])('usage error %j: exit 2, one Danish line, no stack trace', (args, text) => {
    const r = ramme(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('ramme check: exit codes', () => {
  it('0 when nothing is wrong', () => {
    const r = ramme(['check', clean]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ingen fund.');
    expect(r.stdout).toContain('I alt: 1 fil, 1 tabel, 0 fejl, 0 advarsler');
  });

  it('1 when there are error findings, with the cell and both values in Danish format', () => {
    const r = ramme(['check', wrong]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FEJL\s+'Budget 2025'!B6/);
    expect(r.stdout).toContain('620.000 kr.');
    expect(r.stdout).toContain('630.000 kr.');
    expect(r.stderr).toBe('');
  });

  it('2 for a file that does not exist, with a one-line Danish message', () => {
    const r = ramme(['check', path.join(dir, 'findes-ikke.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('findes ikke');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('2 for a corrupt workbook, no stack trace', () => {
    const bad = path.join(tempDir(), 'beskadiget.xlsx');
    writeFileSync(
      bad,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
    );
    const r = ramme(['check', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('beskadiget.xlsx');
    expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
  });

  it('2 for a sheet that is not there', () => {
    const r = ramme(['check', clean, '--sheet', 'Findes ikke']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Arket "Findes ikke" findes ikke');
  });
});

describe('ramme check --json', () => {
  it('prints exactly one JSON object that the schema accepts, for every domain example', () => {
    const r = ramme(['check', DOMAIN_EXAMPLES, '--json']);
    expect([0, 1]).toContain(r.status);
    const report = parseJson(r.stdout);
    expect(report.version).toBe(3);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(
      readdirSync(DOMAIN_EXAMPLES)
        .filter((f) => f.endsWith('.xlsx'))
        .sort(),
    );
    expect(report.files.every((f) => f.error === undefined && f.tables.length > 0)).toBe(true);
  });

  it('--lang en gives English messages; the numbers stay decimal strings', () => {
    const r = ramme(['check', wrong, '--json', '--lang', 'en']);
    expect(r.status).toBe(1);
    const report = parseJson(r.stdout);
    const f = report.files[0]!.findings[0]!;
    expect(f).toMatchObject({
      code: 'TOTAL_MISMATCH',
      cell: 'B6',
      expected: '630000',
      actual: '620000',
    });
    expect(f.message).toContain('DKK 620,000');
    expect(f.message).toContain('add up to');
  });

  it('the JSON is the same in both languages but for the messages: codes, never words', () => {
    const json = (lang: string): unknown => {
      const report = parseJson(ramme(['check', 'examples', '--json', '--lang', lang]).stdout);
      return report.files.map((f) => ({
        ...f,
        findings: f.findings.map(({ message: _message, ...rest }) => rest),
      }));
    };
    const da = json('da');
    expect(json('en')).toEqual(da);
    const text = JSON.stringify(da);
    expect(text).not.toMatch(/Fremgang|Tilbagegang|Uændret|står stille/);
    expect(text).toContain('"status":"progress"');
    expect(text).toContain('"reason":"NO_CHANGE"');
  });

  it('--lang en human output is English', () => {
    const r = ramme(['check', wrong, '--lang', 'en']);
    expect(r.stdout).toContain('  1 error:');
    expect(r.stdout).toMatch(/ERROR\s+'Budget 2025'!B6/);
    expect(r.stdout).toContain('In all: 1 file, 1 table, 1 error, 0 warnings');
  });

  it('--range limits the check to one table', () => {
    const r = ramme(['check', wrong, '--range', 'A3:B5', '--json']);
    const report = parseJson(r.stdout);
    expect(report.files[0]!.tables).toMatchObject([
      { sheet: 'Budget 2025', range: 'A3:B5', kind: 'budget', unit: 'kr' },
    ]);
    expect(report.files[0]!.findings).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('ramme check: --year and --sheet', () => {
  it('--year sets the plan year: the 2009 plan against 2010 staff has full capacity (5)', () => {
    const plan = path.join(REPO, 'examples/arbejdsplan-2009.xlsx');
    const y2009 = parseJson(ramme(['check', plan, '--json']).stdout).files[0]!;
    expect(y2009.capacity).toMatchObject([
      {
        sheet: 'Arbejdsplan 2009',
        year: 2009,
        capacity: '4.8333333333',
        allocated: '5',
        difference: '-0.1666666667',
        proposalTotal: '4.75',
      },
    ]);
    const r = ramme(['check', plan, '--year', '2010', '--json']);
    expect(r.status).toBe(0);
    const y2010 = parseJson(r.stdout).files[0]!;
    expect(y2010.capacity).toEqual([
      { sheet: 'Arbejdsplan 2009', year: 2010, capacity: '5', allocated: '5', difference: '0' },
    ]);
    expect(y2010.findings).toEqual([]);
  });

  it('--sheet checks one sheet only', () => {
    const r = ramme([
      'check',
      path.join(REPO, 'examples/budget-2024.xlsx'),
      '--sheet',
      'Budgetopfølgning',
      '--json',
    ]);
    const file = parseJson(r.stdout).files[0]!;
    expect(file.tables.map((t) => t.sheet)).toEqual(['Budgetopfølgning']);
    expect(file.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['BUDGET_COLUMN_MISMATCH D6']);
    expect(r.status).toBe(1);
  });
});

describe('ramme check: folders', () => {
  it('a corrupt file in a folder does not stop the others', async () => {
    const folder = tempDir('ramme-folder-');
    copyFileSync(clean, path.join(folder, 'a-ren.xlsx'));
    writeFileSync(path.join(folder, 'b-beskadiget.xlsx'), 'PK\u0003\u0004 ikke en rigtig zip');
    copyFileSync(wrong, path.join(folder, 'c-forkert.xlsx'));
    writeFileSync(path.join(folder, 'noter.txt'), 'ikke et regneark');
    const r = ramme(['check', folder, '--json']);
    expect(r.status).toBe(2);
    const report = parseJson(r.stdout);
    expect(report.files.map((f) => path.basename(f.file))).toEqual([
      'a-ren.xlsx',
      'b-beskadiget.xlsx',
      'c-forkert.xlsx',
    ]);
    const [a, b, c] = report.files;
    expect(a!.error).toBeUndefined();
    expect(a!.tables).toHaveLength(1);
    expect(b!.error).toContain('b-beskadiget.xlsx');
    expect(b!.tables).toEqual([]);
    expect(c!.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['TOTAL_MISMATCH B6']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('the human report has a summary table over the files', () => {
    const folder = tempDir('ramme-folder-');
    copyFileSync(clean, path.join(folder, 'ren.xlsx'));
    copyFileSync(wrong, path.join(folder, 'forkert.xlsx'));
    const r = ramme(['check', folder]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Fil\s+Tabeller\s+Fejl\s+Advarsler/);
    expect(r.stdout).toContain('I alt: 2 filer, 2 tabeller, 1 fejl, 0 advarsler');
  });
});

describe('ramme check --out', () => {
  it('writes an annotated copy and leaves the input byte-identical', async () => {
    const folder = tempDir('ramme-out-');
    const input = path.join(folder, 'budget.xlsx');
    copyFileSync(wrong, input);
    const before = sha256(input);
    const out = path.join(folder, 'markeret.xlsx');
    const r = ramme(['check', input, '--out', out]);
    expect(r.status).toBe(1);
    expect(sha256(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet('Budget 2025')!.getCell('B6');
    expect(cell.value).toBe('620.000');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain('630.000 kr.');
    const sheet = wb.getWorksheet('Ramme')!;
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))));
    expect(texts).toContain('TOTAL_MISMATCH');
    expect(texts).toContain("'Budget 2025'!B6");
  });

  it('with a folder and --out DIR writes one copy per file, never over the input', () => {
    const folder = tempDir('ramme-out-');
    copyFileSync(clean, path.join(folder, 'ren.xlsx'));
    copyFileSync(wrong, path.join(folder, 'forkert.xlsx'));
    const hashes = ['ren.xlsx', 'forkert.xlsx'].map((f) => sha256(path.join(folder, f)));
    const out = path.join(folder, 'markeret');
    const r = ramme(['check', folder, '--out', out]);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['forkert.xlsx.ramme.xlsx', 'ren.xlsx.ramme.xlsx']);
    expect(['ren.xlsx', 'forkert.xlsx'].map((f) => sha256(path.join(folder, f)))).toEqual(hashes);
    // Into the input's own folder: the copy gets another name.
    const again = ramme(['check', path.join(folder, 'ren.xlsx'), '--out', folder]);
    expect(again.status).toBe(0);
    expect(existsSync(path.join(folder, 'ren.xlsx.ramme.xlsx'))).toBe(true);
    expect(sha256(path.join(folder, 'ren.xlsx'))).toBe(hashes[0]);
  });

  it('refuses to write over the file being checked', () => {
    const r = ramme(['check', clean, '--out', clean]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out må ikke pege på filen');
  });
});
