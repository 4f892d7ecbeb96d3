import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';

const ROOT = new URL('../../', import.meta.url);
const SCHEMAS = new URL('../shared/office-manifest-schemas/', ROOT);
const read = (name: string, base = SCHEMAS) => readFileSync(new URL(name, base), 'utf8');

const manifest = read('manifest.xml', ROOT);

describe('manifest.xml', () => {
  it('validates offline against the Office add-in manifest schemas', async () => {
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: manifest }],
      schema: [read('OfficeAppManifestV1_1.xsd')],
      preload: [
        'OfficeAppBasicTypesV1_0.xsd',
        'MailAppVersionOverridesV1_0.xsd',
        'MailAppVersionOverridesV1_1.xsd',
        'TaskPaneAppVersionOverridesV1_0.xsd',
        'ContentAppVersionOverridesV1_0.xsd',
      ].map((fileName) => ({ fileName, contents: read(fileName) })),
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('asks for ReadWriteDocument only and names no other domain', () => {
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/)?.[1]).toBe('ReadWriteDocument');
    expect(manifest).not.toContain('<AppDomain');
    const origins = new Set([...manifest.matchAll(/https?:\/\/[^/"\s]+/g)].map((m) => m[0]));
    origins.delete('http://schemas.microsoft.com');
    origins.delete('http://www.w3.org');
    expect([...origins]).toEqual(['https://localhost:3000']);
  });

  it('is Danish by default with English overrides, RAMME functions and a Home-tab button', () => {
    expect(manifest).toContain('<DefaultLocale>da-DK</DefaultLocale>');
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="RAMME"/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Ramme.Group">/);
    expect(manifest).toMatch(/xsi:type="ShowTaskpane"/);
    const strings = [
      ...manifest.matchAll(/<bt:String id="([^"]+)"[^/]*?>\s*<bt:Override Locale="en-US"/g),
    ];
    expect(strings.map((m) => m[1])).toEqual([
      'OpenPane.Label',
      'GetStarted.Title',
      'OpenPane.Tooltip',
      'GetStarted.Description',
    ]);
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(new URL(`assets/icon-${size}.png`, ROOT));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});
