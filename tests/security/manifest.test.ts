/** The add-in manifest asks for ReadWriteDocument only and trusts no domain but its own. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../bad/run-cli';

const xml = readFileSync(`${ROOT}manifest.xml`, 'utf8');
// jsdom ships no types; its DOMParser is the browser's.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};
const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
const byName = (name: string) => [...doc.getElementsByTagNameNS('*', name)];

const ownOrigin = new URL(byName('SourceLocation')[0]!.getAttribute('DefaultValue')!).origin;

describe('manifest.xml', () => {
  it('parses as XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    const permissions = byName('Permissions').map((p) => p.textContent?.trim());
    expect(permissions).toEqual(['ReadWriteDocument']);
  });

  it('lists no AppDomains beyond its own origin', () => {
    const domains = byName('AppDomain').map((d) => new URL(d.textContent!.trim()).origin);
    expect(domains.filter((d) => d !== ownOrigin)).toEqual([]);
  });

  it('points every URL it names at its own origin, over https', () => {
    const urls = [
      ...byName('SourceLocation').map((e) => e.getAttribute('DefaultValue')),
      ...byName('IconUrl').map((e) => e.getAttribute('DefaultValue')),
      ...byName('HighResolutionIconUrl').map((e) => e.getAttribute('DefaultValue')),
      ...byName('SupportUrl').map((e) => e.getAttribute('DefaultValue')),
      ...byName('Url').map((e) => e.getAttribute('DefaultValue')),
      ...byName('Image').map((e) => e.getAttribute('DefaultValue')),
    ].filter((u): u is string => !!u && /^[a-z]+:/i.test(u));
    expect(urls.length).toBeGreaterThan(3);
    expect(
      urls.filter((u) => new URL(u).origin !== ownOrigin || !u.startsWith('https://')),
    ).toEqual([]);
  });
});
