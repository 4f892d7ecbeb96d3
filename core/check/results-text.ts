import { reasonText, statusName } from './words';
import { say, type Lang } from '../i18n';
import { parsePeriod, periodLabel, PROGRESS_LABELS } from '../indicators';
import { convert, Dec, formatAmount, formatPoints, ZERO, type Unit } from '../numbers';
import type {
  CapacityResult,
  CatalogueResult,
  FileReport,
  FundingResult,
  IndicatorResult,
  StatusResult,
} from '../report';

function t(lang: Lang, da: string, en: string): string {
  return lang === 'en' ? en : da;
}

const UNITS = new Set<string>([
  'kr',
  '1.000 kr.',
  'mio. kr.',
  'årsværk',
  'percent',
  'points',
  'count',
]);

function unitOf(unit: string): Unit | null {
  return UNITS.has(unit) ? (unit as Unit) : null;
}

function amount(value: string, unit: string | null, lang: Lang, decimals?: number): string {
  const u = unit === null ? null : unitOf(unit);
  // Millions keep one decimal, as budgets write them ('7,0 mio. kr.').
  const own = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  const places = decimals ?? (u === 'mio. kr.' ? Math.min(6, Math.max(1, own)) : undefined);
  return formatAmount(value, u, { lang, decimals: places });
}

/** Options for the text: the year it is now, to say that a year is already past. */
export interface ResultsTextOptions {
  thisYear?: number;
}

/** '2011-02' as people write it: 'februar 2011' / 'February 2011'. */
export function periodText(key: string, lang: Lang): string {
  const p = parsePeriod(key);
  if (!p.ok) return key;
  const label = periodLabel(p.value);
  return lang === 'en' ? label.en : label.da;
}

/** A count's forecast in whole units, rounded down: 157,33 lærepladser is 157 of them. */
export function wholeForecast(value: string): string {
  return new Dec(value).floor().toFixed(0);
}

function capacityLine(c: CapacityResult, lang: Lang): string {
  const f = (v: string): string => amount(v, 'årsværk', lang);
  return t(
    lang,
    `Kapacitet ${c.year} (${c.sheet}): ${f(c.capacity)} til rådighed, ${f(c.allocated)} fordelt, forskel ${f(c.difference)}`,
    `Capacity ${c.year} (${c.sheet}): ${f(c.capacity)} available, ${f(c.allocated)} allocated, difference ${f(c.difference)}`,
  );
}

/** The proposal under its capacity line: the step, the total and each line old → new. */
function proposalLines(c: CapacityResult, lang: Lang): string[] {
  if (!c.proposal || c.proposalStep === undefined || c.proposalTotal === undefined) return [];
  const f = (v: string): string => amount(v, 'årsværk', lang);
  const n = (v: string): string => amount(v, null, lang);
  const left = new Dec(c.capacity).minus(c.proposalTotal);
  const rest = left.gt(0)
    ? t(lang, `; ${f(left.toFixed(2))} står ufordelt`, `; ${f(left.toFixed(2))} left unspread`)
    : '';
  const head = t(
    lang,
    `  Forslag i trin à ${n(c.proposalStep)}: ${f(c.proposalTotal)} fordelt efter planens nuværende fordeling${rest}:`,
    `  Proposal in steps of ${n(c.proposalStep)}: ${f(c.proposalTotal)} spread by the plan's current split${rest}:`,
  );
  const rows = c.proposal.map(
    (p) => `    ${t(lang, 'række', 'row')} ${p.row} "${p.label}": ${n(p.old)} → ${n(p.new)}`,
  );
  return [head, ...rows];
}

