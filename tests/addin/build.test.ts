/**
 * The production build of the add-in and the page (webpack --mode production, shared with the
 * e2e tests through tests/e2e/build-web.ts) checked for what `npm run build` delivers: the
 * pane, functions.json with every RAMME function, the manifest and icons; and that nothing in
 * it, or in the add-in's source, reaches any origin but Office's CDN.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../e2e/build-web';

// The one production build the e2e tests use too (built once, under a lock, when stale).
let OUT = '';
let files: string[] = [];
const read = (f: string) => readFileSync(path.join(OUT, f), 'utf8');

beforeAll(async () => {
  OUT = await buildWeb();
  files = readdirSync(OUT, { recursive: true }).map(String);
}, 600_000);

describe('npm run build', () => {
  it('emits the pane, the functions with functions.json, the commands, the manifest and icons', () => {
    for (const f of [
      'taskpane.html',
      'taskpane.js',
      'functions.html',
      'functions.js',
      'functions.json',
      'functions-en.json',
      'commands.html',
      'commands.js',
      'manifest.xml',
      'assets/icon-16.png',
      'assets/icon-32.png',
      'assets/icon-64.png',
      'assets/icon-80.png',
    ]) {
      expect(files).toContain(f);
    }
    const json = JSON.parse(read('functions.json')) as { functions: Array<{ id: string }> };
    expect(json.functions.map((f) => f.id).sort()).toEqual(
      expect.arrayContaining(['AARSRATE', 'AARTILMAAL', 'FORDEL', 'OPFYLDELSE', 'PP', 'TAL']),
    );
    // The plugin's loader associates each id with its wrapper in the functions bundle.
    for (const { id } of json.functions)
      expect(read('functions.js')).toContain(`CustomFunctions.associate("${id}"`);
    const en = JSON.parse(read('functions-en.json')) as {
      functions: Array<{ id: string; description: string }>;
    };
    expect(en.functions.map((f) => f.id)).toEqual(json.functions.map((f) => f.id));
    expect(en.functions.find((f) => f.id === 'FORDEL')!.description).toMatch(/^Spreads a total/);
    // Only the Danish wrappers are bundled; the English file is metadata.
    expect(read('functions.js')).not.toContain('functions.en');
    expect(read('manifest.xml')).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it('loads Office.js from the CDN first and bundles under a strict CSP', () => {
    const html = read('taskpane.html');
    // Minified HTML drops attribute quotes where it can.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(scripts.slice(1).every((s) => !/^https?:/.test(s!))).toBe(true);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const csp =
      /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("connect-src 'self' https://appsforoffice.microsoft.com");
  });
});

/**
 * URLs that are names, not places: XML namespaces (also the Office Open XML ones in ExcelJS,
 * which the pane loads lazily when opened outside Office to become the web page), and links in
 * libraries' error and licence text. What is actually requested at run time is recorded by the
 * e2e tests, which fail on any request beyond the page's own origin.
 */
const NOT_FETCHED = [
  /^http:\/\/www\.w3\.org\//,
  /^https:\/\/reactjs\.org\/docs\/error-decoder\.html/,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\//,
  /^http:\/\/purl\.org\/dc\//,
  // Strict OOXML's namespace names, which the writer recognises in a package; never fetched.
  /^http:\/\/purl\.oclc\.org\/ooxml\//,
  /^https:\/\/github\.com\/(exceljs|zloirock|indutny|uuidjs|crypto-browserify)\//,
  /^https:\/\/stuk\.github\.io\/jszip\//,
];
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com(\/|$)/;

/** Block comments and whole-line comments (library credits) are not code; strings stay. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function urls(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`)<>;,\\]+/g)].map((m) => m[0]);
}

describe('no network but Office.js', () => {
  it('the built pane, functions and commands name no other origin and make no requests', () => {
    for (const f of files.filter((x) => /\.(js|html|json)$/.test(x))) {
      const text = f.endsWith('.js') ? code(read(f)) : read(f);
      const foreign = urls(text).filter(
        (u) => !OFFICE_CDN.test(u) && !NOT_FETCHED.some((r) => r.test(u)),
      );
      expect(foreign, f).toEqual([]);
      expect(text, f).not.toMatch(
        /@font-face|fonts\.googleapis|navigator\.sendBeacon|new WebSocket|new EventSource/,
      );
    }
  });

  it("the add-in's own source calls no fetch or XHR and names no other origin", () => {
    const roots = [
      'addin/taskpane',
      'addin/excel',
      'addin/functions',
      'addin/commands',
      'addin/host',
      'core/registry',
    ];
    const source = roots.flatMap((r) =>
      readdirSync(r, { recursive: true })
        .map(String)
        .filter((f) => /\.(ts|tsx|html)$/.test(f))
        .map((f) => path.join(r, f)),
    );
    expect(source.length).toBeGreaterThan(20);
    for (const f of [...source, 'webpack.config.js']) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource/);
      const foreign = urls(text).filter(
        (u) => !OFFICE_CDN.test(u) && !/^https:\/\/localhost:3000/.test(u),
      );
      expect(foreign, f).toEqual([]);
    }
  });
});
