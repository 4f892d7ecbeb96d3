/**
 * No code from strings and no HTML from cells: the ESLint rules exist, fire on a sample, apply
 * to every source file, and the source tree has none of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bad/run-cli';

const SAMPLE = `
export function Pane({ html, code }: { html: string; code: string }) {
  eval(code);
  (0, eval)(code);
  globalThis.eval(code);
  const f = new Function('a', code);
  const g = Function(code);
  setTimeout('run(' + code + ')', 10);
  return <div dangerouslySetInnerHTML={{ __html: html }} onClick={() => f(g)} />;
}
`;

const RULES = ['no-eval', 'no-implied-eval', 'no-new-func', 'no-restricted-syntax'];

describe('the lint rules against code from strings and HTML from cells', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it('fire on every eval, Function and dangerouslySetInnerHTML in a sample', async () => {
    const [result] = await eslint.lintText(SAMPLE, {
      filePath: path.join(ROOT, 'addin/taskpane/sample.tsx'),
    });
    const hits = result!.messages.map((m) => `${m.line}:${m.ruleId}`);
    expect(hits).toEqual(
      expect.arrayContaining([
        '3:no-eval',
        '4:no-eval',
        '5:no-eval',
        '6:no-new-func',
        '7:no-new-func',
        '8:no-implied-eval',
        '9:no-restricted-syntax',
      ]),
    );
  });

  it.each([
    'core/numbers/x.ts',
    'core/cli/x.ts',
    'addin/excel/x.ts',
    'addin/taskpane/x.tsx',
    'bench/x.ts',
    'scripts/x.ts',
  ])('are errors for %s', async (file) => {
    const config = (await eslint.calculateConfigForFile(path.join(ROOT, file))) as {
      rules: Record<string, unknown>;
    };
    for (const rule of RULES) {
      const setting = config.rules[rule];
      const level = Array.isArray(setting) ? setting[0] : setting;
      expect([2, 'error'], `${rule} in ${file}`).toContain(level);
    }
  });
});

/** Source folders whose files ship or run on users' data. */
const SOURCE_DIRS = ['core', 'addin', 'bin', 'scripts', 'bench'];
const SOURCE_EXT = /\.(ts|tsx|js|mjs|cjs|html)$/;

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) return sourceFiles(path.join(dir, name));
    return SOURCE_EXT.test(name) ? [path.join(dir, name)] : [];
  });
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  [
    'innerHTML/outerHTML assignment',
    /\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(/,
  ],
  ['eval', /(^|[^\w.$])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
];

describe('the source tree', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  it('is scanned', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no eval, new Function, dangerouslySetInnerHTML or HTML injection anywhere', () => {
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return; // comments may name what is forbidden
        for (const [what, re] of FORBIDDEN)
          if (re.test(line)) hits.push(`${file}:${i + 1} ${what}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
