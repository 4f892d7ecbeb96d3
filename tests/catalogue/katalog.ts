import { parseAmount, type Amount } from '../../core/numbers';
import { targetGroupFrom, type Initiative } from '../../core/catalogue';

/**
 * examples/bruttokatalog-2019.xlsx, sheet 'Bruttokatalog', rows 4-24 as written (columns A-G:
 * pejlemærke, fokusområde, indsats, stjerne, målgruppe, enhed, finansieringsbehov i mio. kr.).
 * The amounts agree with sources/bruttokatalog-integrationshandleplan-2019.txt.
 */
const ROWS: Array<
  [number, number, string, string, string, string | number | null, string | null, string]
> = [
  [
    4,
    1,
    'Jobparate ledige',
    'Håndholdt og kontinuerlig virksomhedsindsats',
    '*',
    'min. 350',
    'borgere',
    '4,4',
  ],
  [
    5,
    1,
    'Jobparate ledige',
    'Opkvalificeringsindsats for beskæftigede borgere',
    '',
    100,
    'borgere',
    '2,9',
  ],
  [6, 1, 'Jobparate ledige', 'Sundhedsfremme på arbejdspladsen', '', 'min. 500', 'borgere', '0,55'],
  [7, 1, 'Jobparate ledige', 'Undervisning fra erhvervsledere', '', 100, 'borgere', '0,6'],
  [
    8,
    1,
    'Udsatte ledige',
    'Håndholdt virksomhedsindsats med indledende lægefaglig afklaring',
    '*',
    75,
    'borgere',
    '2,9',
  ],
  [9, 1, 'Udsatte ledige', 'Individual Placement and Support (IPS)', '*', 100, 'borgere', '4,4'],
  [10, 1, 'Udsatte ledige', 'Helhedsorienteret familieindsats', '*', 20, 'familier', '1,2'],
  [11, 1, 'Udsatte ledige', 'Vækstprogram for virksomheder', '', null, null, '0,55'],
  [
    12,
    1,
    'Kvinder og familieforsørgede',
    'Familieforsørgede i beskæftigelse',
    '*',
    90,
    'familieforsørgede',
    '2,5',
  ],
  [
    13,
    1,
    'Kvinder og familieforsørgede',
    'Barselsgruppe med fokus på job og uddannelse',
    '*',
    'min. 30',
    'kvinder',
    '0,6',
  ],
  [
    14,
    1,
    'Mangfoldig rekruttering',
    'Styrkelse af Københavns Kommune som mangfoldig arbejdsgiver',
    '*',
    'min. 250',
    'ledere',
    '0,5',
  ],
  [15, 2, 'Unge i uddannelse', 'Flere lærepladser', '*', 150, 'unge', '2,2'],
  [
    16,
    2,
    'Unge i uddannelse',
    'Forebyggelse af diskrimination målrettet unge',
    '*',
    'min. 3000',
    'elever',
    '0,5',
  ],
  [
    17,
    2,
    'Unge i uddannelse',
    'Brobygning til håndværkervirksomheder og erhvervsskoler',
    '',
    100,
    'elever',
    '0,6',
  ],
  [18, 2, 'Unge i fritidsjob', 'Fritidsjob', '*', 200, 'unge', '3,0'],
  [
    19,
    2,
    'Unge i fritidsjob',
    'Ansættelse af fritidsjobambassadører på flere skoler',
    '*',
    20,
    'unge',
    '0,4',
  ],
  [
    20,
    3,
    'Dannelse og fremme af inklusion',
    'Match mellem flygtninge og frivillige',
    '*',
    100,
    'flygtninge',
    '1,0',
  ],
  [
    21,
    3,
    'Dannelse og fremme af inklusion',
    'MindSpring-forløb for flygtninge',
    '*',
    40,
    'borgere',
    '0,055',
  ],
  [22, 3, 'Dannelse og fremme af inklusion', 'Gadehøjskoler', '', '150-200', 'borgere', '1,2'],
  [
    23,
    3,
    'Forebyggelse af social kontrol',
    'Helhedsorienteret forebyggelse af social kontrol',
    '*',
    'min. 2500',
    'borgere',
    '2,0',
  ],
  [24, 3, 'Ældre', 'Indsats for udsatte og ensomme seniorer', '', 40, 'personer', '0,6'],
];

function read(value: unknown): Amount {
  const r = parseAmount(value);
  if (!r.ok) throw new Error(`test data unreadable: ${String(value)}`);
  return r.amount;
}

export function bruttokatalog(): Initiative[] {
  return ROWS.map(([row, area, focus, label, star, target, unit, need]) => ({
    row,
    label,
    area: `Pejlemærke ${area}`,
    focus,
    starred: star === '*',
    target: target === null ? null : targetGroupFrom(read(target), unit),
    need: read(need).value,
    unit: 'mio. kr.' as const,
    cell: `G${row}`,
  }));
}

export const byRow = (row: number): Initiative => bruttokatalog().find((i) => i.row === row)!;
