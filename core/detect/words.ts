/**
 * The words that give rows and columns their meaning, in Danish and English. Each pattern is
 * anchored so a label that merely mentions a word ('herunder deltagelse i diverse
 * helhedsplaner') is not taken for it.
 */
import { wordPattern, type WordTest } from '../numbers/word-pattern';
import { spelledPattern } from '../numbers/latin-letters';
import type { ColumnRole } from './types';
import { leadLetters, mayLead } from './lead-letters';

const NL = '(?![\\p{L}\\p{N}])'; // end of a word ('\b' does not know 'æøå')

function starts(pattern: string): WordTest {
  return wordPattern(`^\\s*(?:${pattern})${NL}`, pattern, 'start');
}

/**
 * Whether a label can end in 'i alt' or 'total' (then spaces, one ':' or '.', spaces): its last
 * such character must be a 't' or an 'l', in either case (no other character folds to them).
 */
const SPACE = /\s/;

/** `\s` at i: an ASCII character is told by its code, only others by the pattern. */
function isSpaceAt(label: string, i: number): boolean {
  const c = label.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(label[i]!);
}

function mayEndInTotal(label: string): boolean {
  let end = label.length - 1;
  while (end >= 0 && isSpaceAt(label, end)) end--;
  if (end >= 0 && (label[end] === ':' || label[end] === '.')) end--;
  while (end >= 0 && isSpaceAt(label, end)) end--;
  const lower = label.charCodeAt(end) | 32;
  return lower === 116 || lower === 108; // 't' (i alt), 'l' (total)
}

/** 'I alt', 'Total', 'Samlet forbrug', 'Sum', 'Subtotal', 'Grand total', 'Totalt'. */
const TOTAL = starts(
  'i\\s*alt|total[t]?|totaler|sum|subtotal|sub-total|samlet|samlede|grand\\s+total|overall\\s+total|in\\s+total|altogether|tilsammen',
);
/** Totals that close a whole table rather than one group. */
const GRAND = starts(
  'samlet|samlede|grand\\s+total|overall\\s+total|total\\s+i\\s+alt|i\\s+alt\\s+i\\s+alt|hovedtotal|totalt',
);

/** 'Udgifter i alt', 'Afholdte udgifter i alt:', 'Spending total' — the total word last. */
const TOTAL_LAST = spelledPattern(
  String.raw`(?<![\p{L}\p{N}])(?:i\s*alt|total|in\s+total)\s*[:.]?\s*$`,
  'iu',
);

export function isTotalLabel(label: string): boolean {
  // A sentence that happens to start or end with 'Totalt'/'i alt' is a note, not a total row.
  return (
    label.length <= 60 &&
    ((mayLead(label, 'itsgoa') && TOTAL.test(label)) ||
      (mayEndInTotal(label) && TOTAL_LAST.test(label)))
  );
}

export function isGrandTotalLabel(label: string): boolean {
  return isTotalLabel(label) && GRAND.test(label);
}

/** 'Overhead 7 %', 'Moms 25 %', 'Buffer 10 %': a row computed from the rows above, not a line. */
const DERIVED_ROW = starts(
  'overhead|moms|vat|mva|mwst|iva|tva|buffer|reserve|contingency|uforudsete\\s+udgifter|indirect\\s+costs?|indirekte\\s+omkostninger|afrunding|rounding',
);

export function isDerivedRowLabel(label: string): boolean {
  // The '%' first: the pattern backtracks over every label with a digit ('Konto 7').
  return (
    (mayLead(label, 'omvitbrcua') && DERIVED_ROW.test(label)) ||
    (label.includes('%') && /^\D*\d+(?:[.,]\d+)?\s*%\s*\)?\s*$/u.test(label))
  );
}

/** 'Total inkl. overhead', 'I alt incl. moms': a total over the grand total and what is added to it. */
const INCLUDING =
  /(?<!\p{L})(?:inkl\.?|incl\.?|including|inklusive|inklusiv|med|with|plus)(?!\p{L})/iu;

export function isIncludingLabel(label: string): boolean {
  return INCLUDING.test(label);
}

/** 'heraf …', 'Heraf: …', 'of which …', 'thereof …' — a part of the row above. */
const HERAF = starts('heraf|hera\\s+f|of\\s+which|thereof|whereof');