/** One line per catalogue sheet: how many initiatives, how many starred, what they cost in all. */
function catalogueLines(list: readonly CatalogueResult[], lang: Lang): string[] {
  const sheets = [...new Set(list.map((c) => c.sheet))];
  return sheets.map((sheet) => {
    const lines = list.filter((c) => c.sheet === sheet);
    const priced = lines.filter((c) => c.need !== null && c.unit !== null);
    const unit: Unit = priced.some((c) => c.unit === 'mio. kr.') ? 'mio. kr.' : 'kr';
    const total = priced.reduce(
      (s, c) => s.plus(convert(new Dec(c.need!), c.unit as Unit, unit) ?? ZERO),
      ZERO,
    );
    const starred = lines.filter((c) => c.starred).length;
    const sum = amount(total.toFixed(), unit, lang);
    return t(
      lang,
      `Katalog (${sheet}): ${lines.length} indsatser, ${starred} med stjerne, ${priced.length} med beløb, i alt ${sum}; vælg inden for en ramme med "ramme katalog FIL --ramme 15"`,
      `Catalogue (${sheet}): ${lines.length} initiatives, ${starred} starred, ${priced.length} with an amount, ${sum} in all; pick within a frame with "ramme katalog FILE --ramme 15"`,
    );
  });
}

/** What each funding source has left after the spending that names it. */
function sourceLines(f: FundingResult, lang: Lang): string[] {
  const a = (v: string): string => amount(v, f.unit, lang);
  return (f.sources ?? []).map((x) => {
    const name = x.source ?? t(lang, '(ingen kilde)', '(no source)');
    return t(
      lang,
      `  ${name}: finansiering ${a(x.financing)}, udgifter ${a(x.spending)}, tilbage ${a(x.left)}`,
      `  ${name}: financing ${a(x.financing)}, spending ${a(x.spending)}, left ${a(x.left)}`,
    );
  });
}

/** Decimals after the point in a decimal string ('7.25' → 2). */
function ownPlaces(value: string): number {
  return value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
}

function fundingLine(f: FundingResult, lang: Lang): string {
  // One precision for the three amounts: '7,25', '7,00', '-0,25', never '7' beside '7,25'.
  const values = [f.spending, f.financing, f.balance];
  const places = values.reduce((n, v) => Math.max(n, Math.min(6, ownPlaces(v))), 0);
  const shared = f.unit === 'mio. kr.' ? Math.max(1, places) : places;
  const a = (v: string): string => amount(v, f.unit, lang, shared);
  return t(
    lang,
    `Finansiering (${f.sheet}): udgifter ${a(f.spending)}, finansiering ${a(f.financing)}, balance ${a(f.balance)}`,
    `Funding (${f.sheet}): spending ${a(f.spending)}, financing ${a(f.financing)}, balance ${a(f.balance)}`,
  );
}

/** 'nås i 2027 (4,0 år), efter målåret 2026', and whether those years are already past. */
function whenReached(i: IndicatorResult, lang: Lang, thisYear: number | undefined): string {
  const past = (year: number): boolean => thisYear !== undefined && year < thisYear;
  const parts: string[] = [];
  if (i.yearsToTarget !== null && i.reachedIn !== null) {
    const years = amount(i.yearsToTarget, null, lang, 1);
    parts.push(
      t(lang, `nås i ${i.reachedIn} (${years} år)`, `reached in ${i.reachedIn} (${years} years)`),
    );
    if (i.targetYear !== null)
      parts.push(
        i.reachedIn > i.targetYear
          ? t(lang, `efter målåret ${i.targetYear}`, `after the target year ${i.targetYear}`)
          : t(lang, `til tiden (målår ${i.targetYear})`, `on time (target year ${i.targetYear})`),
      );
    if (past(i.reachedIn) && i.latest)
      parts.push(
        t(
          lang,
          `${i.reachedIn} er passeret; de seneste tal er fra ${periodText(i.latest.period, lang)}`,
          `${i.reachedIn} is past; the latest figures are from ${periodText(i.latest.period, lang)}`,
        ),
      );
  } else if (i.reason !== null) {
    const why = reasonText(i.reason, lang).replace(/\.$/, '');
    parts.push(why.charAt(0).toLowerCase() + why.slice(1));
    if (i.targetYear !== null && (i.reason === 'NO_CHANGE' || i.reason === 'MOVING_AWAY'))
      parts.push(
        t(lang, `heller ikke i målåret ${i.targetYear}`, `nor by the target year ${i.targetYear}`),
      );
  }
  if (i.targetYear !== null && past(i.targetYear) && i.reason !== 'TARGET_REACHED')
    parts.push(
      t(lang, `målåret ${i.targetYear} er passeret`, `the target year ${i.targetYear} is past`),
    );
  return parts.join(', ');
}

