/**
 * The package layer of an .xlsx (Open Packaging Conventions): parts by normalised name,
 * relationships and content types. Every part is found through these, never by a fixed
 * name, so a sheet stored as `./xl/worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml`, or a
 * workbook at `xl/workbook2.xml`, reads as Excel reads it.
 */
import { normalisePartName } from './part-name';
import { readPartXml, readPartXmlStreamed, type PartOutcome } from './part-xml';
import type { Tag, XmlHandler } from './xml-scan';
import type { ZipEntry } from './zip-directory';

/** Part names compare without case, as the package format says. */
function key(name: string): string {
  return normalisePartName(name).toLowerCase();
}

export interface Parts {
  get(name: string): ZipEntry | undefined;
  /** The normalised name two entries share, when a zip holds one part twice. */
  duplicate?: string;
}

export function partsOf(entries: readonly ZipEntry[]): Parts {
  const byName = new Map<string, ZipEntry>();
  let duplicate: string | undefined;
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const k = key(e.name);
    if (byName.has(k)) duplicate ??= normalisePartName(e.name);
    else byName.set(k, e);
  }
  return { get: (name) => byName.get(key(name)), duplicate };
}

export interface Relationship {
  id: string;
  /** The relationship type's last segment: 'worksheet', 'officeDocument', 'table', … */
  type: string;
  /** The target part's normalised name. */
  target: string;
}

/** Where a part's relationships are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the part that names it; an absolute one from the package root. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  t = t.replace(/[#?].*$/, '');
  if (t.startsWith('/') || t.startsWith('\\')) return normalisePartName(t);
  const dir = source.slice(0, source.lastIndexOf('/') + 1);
  return normalisePartName(dir + t);
}

/** Reads a small XML part whole through `handler`; undefined outcome when it is missing. */
export function readXml(
  bytes: Uint8Array,
  parts: Parts,
  name: string,
  handler: XmlHandler,
): PartOutcome | 'missing' {
  const entry = parts.get(name);
  return entry ? readPartXml(bytes, entry, handler) : 'missing';
}

/** As readXml, a big part streamed (readPartXmlStreamed): a workbook's styles and shared texts. */
export function readXmlStreamed(
  bytes: Uint8Array,
  parts: Parts,
  name: string,
  handler: XmlHandler,
): Promise<PartOutcome | 'missing'> {
  const entry = parts.get(name);
  return entry ? readPartXmlStreamed(bytes, entry, handler) : Promise.resolve('missing');
}

/** Collects the start tags with a given local name, as attribute readers. */
class TagCollector implements XmlHandler {
  wantText = false;
  readonly found: Array<Record<string, string | undefined>> = [];
  constructor(
    private readonly names: ReadonlySet<string>,
    private readonly attrs: readonly string[],
  ) {}
  open(name: string, tag: Tag): void {
    if (!this.names.has(name)) return;
    const rec: Record<string, string | undefined> = { '': name };
    for (const a of this.attrs) rec[a] = tag.attr(a);
    this.found.push(rec);
  }
  close(): void {}
  text(): void {}
}

/** A part's relationships (internal ones only; links to the web or other files are dropped). */
export function readRelationships(
  bytes: Uint8Array,
  parts: Parts,
  source: string,
): Relationship[] | 'damaged' {
  const c = new TagCollector(new Set(['Relationship']), ['Id', 'Type', 'Target', 'TargetMode']);
  const outcome = readXml(bytes, parts, relsNameOf(source), c);
  if (outcome === 'missing') return [];
  if (outcome !== 'complete') return 'damaged';
  const out: Relationship[] = [];
  for (const r of c.found) {
    if (!r.Id || !r.Target || r.TargetMode?.toLowerCase() === 'external') continue;
    const type = (r.Type ?? '').replace(/\/+$/, '');
    out.push({
      id: r.Id,
      type: type.slice(type.lastIndexOf('/') + 1),
      target: resolveTarget(source, r.Target),
    });
  }
  return out;
}

/** [Content_Types].xml: a part's content type by override, else by its extension's default. */
export interface ContentTypes {
  of(part: string): string | undefined;
  /** The parts whose override names this content type. */
  partsOfType(test: (type: string) => boolean): string[];
}

export function readContentTypes(bytes: Uint8Array, parts: Parts): ContentTypes {
  const c = new TagCollector(new Set(['Default', 'Override']), [
    'Extension',
    'PartName',
    'ContentType',
  ]);
  readXml(bytes, parts, '[Content_Types].xml', c);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const r of c.found) {
    if (!r.ContentType) continue;
    if (r[''] === 'Default' && r.Extension) defaults.set(r.Extension.toLowerCase(), r.ContentType);
    if (r[''] === 'Override' && r.PartName) overrides.set(key(r.PartName), r.ContentType);
  }
  return {
    of: (part) =>
      overrides.get(key(part)) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()),
    partsOfType: (test) => [...overrides].filter(([, t]) => test(t)).map(([p]) => p),
  };
}
