/** Documents that are not CSV though their first 4 KB may hold no NUL byte. */
const DOCUMENTS: Array<{ magic: string; kind: { da: string; en: string } }> = [
  { magic: '%PDF-', kind: { da: 'en PDF-fil', en: 'a PDF file' } },
  { magic: '{\\rtf', kind: { da: 'et RTF-dokument', en: 'an RTF document' } },
  { magic: '\x89PNG', kind: { da: 'et billede (PNG)', en: 'a picture (PNG)' } },
  { magic: '\xff\xd8\xff', kind: { da: 'et billede (JPEG)', en: 'a picture (JPEG)' } },
  { magic: 'GIF8', kind: { da: 'et billede (GIF)', en: 'a picture (GIF)' } },
  { magic: '\x1f\x8b', kind: { da: 'en gzip-pakket fil', en: 'a gzip file' } },
  { magic: '7z\xbc\xaf', kind: { da: 'et 7z-arkiv', en: 'a 7z archive' } },
  { magic: 'Rar!', kind: { da: 'et RAR-arkiv', en: 'a RAR archive' } },
  { magic: '\x7fELF', kind: { da: 'et program', en: 'a program' } },
];

export function documentKind(bytes: Uint8Array): { da: string; en: string } | undefined {
  return DOCUMENTS.find(({ magic }) => [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0)))
    ?.kind;
}

/**
 * Whether text can hold a table as CSV: Excel's 'sep=' line, or a line among the first 200 with
 * the separator outside quotes. A text without one has a single column, so nothing to check.
 */
export function looksLikeCsv(head: string, sep: string): boolean {
  const lines = head.split(/\r\n|\n|\r/, 200);
  if (/^sep=.$/i.test(lines[0]?.trim() ?? '')) return true;
  return lines.some((line) => {
    let quoted = false;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (c === sep && !quoted) return true;
    }
    return false;
  });
}
