import { Dec, type Qualifier } from '../numbers';
import type { MoneyUnit } from '../budget';
import type { TargetGroup } from './types';

/** What one sentence says an initiative needs and whom it reaches. */
export interface CatalogueText {
  target: TargetGroup | null;
  need: { value: Dec; unit: MoneyUnit } | null;
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** '4,4 mio. kr.', '0,5 mio.kr.', '0,4 mio.', '550.000 kr.', '1.250 t.kr.'. */
const MONEY = new RegExp(
  String.raw`(?<!\d)(${NUMBER})\s*(mio\.?\s*kr\.?|mio\.|t\.?\s*kr\.?|kr\.?)(?!\p{L})`,
  'giu',
);
/** 'Min. 350 borgere', 'ca. 150-200 borgere', '20 familier', 'mindst 2.500 borgere'. */
const COUNT = new RegExp(
  String.raw`(?:(min\.|minimum|mindst|ca\.|cirka|op\s+til|maks\.|max\.)\s*)?(?<!\d)(${NUMBER})(?:\s*[-–]\s*(${NUMBER}))?\s+(?:(?:nyankomne|udsatte|ensomme|nye|ledige)\s+)?(\p{L}[\p{L}-]*)`,
  'giu',
);
/** Words after a number that say it is no count of people: time, money, joining words. */
const NOT_PEOPLE =
  /^(?:år|årligt|årlig|måned|måneder|uger|dage|timer|og|i|til|for|pr|på|af|el|eller|mio|kr|procent|pct)$/iu;
/** Things an initiative may also name ('8-10 foreninger'): counted only when no people are named. */
const THINGS =
  /^(?:foreninger|forening|virksomheder|virksomhed|skoler|skole|arbejdspladser|boligområder|boligområde|forløb|gruppeforløb|kommuner)$/iu;

const QUALIFIER: Record<string, Qualifier> = {
  'min.': 'min.',
  minimum: 'min.',
  mindst: 'min.',
  'ca.': 'ca.',
  cirka: 'ca.',
  'op til': 'op til',
  'maks.': 'max.',
  'max.': 'max.',
};

/** '2.500' → 2500, '4,4' → 4.4: Danish writing, as the catalogue's sources are. */
function danish(text: string): Dec {
  return new Dec(text.replace(/\./g, '').replace(',', '.'));
}

function moneyUnit(word: string): MoneyUnit {
  const w = word.toLowerCase().replace(/\s+/g, '');
  if (w.startsWith('mio')) return 'mio. kr.';
  if (w.startsWith('t')) return '1.000 kr.';
  return 'kr';
}

interface Count {
  target: TargetGroup;
  thing: boolean;
}

function counts(text: string): Count[] {
  const out: Count[] = [];
  for (const m of text.matchAll(COUNT)) {
    const word = m[4]!;
    if (NOT_PEOPLE.test(word)) continue;
    const low = danish(m[2]!);
    const high = m[3] ? danish(m[3]) : low;
    if (high.lt(low)) continue;
    const q = m[1] ? (QUALIFIER[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? null) : null;
    out.push({
      target: { low, high, qualifier: q, unit: word },
      thing: THINGS.test(word),
    });
  }
  return out;
}

/**
 * Reads a catalogue's "Målgruppe og finansieringsbehov" sentence: the need is the first amount
 * in kroner ('til 4,4 mio. kr.'; a later one is an extension or a later year), the target group
 * the first number of people ('Min. 350 borgere'), else the first number of anything
 * ('20 virksomheder'). Amounts are taken out before counting, so '0,5 mio. kr.' is no count.
 */
export function readCatalogueText(text: string): CatalogueText {
  const first = [...text.matchAll(MONEY)][0];
  const need = first ? { value: danish(first[1]!), unit: moneyUnit(first[2]!) } : null;
  const rest = text.replace(MONEY, ' ¤ ');
  const found = counts(rest);
  const people = found.find((c) => !c.thing) ?? found[0];
  return { target: people?.target ?? null, need };
}
