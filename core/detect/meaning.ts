import { PERCENT_SIGN } from '../numbers/units';
import { eitherOf, wordPattern, type WordTest } from '../numbers/word-pattern';

/**
 * What a numeric column means before anything is summed: an amount that adds up, or a measure
 * that must never be a part of a money total (a quantity, a unit price, a rate, hours beside
 * money, a percentage, an id, a year, an age, a phone or account number, a 0/1 flag).
 */
const W = (words: string): WordTest =>
  wordPattern(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}])`, words, 'anywhere');

const PERCENT_WORDS = 'pct|procent|percent|prozent|porcentaje|pourcentage|andel|share|rate\\s+of';

/** Header words per class of measure, in the languages of the workbooks Ramme meets. */
const CLASSES: ReadonlyArray<readonly [MeasureClass, WordTest]> = [
  [
    'percent',
    eitherOf(
      PERCENT_SIGN,
      wordPattern(`(?<!\\p{L})(?:${PERCENT_WORDS})(?!\\p{L})`, PERCENT_WORDS, 'anywhere'),
    ),
  ],
  [
    'unitPrice',
    W(
      'unit\\s+price|price\\s+per|per\\s+unit|stk\\.?\\s*pris|enhedspris|a-pris|stückpreis|einzelpreis|preis\\s+pro|precio\\s+unitario|prix\\s+unitaire|prezzo\\s+unitario|each|ea\\.?|pr\\.?\\s*stk|kr\\.?\\s*/\\s*(?:t|time|stk)',
    ),
  ],
  [
    'rate',
    W(
      'rate|hourly|timepris|timesats|sats|tarif|tarifa|stundensatz|stundenlohn|lønsats|wage\\s+rate',
    ),
  ],
  [
    'quantity',
    W(
      'qty|quantity|quantities|antal|antall|anzahl|menge|stk|stück|pcs|pieces|units|cantidad|cant\\.?|unidades|quantité|qté|nombre|count|number\\s+of|#\\s+of|määrä|kpl|ilość|szt',
    ),
  ],
  [
    'time',
    W(
      'hours?|hrs?|timer|timar|stunden|std\\.?|horas?|heures?|tunnit|tuntia|godziny|minutes?|mins?|minutter|minuten|minutos|minuti|days|dage|tage|días',
    ),
  ],
  ['average', W('average|avg\\.?|mean|gennemsnit|snit|durchschnitt|promedio|moyenne|media')],
  [
    'id',
    W(
      'id|code|kode|nr\\.?|no\\.?|number|nummer|número|numéro|ref\\.?|konto|account|phone|telefon|tlf\\.?|mobil|zip|postnr|postcode|cvr|cpr|ean|sku|isbn',
    ),
  ],
  ['year', /^\s*(?:year|år|jahr|año|année|vuosi|rok|fiscal\s+year|regnskabsår)\s*$/iu],
  ['age', W('age|alder|alter|edad|âge|ikä|wiek')],
  ['flag', W('flag|yes\\/no|ja\\/nej|ja\\/nein|done|paid|betalt|bezahlt')],
];

export type MeasureClass =
  | 'percent'
  | 'unitPrice'
  | 'rate'
  | 'quantity'
  | 'time'
  | 'average'
  | 'id'
  | 'year'
  | 'age'
  | 'flag';

/** The measure a header names, or null for a plain amount ('Beløb', 'Januar', 'Total'). */
export function measureOf(header: string): MeasureClass | null {
  // A workbook has few headers, asked about again for every table check: each is read once.
  const known = measures.get(header);
  if (known !== undefined) return known;
  const m = readMeasure(header);
  if (measures.size >= 1_000) measures.clear();
  measures.set(header, m);
  return m;
}

const measures = new Map<string, MeasureClass | null>();

function readMeasure(header: string): MeasureClass | null {
  const h = header.replace(/\s+/g, ' ').trim();
  if (h === '') return null;
  for (const [cls, re] of CLASSES) if (re.test(h)) return cls;
  // A price alone beside a quantity is a unit price ('Pris', 'Price (kr.)').
  if (
    /^\s*(?:pris|price|preis|precio|prix|prezzo|hinta|cena)\s*(?:\([^)]*\)|i\s+kr\.?|kr\.?|€|\$)?\s*$/iu.test(
      h,
    )
  )
    return 'unitPrice';
  // 'SalespersonID', 'CustomerNo': an id glued to its noun.
  if (/[a-z](?:ID|Id|No|Nr)$/.test(h)) return 'id';
  return null;
}

/** Measures that are never a part of a money total. */
export const NOT_PARTS: ReadonlySet<MeasureClass> = new Set<MeasureClass>([
  'percent',
  'unitPrice',
  'rate',
  'quantity',
  'average',
  'id',
  'year',
  'age',
  'flag',
]);

/** Measures whose column is never summed down either (a total of rates or prices means nothing). */
export const NEVER_SUMMED: ReadonlySet<MeasureClass> = new Set<MeasureClass>([
  'percent',
  'unitPrice',
  'rate',
  'average',
  'id',
  'year',
  'age',
  'flag',
]);

/** Whether a column with this header may be summed down to a total. */
export function isSummable(header: string): boolean {
  const m = measureOf(header);
  return m === null || !NEVER_SUMMED.has(m);
}
