import { insertBeforeClose, type Package } from './package';
import { escapeAttr, findAll, getAttr, rootPrefix } from './xml';

const PART = '[Content_Types].xml';

export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** The Override element naming a part (names compare case-insensitively), or undefined. */
function overrideOf(xml: string, part: string) {
  const name = `/${part.replace(/^\//, '')}`.toLowerCase();
  return findAll(xml, `${rootPrefix(xml, 'Types')}Override`).find(
    (s) => getAttr(xml.slice(s.start, s.open), 'PartName')?.toLowerCase() === name,
  );
}

/** The content type of a part: its Override, else the Default for its extension. */
export function contentTypeOf(pkg: Package, part: string): string | undefined {
  const xml = pkg.text(PART) ?? '';
  const p = rootPrefix(xml, 'Types');
  const override = overrideOf(xml, part);
  if (override) return getAttr(xml.slice(override.start, override.open), 'ContentType');
  const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  for (const s of findAll(xml, `${p}Default`)) {
    const tag = xml.slice(s.start, s.open);
    if (getAttr(tag, 'Extension')?.toLowerCase() === ext) return getAttr(tag, 'ContentType');
  }
  return undefined;
}

/** The parts whose Override gives a content type `test` accepts, without their leading '/'. */
export function partsOfType(pkg: Package, test: (type: string) => boolean): string[] {
  const xml = pkg.text(PART) ?? '';
  const p = rootPrefix(xml, 'Types');
  return findAll(xml, `${p}Override`)
    .map((s) => xml.slice(s.start, s.open))
    .filter((tag) => test(getAttr(tag, 'ContentType') ?? ''))
    .map((tag) => (getAttr(tag, 'PartName') ?? '').replace(/^\//, ''))
    .filter((part) => part !== '');
}

/** Declares a new part's content type (an Override; a Default for a new extension like .vml). */
export function declarePart(pkg: Package, part: string, type: string, byExtension = false): void {
  if (contentTypeOf(pkg, part) === type) return;
  const xml = pkg.text(PART);
  if (xml === undefined) return;
  const p = rootPrefix(xml, 'Types');
  const ext = part.slice(part.lastIndexOf('.') + 1);
  const known = findAll(xml, `${p}Default`).some(
    (s) => getAttr(xml.slice(s.start, s.open), 'Extension')?.toLowerCase() === ext.toLowerCase(),
  );
  const entry =
    byExtension && !known
      ? `<${p}Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`
      : `<${p}Override PartName="/${escapeAttr(part.replace(/^\//, ''))}" ContentType="${escapeAttr(type)}"/>`;
  pkg.setText(PART, insertBeforeClose(xml, `${p}Types`, entry));
}

/** Gives an existing part another content type: its Override changed in place, else a new one. */
export function retypePart(pkg: Package, part: string, type: string): void {
  const xml = pkg.text(PART);
  if (xml === undefined) return;
  const hit = overrideOf(xml, part);
  if (!hit) return declarePart(pkg, part, type);
  const tag = xml.slice(hit.start, hit.open);
  const retyped = tag.replace(
    /(\sContentType\s*=\s*)(["'])[^"']*\2/,
    (_, attr: string, q: string) => `${attr}${q}${escapeAttr(type)}${q}`,
  );
  pkg.setText(PART, xml.slice(0, hit.start) + retyped + xml.slice(hit.open));
}

/** Drops a part's Override (for a part the patch removes). */
export function forgetPart(pkg: Package, part: string): void {
  const xml = pkg.text(PART);
  if (xml === undefined) return;
  const hit = overrideOf(xml, part);
  if (hit) pkg.setText(PART, xml.slice(0, hit.start) + xml.slice(hit.end));
}
