/**
 * The pane, the custom-functions page, the commands page and the web page: a strict
 * Content-Security-Policy (no inline script, no eval, connect-src 'self' plus Office's own),
 * in the HTML templates and in the built HTML webpack produces from them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../bad/run-cli';
import { codeFromStrings, cspOf, cspProblems, foreignScripts, inlineCode } from './csp';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

describe('the CSP judge', () => {
  const strict =
    "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; connect-src 'self'; object-src 'none'; base-uri 'self'";
  const page = (csp: string, body = '') =>
    `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body>${body}</body></html>`;

  it('accepts a strict policy and rejects each weakening', () => {
    expect(cspProblems(cspOf(page(strict)))).toEqual([]);
    expect(
      cspProblems(
        cspOf(page(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))),
      ),
    ).not.toEqual([]);
    expect(
      cspProblems(
        cspOf(page(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))),
      ),
    ).not.toEqual([]);
    expect(
      cspProblems(
        cspOf(
          page(strict.replace("connect-src 'self'", "connect-src 'self' https://evil.example")),
        ),
      ),
    ).not.toEqual([]);
    expect(
      cspProblems(cspOf(page(strict.replace("connect-src 'self'", 'connect-src *')))),
    ).not.toEqual([]);
    expect(cspProblems(cspOf('<html></html>'))).toEqual(['no Content-Security-Policy meta']);
  });

  it('finds eval and new Function in bundles, except two unreachable library shims', () => {
    expect(codeFromStrings('a=eval(x);b=new Function("a",c)')).toHaveLength(2);
    expect(codeFromStrings('x.eval(y); return this||new Function("return this")()')).toEqual([]);
  });

  it('finds inline scripts, handlers and foreign scripts', () => {
    expect(inlineCode('<script>alert(1)</script>')).toHaveLength(1);
    expect(inlineCode('<img src=x onerror="alert(1)">')).toHaveLength(1);
    expect(inlineCode('<script defer src="taskpane.js"></script>')).toEqual([]);
    expect(foreignScripts('<script src="https://cdn.example/x.js"></script>')).toEqual([
      'https://cdn.example/x.js',
    ]);
  });
});

describe('the HTML templates', () => {
  const templates = htmlFiles(path.join(ROOT, 'addin'));

  it('are there: pane, functions, commands', () => {
    const names = templates.map((t) => path.basename(t));
    expect(names).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.html', 'commands.html']),
    );
  });

  it.each(templates.map((t) => [path.relative(ROOT, t), t]))(
    '%s has a strict CSP and no inline code',
    (_, file) => {
      const html = readFileSync(file, 'utf8');
      expect(cspProblems(cspOf(html))).toEqual([]);
      expect(inlineCode(html)).toEqual([]);
      expect(foreignScripts(html)).toEqual([]);
    },
  );
});

describe('the built pages (webpack production build)', () => {
  let out = '';

  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'ramme-csp-'));
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
        '--mode',
        'production',
        '--output-path',
        out,
      ],
      { cwd: ROOT, stdio: 'pipe', timeout: 400_000 },
    );
  }, 420_000);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('keep the strict CSP, load scripts only from the add-in and Office, inline none', () => {
    const pages = htmlFiles(out);
    expect(pages.map((p) => path.basename(p))).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.html', 'commands.html']),
    );
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(cspProblems(cspOf(html)), path.basename(file)).toEqual([]);
      expect(inlineCode(html), path.basename(file)).toEqual([]);
      expect(foreignScripts(html), path.basename(file)).toEqual([]);
    }
  });

  it('ship no eval or new Function in any bundle (the CSP would block them at run time)', () => {
    const bundles = readdirSync(out).filter((f) => f.endsWith('.js'));
    expect(bundles.length).toBeGreaterThan(0);
    const hits = bundles.flatMap((f) =>
      codeFromStrings(readFileSync(path.join(out, f), 'utf8')).map((h) => `${f}: ${h}`),
    );
    expect(hits).toEqual([]);
  });
});