export function isHerafLabel(label: string): boolean {
  // An ASCII letter first leaves nothing to strip: most lines ('Konto 7') end here, no regex run.
  if (!mayLead(label, 'hotw')) return false;
  const text = label.replace(/^[\s\-–•]+/, '');
  return mayLead(text, 'hotw') && HERAF.test(text);
}

/**
 * 'Kumuleret', 'Akkumuleret forbrug', 'År til dato', 'YTD', 'Running total', 'Facturé cumulé',
 * 'Kumuliert', 'Acumulado': a running total, each value the one before plus the period's.
 */
const CUMULATIVE =
  /(?<![\p{L}\p{N}])(?:kumuler\p{L}*|akkumuler\p{L}*|akkum\.|cumul\p{L}*|kumul\p{L}*|acumulad\p{L}*|accumulat\p{L}*|accumul\p{L}*|ytd|år\s+til\s+dato|hidtil|year\s+to\s+date|running\s+(?:total|sum|balance)|to\s+date|bisher|løbende\s+(?:total|sum))(?![\p{L}\p{N}])/iu;

export function isCumulativeLabel(label: string): boolean {
  return label.length <= 80 && CUMULATIVE.test(label);
}

/** '* inkl. evaluering', '1) …', 'Note:', 'Kilde:', 'Anm.:', 'Source:'. */
const FOOTNOTE =
  /^\s*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹†‡]|\(\d\)|\d\)\s|(?:note|noter|kilde|kilder|anm(?:\.|ærkning)|source|sources|bemærk|nb)\s*[:.])/iu;

export function isFootnoteLabel(label: string): boolean {
  return mayLead(label, 'nkasb') && FOOTNOTE.test(label);
}

/** The mark a footnote row starts with ('*', '**', '¹'), to find the cell that carries it. */
export function footnoteMark(label: string): string | null {
  const m = /^\s*(\*+|[¹²³⁴⁵⁶⁷⁸⁹†‡]|\(\d\))/u.exec(label);
  return m ? m[1]! : null;
}

/** Header patterns per column role, tried in order; the first match wins. */
const ROLE_PATTERNS: ReadonlyArray<readonly [ColumnRole, string]> = [
  ['targetYear', 'målår|mål\\s*år|target\\s+year|year\\s+of\\s+target|nås\\s+i'],
  [
    'direction',
    'retning|ønsket\\s+retning|ønsket\\s+udvikling|direction|desired\\s+direction|trend|højere\\s+er\\s+bedre|higher\\s+is\\s+better|polaritet|polarity',
  ],
  [
    'catalogueText',
    'målgruppe\\s+og\\s+finansiering(?:sbehov)?|target\\s+group\\s+and\\s+(?:funding|financing)(?:\\s+need)?',
  ],
  ['targetGroup', 'målgruppe|target\\s+group|antal\\s+borgere|deltagere|participants'],
  [
    'target',
    'mål|målsætning|måltal|målværdi|target|goal|objective|forventet\\s+mål|succeskriterie',
  ],
  [
    'result',
    'status|resultat|resultater|result|results|realiseret|opnået|achieved|actual\\s+to\\s+date|year\\s+to\\s+date|ytd|år\\s+til\\s+dato|hidtil',
  ],
  [
    'person',
    'medarbejder|medarbejdere|navn|name|employee|staff|person(?![-\\s]*(?:years?|år))|konsulent|stilling|position|ressource',
  ],
  ['from', 'fra|fra\\s+dato|start|startdato|ansat\\s+fra|tiltrådt|from|start\\s+date|begins?'],
  ['to', 'til|til\\s+dato|slut|slutdato|ansat\\s+til|fratrådt|to|end|end\\s+date|until'],
  [
    'date',
    'dato|date|datum|fecha|päivämäärä|transaction\\s+date|week\\s+ending|klokkeslett|uhrzeit|time\\s+(?:in|out)',
  ],
  [
    'share',
    'andel|stillingsandel|tidsandel|beskæftigelsesgrad|share|fte\\s+share|part[-\\s]time|arbejdstid',
  ],
  ['star', 'stjerne|stjernemarkering|star|starred|effekt\\s*\\(\\*\\)|\\*'],
  [
    'id',
    'nr\\.?|nummer|no\\.?|id|#|løbenr\\.?|ref\\.?|konto(?:nr\\.?|nummer)?|account(?:\\s+no\\.?)?',
  ],
  [
    'area',
    'pejlemærke|pejlemærker|fokusområde|fokusområder|focus\\s+area|tema|theme|politikområde|policy\\s+area|mål\\s*område',
  ],
  [
    'source',
    'finansieringskilde|finansieres\\s+af|kilde|pulje|source|funding\\s+source|funded\\s+by',
  ],
  [
    'adopted',
    'vedtaget\\s+budget|oprindeligt\\s+budget|opr\\.\\s*budget|adopted\\s+budget|original\\s+budget|budget',
  ],
  ['supplements', 'tillægsbevilling|tillægsbevillinger|tb|supplementary|supplements?'],
  [
    'corrected',
    'korrigeret\\s+budget|korr\\.\\s*budget|korrigeret|revised\\s+budget|corrected\\s+budget',
  ],
  [
    'actual',
    'regnskab|forbrug|faktisk\\s+forbrug|forbrug\\s+til\\s+dato|actual|actuals|spent|spending',
  ],
  ['deviation', 'afvigelse|difference|forskel|deviation|variance|rest|restbudget|remaining'],
  [
    'note',
    'bemærkning|bemærkninger|note|noter|kommentar|kommentarer|comment|comments|remarks?|enhed|unit|beskrivelse|description',
  ],
];