function indicatorLine(i: IndicatorResult, lang: Lang, thisYear: number | undefined): string {
  const parts: string[] = [];
  const v = (value: string): string => amount(value, i.unit, lang);
  const pointUnit = i.unit === 'percent';
  if (i.first && i.latest)
    parts.push(
      `${v(i.first.value)} (${periodText(i.first.period, lang)}) → ${v(i.latest.value)} (${periodText(i.latest.period, lang)})`,
    );
  if (i.changePoints !== null) {
    parts.push(pointUnit ? formatPoints(i.changePoints, { lang }) : v(i.changePoints));
  }
  if (i.ratePerYear !== null) {
    const rate = pointUnit ? formatPoints(i.ratePerYear, { lang, decimals: 2 }) : v(i.ratePerYear);
    parts.push(`${rate} ${t(lang, 'pr. år', 'a year')}`);
  }
  if (i.status !== null) parts.push(statusName(i.status, lang));
  if (i.progress?.status) {
    // Which method measured it is said with the words (docs/indicators.md).
    const method =
      i.progress.method === 'open-sdg' ? 'Open SDG' : t(lang, 'lineært tempo', 'linear pace');
    parts.push(
      `${say(PROGRESS_LABELS[i.progress.status], lang)} (${method}, ${t(lang, 'målår', 'target year')} ${i.progress.targetYear})`,
    );
  }
  if (i.target !== null) {
    const when = whenReached(i, lang, thisYear);
    parts.push(`${t(lang, 'mål', 'target')} ${v(i.target)}${when ? `: ${when}` : ''}`);
  }
  const where = `(${i.sheet}, ${t(lang, 'række', 'row')} ${i.row})`;
  return `${t(lang, 'Indikator', 'Indicator')} ${where} "${i.label}": ${parts.join(', ')}`;
}

function statusLine(s: StatusResult, lang: Lang): string {
  const v = (value: string): string => amount(value, s.unit, lang);
  const target = s.targetMax !== null ? `${v(s.target)}–${v(s.targetMax)}` : v(s.target);
  const parts = [
    t(lang, `${v(s.actual)} efter ${s.quarter}. kvartal`, `${v(s.actual)} after Q${s.quarter}`),
  ];
  if (s.attainment !== null) {
    parts.push(
      t(
        lang,
        `${amount(s.attainment, 'percent', lang, 1)} af målet`,
        `${amount(s.attainment, 'percent', lang, 1)} of target`,
      ),
    );
  }
  if (s.forecast !== null && s.unit === 'count') {
    const f = v(wholeForecast(s.forecast));
    parts.push(t(lang, `prognose ${f}`, `forecast ${f}`));
  }
  if (s.onTrack !== null)
    parts.push(
      s.onTrack ? t(lang, 'på sporet', 'on track') : t(lang, 'ikke på sporet', 'off track'),
    );
  const where = `(${s.sheet}, ${t(lang, 'række', 'row')} ${s.row})`;
  return `Status ${where} "${s.label}" (${t(lang, 'mål', 'target')} ${target}): ${parts.join(', ')}`;
}

/** One line per result (capacity, funding, indicator, status), in the report's order. */
export function describeResults(
  file: FileReport,
  lang: Lang,
  options: ResultsTextOptions = {},
): string[] {
  return [
    ...file.capacity.flatMap((c) => [capacityLine(c, lang), ...proposalLines(c, lang)]),
    ...file.funding.flatMap((f) => [fundingLine(f, lang), ...sourceLines(f, lang)]),
    ...file.indicators.map((i) => indicatorLine(i, lang, options.thisYear)),
    ...file.status.map((s) => statusLine(s, lang)),
    ...catalogueLines(file.catalogue ?? [], lang),
  ];
}
