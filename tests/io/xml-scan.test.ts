/**
 * The XML scanner gives the same events however its text is cut into pieces (a tag, an
 * attribute value, an entity or a CDATA section split across two chunks), and reads what
 * OOXML writers write: prefixes, quotes of both kinds, '>' inside values, comments, DOCTYPE.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeXml,
  XmlScanner,
  XmlTooLong,
  type Tag,
  type XmlHandler,
} from '../../core/io/xml-scan';

class Recorder implements XmlHandler {
  wantText = true;
  readonly events: string[] = [];
  open(name: string, tag: Tag): void {
    this.events.push(
      `<${name} r=${tag.attr('r') ?? ''} t=${tag.attr('t') ?? ''} id=${tag.attr('id') ?? ''}>`,
    );
  }
  close(name: string): void {
    this.events.push(`</${name}>`);
  }
  text(text: string): void {
    // Text may come in pieces; joined with the previous text event it is the same.
    const last = this.events.length - 1;
    if (last >= 0 && this.events[last]!.startsWith('#')) this.events[last] += text;
    else this.events.push(`#${text}`);
  }
}

function events(pieces: string[]): string[] {
  const r = new Recorder();
  const s = new XmlScanner(r);
  for (const p of pieces) s.push(p);
  expect(s.finished).toBe(true);
  return r.events;
}

const DOC =
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><!-- note > here -->' +
  '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t=\'s\' x:id="r&amp;1"><x:v>1 &lt; 2 &#248;&#x00E6;</x:v></x:c>' +
  '<c r="B1" t="str" note="a>b"><f>A1&amp;"x"</f><v><![CDATA[<raw> & ]]>tail</v></c><c r="C1"/></x:row></x:sheetData>';

const NAMED_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

describe('XmlScanner', () => {
  it('reads prefixes, both quotes, > in values, entities, CDATA, comments and a DOCTYPE', () => {
    expect(events([DOC])).toEqual([
      '<sheetData r= t= id=>',
      '<row r=1 t= id=>',
      '<c r=A1 t=s id=r&1>',
      '<v r= t= id=>',
      '#1 < 2 øæ',
      '</v>',
      '</c>',
      '<c r=B1 t=str id=>',
      '<f r= t= id=>',
      '#A1&"x"',
      '</f>',
      '<v r= t= id=>',
      '#<raw> & tail',
      '</v>',
      '</c>',
      '<c r=C1 t= id=>',
      '</c>',
      '</row>',
      '</sheetData>',
    ]);
  });

  it('gives the same events however the text is cut', () => {
    const whole = events([DOC]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(DOC.length), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), DOC.length];
        const pieces = at.slice(1).map((end, i) => DOC.slice(at[i], end));
        expect(events(pieces)).toEqual(whole);
      }),
      { numRuns: Number(process.env.RAMME_FUZZ_RUNS ?? 300) },
    );
  });

  it('says a part ended inside a tag is unfinished', () => {
    const s = new XmlScanner(new Recorder());
    s.push('<row r="1"><c r="A1"');
    expect(s.finished).toBe(false);
  });

  it('refuses one tag longer than it holds instead of growing without end', () => {
    const s = new XmlScanner(new Recorder(), 1000);
    expect(() => {
      for (let i = 0; i < 10; i++) s.push(`<c r="${'A'.repeat(200)}`);
    }).toThrow(XmlTooLong);
  });

  it.each([
    ['a\r\nb\rc', 'a\nb\nc'],
    ['&#13;&#10;', '\r\n'],
    ['&#0;&#x110000;&unknown;', '&#0;&#x110000;&unknown;'],
    ['&quot;&apos;&gt;', '"\'>'],
    ['&amp;lt;&amp;quot;&amp;amp;', '&lt;&quot;&amp;'],
    ['&lt&amp;&ltx;&AMP;', '&lt&&ltx;&AMP;'],
    ['&quot;&#65;&quot;', '"A"'],
  ])('decodes %j as %j', (raw, text) => {
    expect(decodeXml(raw)).toBe(text);
  });

  it('decodes named entities as the general reading does, in any order', () => {
    // The general reading: one regex over every entity, each replaced once.
    const general = (s: string) =>
      s.replace(/&(amp|lt|gt|quot|apos);/g, (_, n: string) => NAMED_TEXT[n]!);
    const piece = fc.constantFrom('&', 'amp', 'lt', 'gt', 'quot', 'apos', ';', 'a', '<', '#');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        fc.pre(!raw.includes('&#'));
        expect(decodeXml(raw)).toBe(general(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
