import { katalogReport, type KatalogOptions, type KatalogReport } from '../../check';
import { say, type Lang, type Text } from '../../i18n';
import { installNodeInflaters, readWorkbookFile } from '../../io/node';
import { Dec, formatAmount, formatNumber } from '../../numbers';
import type { Io } from '../io';

interface KatalogArgs {
  file?: string;
  sheet?: string;
  frame?: string;
  order: 'given' | 'price';
  step?: string;
  json: boolean;
}

type Parsed = { ok: true; args: KatalogArgs } | { ok: false; message: Text };

const VALUES = { '--sheet': 'sheet', '--ramme': 'frame', '--trin': 'step' } as const;

function parseArgs(argv: readonly string[]): Parsed {
  const a: KatalogArgs = { order: 'given', json: false };
  const bad = (da: string, en: string): Parsed => ({ ok: false, message: { da, en } });
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--json') a.json = true;
    else if (flag === '--lang') i++;
    else if (flag === '--orden') {
      const v = argv[++i];
      if (v !== 'given' && v !== 'pris' && v !== 'price') {
        return bad('--orden skal være given eller pris', '--orden must be given or pris');
      }
      a.order = v === 'given' ? 'given' : 'price';
    } else if (flag in VALUES) {
      const v = argv[++i];
      if (v === undefined) return bad(`${flag} mangler en værdi`, `${flag} needs a value`);
      a[VALUES[flag as keyof typeof VALUES]] = v;
    } else if (flag.startsWith('--')) {
      return bad(`ukendt tilvalg ${flag}`, `unknown option ${flag}`);
    } else if (a.file === undefined) a.file = flag;
    else return bad('giv kun én fil', 'give one file only');
  }
  if (a.file === undefined) return bad('katalog mangler en fil', 'katalog needs a file');
  if (a.frame === undefined) return bad('katalog mangler --ramme', 'katalog needs --ramme');
  return { ok: true, args: a };
}

function money(v: string, unit: KatalogReport['unit'], lang: Lang): string {
  return formatAmount(new Dec(v), unit, { lang });
}

/** The selection for people: chosen, left, passed over with their scaled-down fit, per area. */
export function katalogText(r: KatalogReport, lang: Lang): string {
  const en = lang === 'en';
  const m = (v: string) => money(v, r.unit, lang);
  const kr = (v: string) => formatAmount(new Dec(v), 'kr', { lang, decimals: 2 });
  const people = (v: string) =>
    `${formatNumber(new Dec(v), { lang })} ${new Dec(v).eq(1) ? 'person' : en ? 'people' : 'personer'}`;
  const out: string[] = [`${r.file}, '${r.sheet}': ${en ? 'frame' : 'ramme'} ${m(r.frame)}`];
  out.push(en ? '  Chosen:' : '  Valgt:');
  for (const c of r.chosen) {
    const who = c.people === null ? '' : `, ${people(c.people)}`;
    const per =
      c.costPerPerson === null
        ? ''
        : `, ${kr(c.costPerPerson)} ${en ? 'per person' : 'pr. person'}`;
    out.push(
      `    ${c.starred ? '*' : ' '} ${en ? 'row' : 'række'} ${c.row}  ${c.label}: ${m(c.need)}${who}${per}`,
    );
  }
  out.push(
    en ? `  Total ${m(r.total)}; left ${m(r.left)}` : `  I alt ${m(r.total)}; tilbage ${m(r.left)}`,
  );
  if (r.rest.length > 0) out.push(en ? '  Did not fit:' : '  Fik ikke plads:');
  for (const x of r.rest) {
    const s = x.scaledDown;
    const fit = !s
      ? ''
      : s.people === null
        ? en
          ? `; scaled down: ${m(s.need)}`
          : `; nedskaleret: ${m(s.need)}`
        : en
          ? `; scaled down: ${people(s.people)} for ${m(s.need)}`
          : `; nedskaleret: ${people(s.people)} for ${m(s.need)}`;
    out.push(`    ${en ? 'row' : 'række'} ${x.row}  ${x.label}: ${m(x.need)}${fit}`);
  }
  out.push(en ? '  Chosen per area:' : '  Valgt pr. pejlemærke:');
  for (const a of r.areas) out.push(`    ${a.area ?? (en ? '(none)' : '(intet)')}: ${m(a.total)}`);
  return `${out.join('\n')}\n`;
}

/** `ramme katalog FILE --ramme 15 [--sheet NAVN] [--orden given|pris] [--trin 0,001] [--json]`. */
export async function runKatalog(argv: readonly string[], io: Io, lang: Lang): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`ramme: ${say(parsed.message, lang)}`);
    return 2;
  }
  const a = parsed.args;
  installNodeInflaters();
  const read = await readWorkbookFile(a.file!);
  if (!read.ok) {
    io.err(`ramme: ${say(read.error.message, lang)}`);
    return 2;
  }
  const options: KatalogOptions = { lang, frame: a.frame!, order: a.order };
  if (a.sheet !== undefined) options.sheet = a.sheet;
  if (a.step !== undefined) options.step = a.step;
  const report = katalogReport({ ...read.value, name: a.file! }, options);
  if (!report.ok) {
    io.err(`ramme: ${say(report.error.message, lang)}`);
    return 2;
  }
  io.out(a.json ? `${JSON.stringify(report.value)}\n` : katalogText(report.value, lang));
  return 0;
}
