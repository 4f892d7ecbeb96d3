/**
 * Files that are not workbooks: pipes, devices and sockets (and links to them) are refused
 * unopened and at once; names with control characters print escaped; a PDF, a text without
 * separators, an .xls and an encrypted workbook each get exit 2 and their own Danish message.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../core/report';
import { runCli, STACK_TRACE } from '../bad/run-cli';
import { buildCli, REPO, tempDir, WRONG_BUDGET, writeXlsx } from './helpers';

const WRONG_CSV = 'Post;Beløb i kr.\r\nLøn;500.000\r\nHusleje;130.000\r\nI alt;620.000\r\n';
const XLS = path.join(REPO, 'tests/fixtures/bad/legacy-excel-97.xls');
/** Excel's binary workbook, written by SheetJS (scripts/make-writer-corpus-sheetjs.mjs). */
const XLSB = path.join(REPO, 'tests/fixtures/writers/sheetjs/plain.xlsb');
const ENCRYPTED = path.join(REPO, 'tests/fixtures/bad/encrypted.xlsx');

let dir: string;
let server: Server;

beforeAll(async () => {
  buildCli();
  dir = tempDir('ramme-special-');
  execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
  symlinkSync('/dev/zero', path.join(dir, 'nul.xlsx'));
  symlinkSync(path.join(dir, 'pipe.csv'), path.join(dir, 'link-til-pipe.csv'));
  server = createServer();
  await new Promise<void>((done) => server.listen(path.join(dir, 'sokkel.csv'), done));
  await writeXlsx(path.join(dir, 'rigtig.xlsx'), { 'Budget 2025': WRONG_BUDGET });
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** The check's JSON, after a run that must end within 20 s without a crash. */
async function checkJson(args: string[]): Promise<{ code: number | null; report: CheckReport }> {
  const run = await runCli(['check', ...args, '--json'], 20_000);
  expect(run.timedOut, 'hung').toBe(false);
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return { code: run.code, report: JSON.parse(run.stdout) as CheckReport };
}

describe('special files are refused without being opened', () => {
  it.each([
    ['pipe.csv', 'en navngiven pipe (FIFO)'],
    ['link-til-pipe.csv', 'en navngiven pipe (FIFO) (gennem et link)'],
    ['nul.xlsx', 'en enhed (gennem et link)'],
    ['sokkel.csv', 'en socket'],
  ])('%s: exit 2, "%s"', async (name, kind) => {
    const { code, report } = await checkJson([path.join(dir, name)]);
    expect(code).toBe(2);
    expect(report.files[0]!.error).toBe(
      `${path.join(dir, name)} er ikke en almindelig fil, men ${kind}; den åbnes ikke. Angiv en projektmappe (.xlsx, .xlsm, .ods) eller en CSV-fil.`,
    );
  });

  it('a folder holding them: the workbook is checked, each special file refused, no hang', async () => {
    const { code, report } = await checkJson([dir]);
    expect(code).toBe(2);
    const byName = new Map(report.files.map((f) => [path.basename(f.file), f]));
    expect([...byName.keys()].sort()).toEqual([
      'link-til-pipe.csv',
      'nul.xlsx',
      'pipe.csv',
      'rigtig.xlsx',
      'sokkel.csv',
    ]);
    expect(byName.get('rigtig.xlsx')!.findings.some((f) => f.code === 'TOTAL_MISMATCH')).toBe(true);
    for (const n of ['link-til-pipe.csv', 'nul.xlsx', 'pipe.csv', 'sokkel.csv'])
      expect(byName.get(n)!.error).toContain('den åbnes ikke');
  });

  it('in English', async () => {
    const run = await runCli(['check', path.join(dir, 'nul.xlsx'), '--lang', 'en'], 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a regular file but a device (through a link)');
  });
});

describe('file names with control characters', () => {
  it('print escaped: no ESC, BEL or forged line in the report or the messages', async () => {
    const names = ['rød\u001b[31m\u0007.csv', 'to\nFEJL  falsk!A1  forfalsket linje.csv'];
    const sub = path.join(dir, 'navne');
    mkdirSync(sub);
    for (const n of names) writeFileSync(path.join(sub, n), WRONG_CSV);
    writeFileSync(path.join(sub, 'slet\u001b]0;titel\u0007.xlsx'), 'ikke en projektmappe');
    const run = await runCli(['check', sub], 20_000);
    expect(run.code).toBe(2);
    const all = run.stdout + run.stderr;
    expect(['\u001b', '\u0007'].filter((c) => all.includes(c))).toEqual([]);
    expect(run.stdout.split('\n').some((l) => l.startsWith('FEJL  falsk'))).toBe(false);
    expect(run.stdout).toContain('to\\nFEJL  falsk!A1  forfalsket linje.csv');
    expect(run.stdout).toContain('rød\\x1b[31m\\x07.csv');
    expect(run.stderr).toContain('slet\\x1b]0;titel\\x07.xlsx');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('files that are not workbooks get exit 2 and a message', () => {
  it.each([
    [
      'rapport.xlsx',
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n',
      'er en PDF-fil, ikke en projektmappe eller en CSV-fil',
    ],
    [
      'noter.csv',
      'Husk at ringe til økonomi\nMødet er flyttet til torsdag\n',
      'ligner ikke en CSV-fil',
    ],
  ])('%s', async (name, content, message) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const { code, report } = await checkJson([file]);
    expect(code).toBe(2);
    expect(report.files[0]!.error).toContain(`${name} ${message}`);
  });

  it('a one-line CSV and a sep= line are still CSV', async () => {
    const file = path.join(dir, 'en-linje.csv');
    writeFileSync(file, 'sep=;\r\nLøn\r\n');
    expect((await checkJson([file])).code).toBe(0);
  });

  it('.xls: how to convert it, in Danish and English', async () => {
    const { code, report } = await checkJson([XLS]);
    expect(code).toBe(2);
    expect(report.files[0]!.error).toContain('er i det gamle Excel-format (.xls)');
    expect(report.files[0]!.error).toContain('Gem som > Excel-projektmappe (*.xlsx)');
    expect(report.files[0]!.error).toContain('soffice --headless --convert-to xlsx');
    const en = await runCli(['check', XLS, '--lang', 'en'], 20_000);
    expect(en.stderr).toContain('File > Save As > Excel Workbook (*.xlsx)');
  });

  it('an encrypted workbook is told apart from an .xls', async () => {
    const { report } = await checkJson([ENCRYPTED]);
    expect(report.files[0]!.error).toContain('er krypteret (beskyttet med adgangskode)');
    expect(report.files[0]!.error).not.toContain('gamle Excel-format');
  });

  it('.xlsb: said to be a binary workbook, with how to convert it, in Danish and English', async () => {
    const { code, report } = await checkJson([XLSB]);
    expect(code).toBe(2);
    expect(report.files[0]!.error).toContain('plain.xlsb er en binær Excel-projektmappe (.xlsb)');
    expect(report.files[0]!.error).toContain('soffice --headless --convert-to xlsx "plain.xlsb"');
    const en = await runCli(['check', XLSB, '--lang', 'en'], 20_000);
    expect(en.stderr).toContain('plain.xlsb is an Excel binary workbook (.xlsb)');
    expect(en.stderr).toContain('File > Save As > Excel Workbook (*.xlsx)');
  });

  it('a folder run lists an .xlsb beside an .xlsx instead of skipping it', async () => {
    const sub = path.join(dir, 'binaer');
    mkdirSync(sub);
    copyFileSync(XLSB, path.join(sub, 'stor.xlsb'));
    copyFileSync(
      path.join(REPO, 'tests/fixtures/writers/sheetjs/plain.xlsx'),
      path.join(sub, 'plain.xlsx'),
    );
    const { code, report } = await checkJson([sub]);
    expect(code).toBe(2);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['plain.xlsx', 'stor.xlsb']);
    expect(report.files[0]!.error).toBeUndefined();
    expect(report.files[0]!.findings.length).toBeGreaterThan(0);
    expect(report.files[1]!.error).toContain('binær Excel-projektmappe');
  });

  it('a folder run lists an .xls with the conversion message instead of skipping it', async () => {
    const sub = path.join(dir, 'gammel');
    mkdirSync(sub);
    copyFileSync(XLS, path.join(sub, 'budget.xls'));
    const { code, report } = await checkJson([sub]);
    expect(code).toBe(2);
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['budget.xls']);
    expect(report.files[0]!.error).toContain('gamle Excel-format');
  });
});