/** The role a header names, or null when it names none of the special roles. */
/** Each role's pattern with the letters its words start with (lead-letters.ts says why). */
export const ROLE_HEADERS: ReadonlyArray<readonly [ColumnRole, WordTest, string | null]> =
  ROLE_PATTERNS.map(([role, words]) => [role, starts(words), leadLetters(words)] as const);

export function roleFromHeader(header: string): ColumnRole | null {
  const h = header.replace(/\s+/g, ' ').trim();
  if (h === '') return null;
  for (const [role, re, leads] of ROLE_HEADERS) if (mayLead(h, leads) && re.test(h)) return role;
  return null;
}

/** Headers that name the column of row labels. */
const LABEL_HEADER = starts(
  'indsats|indsatser|indsatsområde|indsatsområder|initiativ|initiativer|initiative|initiatives|hovedområde|hovedområder|område|indikator|indikatorer|indicator|indicators|post|poster|tekst|item|items|line\\s+item|aktivitet|aktiviteter|activity|projekt|projekter|project|formål|purpose|udgift|udgifter|afholdte\\s+udgifter|forventede\\s+udgifter|expenses?|expected\\s+expenses|finansiering|financing|funding|opgave|opgaver|task|tasks|ydelse|leverance|leverancer|main\\s+areas?|area|areas|beskrivelse',
);

export function isLabelHeader(header: string): boolean {
  return LABEL_HEADER.test(header.replace(/\s+/g, ' '));
}

/** 'Finansiering', 'Financing', 'Funding' — a table of funding sources. */
export const FINANCING = starts(
  'finansiering|finansieringskilder|financing|funding|funding\\s+sources|indtægter|income',
);
/** 'Finansieringsbehov' is what an initiative needs, not a source of funds. */
export const FINANCING_NEED = /finansieringsbehov|financing\s+need|funding\s+need|udgiftsbehov/iu;

/** Headings that mark a sheet or title as a kind of document. */
export const TITLE_WORDS = {
  plan: /arbejdsplan|work\s*plan|årsværk|ressourcer|person[-\s]?years|bemanding/iu,
  agreement: /aftale|agreement|budgetaftale|initiativer|initiatives/iu,
  budget: /budget|forbrug|udgifter|regnskab|expenses|spending|oversigt/iu,
  catalogue: /katalog|catalogue|catalog|bruttoliste|idékatalog/iu,
  indicator: /barometer|indikator|indicator/iu,
  status: /status|opfølgning|kvartal|quarter|follow[-\s]?up/iu,
  staffing: /bemanding|medarbejdere|staffing|staff|personale/iu,
} as const;
