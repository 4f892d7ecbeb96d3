/** Reads a page's Content-Security-Policy meta and judges it against Ramme's rules. */

/** Office's own origins: Office.js and the custom-functions runtime, Office on the web. */
export const OFFICE_ORIGINS = [
  'https://appsforoffice.microsoft.com',
  'https://*.office.com',
  'https://*.office.net',
  'https://*.officeapps.live.com',
];

export type Csp = Map<string, string[]>;

export function cspOf(html: string): Csp | undefined {
  const meta = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i.exec(html);
  if (!meta) return undefined;
  const content = /\bcontent\s*=\s*("([^"]*)"|'([^']*)')/i.exec(meta[0]);
  if (!content) return undefined;
  const policy: Csp = new Map();
  for (const directive of (content[2] ?? content[3] ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const UNSAFE = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'wasm-unsafe-eval'",
  "'unsafe-hashes'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
];

/** What is wrong with a policy; empty when it is strict enough. */
export function cspProblems(csp: Csp | undefined): string[] {
  if (!csp) return ['no Content-Security-Policy meta'];
  const problems: string[] = [];
  const allowed = new Set(["'self'", ...OFFICE_ORIGINS]);
  const defaults = csp.get('default-src');
  if (!defaults || !defaults.every((s) => s === "'self'" || s === "'none'")) {
    problems.push(`default-src must be 'self' or 'none', is ${defaults?.join(' ') ?? 'missing'}`);
  }
  for (const name of ['script-src', 'connect-src']) {
    const sources = csp.get(name) ?? defaults ?? [];
    for (const s of sources) {
      if (UNSAFE.includes(s)) problems.push(`${name} allows ${s}`);
      else if (!allowed.has(s))
        problems.push(`${name} allows ${s}, which is neither 'self' nor Office`);
    }
  }
  if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  const base = csp.get('base-uri')?.join(' ');
  if (base !== "'self'" && base !== "'none'") problems.push("base-uri must be 'self' or 'none'");
  return problems;
}

/** Inline scripts and inline event handlers: what a strict script-src forbids. */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (!/\bsrc\s*=/.test(attrs) && (m[2] ?? '').trim() !== '')
      found.push(`inline <script>: ${m[2]!.trim().slice(0, 60)}`);
    if (/\btype\s*=\s*["']?module/i.test(attrs) && !/\bsrc\s*=/.test(attrs))
      found.push('inline module script');
  }
  for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi))
    found.push(`inline handler ${m[1]}`);
  if (/javascript:/i.test(html)) found.push('javascript: URL');
  return found;
}

/** Script sources: relative (the add-in's own) or on an Office origin. */
export function foreignScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const src = m[1]!;
    if (/^[a-z]+:|^\/\//i.test(src) && !src.startsWith('https://appsforoffice.microsoft.com/'))
      out.push(src);
  }
  return out;
}

/**
 * Library code that builds code from strings only on paths a browser with `globalThis` and a
 * caller passing functions never takes: webpack's global shim (`this||new Function("return
 * this")()` after a globalThis check) and the setImmediate polyfill's string-argument branch.
 */
const UNREACHABLE_SHIMS = [
  /new Function\("return this"\)/g,
  /"function"!=typeof (\w+)&&\(\1=new Function\(""\+\1\)\)/g,
];

/** Calls of eval or new Function in bundled code, with a little context each. */
export function codeFromStrings(js: string): string[] {
  let code = js;
  for (const shim of UNREACHABLE_SHIMS) code = code.replace(shim, '');
  const out: string[] = [];
  for (const m of code.matchAll(/(^|[^\w.$])eval\(|new Function\(/g)) {
    out.push(code.slice(Math.max(0, m.index - 40), m.index + 40));
  }
  return out;
}
