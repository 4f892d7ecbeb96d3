/**
 * `--out` never writes over an input or another file: every trap of issue 13 through the built
 * CLI (symbolic and hard links to the input, same-name siblings, an existing file with and
 * without --force, two inputs whose copies would be one file), and a copy that cannot be
 * written is its own error while the file's findings are still printed and counted.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../core/report';
import { SHARED } from '../shared-dir';
import { buildCli, CLEAN_BUDGET, ramme, tempDir, WRONG_BUDGET, writeXlsx } from './helpers';

function sha256(file: string): string {
  return sha256Of(readFileSync(file));
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CSV = 'Post;Beløb i kr.\r\nLøn;500.000\r\nHusleje;130.000\r\nI alt;620.000\r\n';

let wrong: string;

beforeAll(async () => {
  buildCli();
  wrong = path.join(tempDir(), 'forkert.xlsx');
  await writeXlsx(wrong, { 'Budget 2025': WRONG_BUDGET });
});

/** A folder with the wrong budget as `name`, and its hash. */
function folderWith(name: string): { dir: string; file: string; hash: string } {
  const dir = tempDir('ramme-outs-');
  const file = path.join(dir, name);
  copyFileSync(wrong, file);
  return { dir, file, hash: sha256(file) };
}

describe('--out refuses to write over an input', () => {
  it('a symbolic link to the input: exit 2, input unchanged', () => {
    const { dir, file, hash } = folderWith('budget.xlsx');
    const link = path.join(dir, 'kopi.xlsx');
    symlinkSync(file, link);
    for (const force of [[], ['--force']]) {
      const r = ramme(['check', file, '--out', link, ...force]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--out må ikke pege på filen, der tjekkes');
      expect(r.stdout).toBe('');
      expect(sha256(file)).toBe(hash);
    }
  });

  it('a hard link to the input: exit 2, even with --force', () => {
    const { dir, file, hash } = folderWith('budget.xlsx');
    const link = path.join(dir, 'kopi.xlsx');
    linkSync(file, link);
    for (const force of [[], ['--force']]) {
      const r = ramme(['check', file, '--out', link, ...force]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${link} er ${file}`);
      expect(sha256(file)).toBe(hash);
    }
  });

  it('--out naming the input itself, or a CSV input as the folder', () => {
    const { dir, file, hash } = folderWith('budget.xlsx');
    expect(ramme(['check', file, '--out', file]).status).toBe(2);
    const csv = path.join(dir, 'budget.csv');
    writeFileSync(csv, CSV);
    const r = ramme(['check', csv, '--out', csv]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('er en fil');
    expect(readFileSync(csv, 'utf8')).toBe(CSV);
    expect(sha256(file)).toBe(hash);
  });

  it('an input named like another input’s copy is not written over', () => {
    const { dir, file, hash } = folderWith('budget.xlsx');
    const second = path.join(dir, 'budget.xlsx.ramme.xlsx');
    copyFileSync(file, second);
    const r = ramme(['check', file, second, '--out', dir, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out må ikke pege på filen');
    expect(sha256(second)).toBe(hash);
  });
});

describe('--out names copies so they cannot collide', () => {
  it('c/budget.csv --out c beside an existing c/budget.xlsx writes budget.csv.ramme.xlsx', () => {
    const { dir, file: xlsx, hash } = folderWith('budget.xlsx');
    const csv = path.join(dir, 'budget.csv');
    writeFileSync(csv, CSV);
    const r = ramme(['check', csv, '--out', dir]);
    expect(r.status).toBe(1);
    expect(sha256(xlsx)).toBe(hash);
    expect(readFileSync(csv, 'utf8')).toBe(CSV);
    const copy = path.join(dir, 'budget.csv.ramme.xlsx');
    expect(existsSync(copy)).toBe(true);
    expect(r.stdout).toContain(`Markeret kopi: ${copy}`);
  });

  it('m/plan.xlsm --out m beside m/plan.xlsx writes plan.xlsm.ramme.xlsm', () => {
    const { dir, file: xlsx, hash } = folderWith('plan.xlsx');
    const xlsm = path.join(dir, 'plan.xlsm');
    copyFileSync(wrong, xlsm);
    const r = ramme(['check', xlsm, '--out', dir]);
    expect(r.status).toBe(1);
    expect(sha256(xlsx)).toBe(hash);
    expect(sha256(xlsm)).toBe(hash);
    expect(existsSync(path.join(dir, 'plan.xlsm.ramme.xlsm'))).toBe(true);
  });

  it('a folder with templates: each is checked, its copy a workbook (.xltx → .xlsx, .xltm → .xlsm)', () => {
    const { dir } = folderWith('budget.xlsx');
    const template = (name: string, from: string, to: string) => {
      const files = unzipSync(readFileSync(wrong));
      const types = strFromU8(files['[Content_Types].xml']!);
      expect(types).toContain(from);
      files['[Content_Types].xml'] = strToU8(types.replace(from, to));
      writeFileSync(path.join(dir, name), zipSync(files));
    };
    const T = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    template('skabelon.xltx', `${T}.sheet.main+xml`, `${T}.template.main+xml`);
    const out = path.join(dir, 'ud');
    const r = ramme(['check', dir, '--out', out, '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.files.map((f) => path.basename(f.file))).toEqual([
      'budget.xlsx',
      'skabelon.xltx',
    ]);
    expect(report.files[1]!.findings).toEqual(report.files[0]!.findings);
    expect(readdirSync(out).sort()).toEqual(['budget.xlsx.ramme.xlsx', 'skabelon.xltx.ramme.xlsx']);
    const copy = strFromU8(
      unzipSync(readFileSync(path.join(out, 'skabelon.xltx.ramme.xlsx')))['[Content_Types].xml']!,
    );
    expect(copy).toContain(`${T}.sheet.main+xml`);
    expect(copy).not.toContain('template');
  });

  it('a folder with budget.csv, budget.xlsx and plan.xlsm: three copies, the summary shows them', () => {
    const { dir, hash } = folderWith('budget.xlsx');
    writeFileSync(path.join(dir, 'budget.csv'), CSV);
    copyFileSync(wrong, path.join(dir, 'plan.xlsm'));
    const out = path.join(dir, 'ud');
    const r = ramme(['check', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual([
      'budget.csv.ramme.xlsx',
      'budget.xlsx.ramme.xlsx',
      'plan.xlsm.ramme.xlsm',
    ]);
    expect(r.stdout).toMatch(/Fil\s+Tabeller\s+Fejl\s+Advarsler\s+Markeret kopi/);
    expect(r.stdout).toContain(path.join(out, 'plan.xlsm.ramme.xlsm'));
    expect(sha256(path.join(dir, 'budget.xlsx'))).toBe(hash);
    // Run again into the input folder: the earlier copies are not inputs, nor written over.
    const again = ramme(['check', dir, '--out', dir]);
    expect(again.status).toBe(1);
    const twice = ramme(['check', dir, '--out', dir]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('findes allerede');
  });

  it('the same name in two subfolders: copies keep the subfolders', () => {
    const dir = tempDir('ramme-outs-');
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      copyFileSync(wrong, path.join(dir, sub, 'budget.xlsx'));
    }
    const out = path.join(dir, 'ud');
    const r = ramme(['check', dir, '--out', out, '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report.files.map((f) => f.out)).toEqual([
      path.join(out, 'a', 'budget.xlsx.ramme.xlsx'),
      path.join(out, 'b', 'budget.xlsx.ramme.xlsx'),
    ]);
  });

  it('two files given by path whose copies would be one file: refused, nothing written', () => {
    const dir = tempDir('ramme-outs-');
    for (const sub of ['a', 'b']) {
      mkdirSync(path.join(dir, sub));
      copyFileSync(wrong, path.join(dir, sub, 'budget.xlsx'));
    }
    const out = path.join(dir, 'ud');
    const r = ramme([
      'check',
      path.join(dir, 'a', 'budget.xlsx'),
      path.join(dir, 'b', 'budget.xlsx'),
      '--out',
      out,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ville begge hedde');
    expect(existsSync(out)).toBe(false);
  });
});

describe('--out and existing files', () => {
  it('an existing file is not written over without --force, and is with it', () => {
    const { dir, file } = folderWith('budget.xlsx');
    const target = path.join(dir, 'markeret.xlsx');
    writeFileSync(target, 'min egen fil');
    const r = ramme(['check', file, '--out', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${target} findes allerede. Brug --force`);
    expect(readFileSync(target, 'utf8')).toBe('min egen fil');
    const en = ramme(['check', file, '--out', target, '--lang', 'en']);
    expect(en.stderr).toContain('already exists. Use --force');
    const forced = ramme(['check', file, '--out', target, '--force']);
    expect(forced.status).toBe(1);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('--force over a symbolic link replaces the link, never its target', () => {
    const { dir, file } = folderWith('budget.xlsx');
    const elsewhere = path.join(dir, 'andet.txt');
    writeFileSync(elsewhere, 'urørt');
    const link = path.join(dir, 'markeret.xlsx');
    symlinkSync(elsewhere, link);
    expect(ramme(['check', file, '--out', link]).status).toBe(2);
    expect(ramme(['check', file, '--out', link, '--force']).status).toBe(1);
    expect(readFileSync(elsewhere, 'utf8')).toBe('urørt');
    expect(readFileSync(link).subarray(0, 2).toString()).toBe('PK');
  });

  it('a copy that cannot be written is its own error; the findings are still printed', () => {
    const { dir, file } = folderWith('budget.xlsx');
    const blocker = path.join(dir, 'fil');
    writeFileSync(blocker, '');
    // A folder below a plain file cannot be made.
    const out = path.join(blocker, 'ud');
    const r = ramme(['check', file, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/FEJL\s+'Budget 2025'!B6/);
    expect(r.stdout).toContain('KOPI IKKE SKREVET: Den markerede kopi');
    expect(r.stdout).toContain('I alt: 1 fil, 1 tabel, 1 fejl, 0 advarsler, 1 kopi ikke skrevet');
    expect(r.stdout).not.toContain('kan ikke læses');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Den markerede kopi ${path.join(out, 'budget.xlsx.ramme.xlsx')}`);
    const json = JSON.parse(ramme(['check', file, '--out', out, '--json']).stdout) as CheckReport;
    expect(json.files[0]!.error).toBeUndefined();
    expect(json.files[0]!.outError).toMatch(/kunne ikke skrives \(ENOTDIR\)/);
    expect(json.files[0]!.findings.some((f) => f.code === 'TOTAL_MISMATCH')).toBe(true);
  });
});

describe('--force', () => {
  it('is in the help text in Danish and English', () => {
    expect(ramme(['help']).stdout).toContain('--force');
    expect(ramme(['help', '--lang', 'en']).stdout).toContain('let --out write over');
  });

  it('a clean file with --out shows the copy in the report', () => {
    const dir = tempDir('ramme-outs-');
    const file = path.join(dir, 'ren.xlsx');
    return writeXlsx(file, { 'Budget 2025': CLEAN_BUDGET }).then(() => {
      const out = path.join(dir, 'x.xlsx');
      const r = ramme(['check', file, '--out', out, '--lang', 'en']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Annotated copy: ${out}`);
    });
  });
});

describe('.ods', () => {
  const ods = path.join(SHARED, 'writers', 'libreoffice', 'ex-budget-2024.ods');

  it('--out DIR writes an .ods copy: only content.xml differs, mimetype first and stored', () => {
    const dir = tempDir('ramme-outs-');
    const r = ramme(['check', ods, '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FEJL\s+'Budget 2024'!B10/);
    expect(readdirSync(dir)).toEqual(['ex-budget-2024.ods.ramme.ods']);
    const copy = readFileSync(path.join(dir, 'ex-budget-2024.ods.ramme.ods'));
    // mimetype first, stored (method 0), as ODF requires, and byte for byte.
    expect(copy.subarray(30, 38).toString()).toBe('mimetype');
    expect(copy.readUInt16LE(8)).toBe(0);
    const [a, b] = [unzipSync(readFileSync(ods)), unzipSync(copy)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const changed = Object.keys(a).filter((k) => sha256Of(a[k]!) !== sha256Of(b[k]!));
    expect(changed).toEqual(['content.xml']);
    expect(strFromU8(b['content.xml']!)).toContain('table:name="Ramme"');
  });
});

describe('--out FILE and the kind of file the copy is', () => {
  it.each([
    [
      'plan.xlsm',
      'kopi.xlsx',
      'har makroer, og kopien beholder dem, så dens navn skal ende på .xlsm (Excel åbner ikke en projektmappe med makroer under navnet .xlsx).',
    ],
    [
      'budget.xlsx',
      'kopi.xlsm',
      'har ingen makroer, så dens navn skal ende på .xlsx (Excel åbner ikke en projektmappe uden makroer under navnet .xlsm).',
    ],
    ['budget.csv', 'kopi.XLSM', 'har ingen makroer, så dens navn skal ende på .xlsx'],
    ['budget.xlsx', 'kopi.ods', 'er en .xlsx-fil som den selv, så dens navn skal ende på .xlsx.'],
    ['plan.ods', 'kopi.xlsx', 'er en .ods-fil som den selv, så dens navn skal ende på .ods.'],
  ])(
    '%s --out %s: a name Excel would refuse to open, refused before the read',
    (name, out, said) => {
      const { dir, file } = folderWith(name);
      if (name.endsWith('.csv')) writeFileSync(file, CSV);
      const r = ramme(['check', file, '--out', path.join(dir, out)]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stdout).toBe('');
      expect(readdirSync(dir)).toEqual([name]);
    },
  );

  it.each([
    ['budget.csv', 'kopi.csv'],
    ['budget.xlsx', 'kopi.txt'],
    ['budget.xlsx', 'Kopi.PDF'],
  ])('%s --out %s (no such folder): a file name, refused, no folder made', (name, out) => {
    const { dir, file } = folderWith(name);
    if (name.endsWith('.csv')) writeFileSync(file, CSV);
    const r = ramme(['check', file, '--out', path.join(dir, out)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'kopien er en projektmappe, så dens navn skal ende på .xlsx (.xlsm for en .xlsm, .ods for en .ods); angiv det, eller en mappe.',
    );
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('--out naming a folder that exists, or a new one with a dot (rapport.2024): the copy goes in it', () => {
    const { dir, file } = folderWith('budget.xlsx');
    mkdirSync(path.join(dir, 'kopi.csv'));
    expect(ramme(['check', file, '--out', path.join(dir, 'kopi.csv')]).status).toBe(1);
    expect(readdirSync(path.join(dir, 'kopi.csv'))).toEqual(['budget.xlsx.ramme.xlsx']);
    expect(ramme(['check', file, '--out', path.join(dir, 'rapport.2024')]).status).toBe(1);
    expect(readdirSync(path.join(dir, 'rapport.2024'))).toEqual(['budget.xlsx.ramme.xlsx']);
  });

  it.each([
    ['budget.csv', 'kopi.xlsx'],
    ['budget.xlsx', 'KOPI.XLSX'],
  ])('%s --out %s: written', (name, out) => {
    const { dir, file } = folderWith(name);
    if (name.endsWith('.csv')) writeFileSync(file, CSV);
    const r = ramme(['check', file, '--out', path.join(dir, out)]);
    expect(r.status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([out, name].sort());
  });
});

describe('.xlsm', () => {
  it('the copy keeps the macros, so it keeps the macro extension', async () => {
    const dir = tempDir('ramme-outs-');
    const parts = unzipSync(readFileSync(wrong));
    const types = strFromU8(parts['[Content_Types].xml']!).replace(
      'spreadsheetml.sheet.main+xml',
      'ms-excel.sheet.macroEnabled.main+xml',
    );
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
    parts['[Content_Types].xml'] = strToU8(types);
    parts['xl/vbaProject.bin'] = vba;
    const xlsm = path.join(dir, 'plan.xlsm');
    writeFileSync(xlsm, zipSync(parts));
    const r = ramme(['check', xlsm, '--out', dir]);
    expect(r.status).toBe(1);
    const copy = unzipSync(readFileSync(path.join(dir, 'plan.xlsm.ramme.xlsm')));
    expect(copy['xl/vbaProject.bin']).toEqual(vba);
    expect(strFromU8(copy['[Content_Types].xml']!)).toContain('macroEnabled.main+xml');
  });
});
