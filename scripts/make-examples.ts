/**
 * Builds Ramme's own example workbooks in examples/ (run: npx tsx scripts/make-examples.ts).
 * Two come from the public documents in /work/shared/domain/sources (the 2009 work plan and the
 * 2019 catalogue, numbers copied faithfully); the other four are invented but realistic. Every
 * quirk is there to make a check fire; examples/README.md lists what each should produce.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

type Value =
  | string
  | number
  | Date
  | null
  | { f: string; r: number | string } // a formula and its cached result
  | { v: number; fmt: string }; // a real number with a number format

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const FIXED = new Date(Date.UTC(2024, 9, 1));

function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function pct(v: number, fmt = '0.0%'): Value {
  return { v, fmt };
}

function kr(v: number): Value {
  return { v, fmt: '#,##0' };
}

/** Writes rows from `top`, one array per row; null leaves a cell empty. */
function put(ws: ExcelJS.Worksheet, top: number, rows: ReadonlyArray<ReadonlyArray<Value>>): void {
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(top + i, j + 1);
      if (typeof v === 'object' && !(v instanceof Date)) {
        if ('f' in v) cell.value = { formula: v.f, result: v.r } as ExcelJS.CellFormulaValue;
        else {
          cell.value = v.v;
          cell.numFmt = v.fmt;
        }
      } else {
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'dd-mm-yyyy';
      }
    });
  });
}

function title(ws: ExcelJS.Worksheet, row: number, text: string, mergeTo?: string): void {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true, size: 13 };
  if (mergeTo) ws.mergeCells(`A${row}:${mergeTo}${row}`);
}

function widths(ws: ExcelJS.Worksheet, ...w: number[]): void {
  w.forEach((width, i) => (ws.getColumn(i + 1).width = width));
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ramme';
  wb.created = FIXED;
  wb.modified = FIXED;
  return wb;
}

/** The 2009 work plan of TaskForce Integration (sources/arbejdsplan-2009-…). */
function arbejdsplan(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Arbejdsplan 2009');
  widths(ws, 78, 10);
  title(ws, 1, 'Arbejdsplan 2009 for TaskForce Integration', 'B');
  put(ws, 2, [['Perioden 1. januar 2009 til 31. december 2009']]);
  put(ws, 4, [
    ['Hovedområder', 'Årsværk'],
    [
      '1. En fokuseret områdebaseret indsats i Tingbjerg og Ydre Nørrebro, herunder deltagelse i diverse helhedsplaner',
      2,
    ],
    ['heraf helhedsplaner (Mjølnerparken, "Hærværk til Netværk" og Titanparken)', '1'],
    ['2. Projektledelse af "Fra Sport til Job" forankret i Valby', 1],
    ['3. Øvrige leverancer, herunder bl.a. International Dag', '½'],
    ['4. Rekvireringer og rådgivninger', '1½'],
    ['I alt', 5],
  ]);

  const staff = wb.addWorksheet('Bemanding');
  widths(staff, 40, 12, 12, 8);
  title(staff, 1, 'Bemanding 2009');
  put(staff, 3, [
    ['Medarbejder', 'Fra', 'Til', 'Andel'],
    ['Konsulent 1', day(2007, 2, 1), null, 1],
    ['Konsulent 2', day(2007, 2, 1), null, 1],
    ['Konsulent 3', day(2007, 2, 1), null, 1],
    ['Konsulent 4', day(2007, 2, 1), null, 1],
    ['Ny konsulent ("Fra Sport til Job")', day(2009, 3, 1), null, 1],
    [
      'Kilde: Bilag 1, Arbejdsplan 2009 (BIU 201/206): teamet udvides fra fire til fem konsulenter pr. 1. marts 2009.',
    ],
  ]);

  const goals = wb.addWorksheet('Fra Sport til Job');
  widths(goals, 44, 8, 8, 8, 10);
  title(goals, 1, 'Succeskriterier for "Fra Sport til Job" 2009-2011 (antal)');
  put(goals, 3, [
    ['Succeskriterium', 2009, 2010, 2011, 'I alt'],
    ['Kontakt med unge', 50, 75, 75, 200],
    ['Job, fritidsjob eller uddannelsesaftale', 30, 45, 45, 'min. 120'],
    ['Unge i praktikforløb', 10, 15, 15, 'min. 40'],
    ['Virksomhedsaftaler', 10, 10, null, 'min. 20'],
    ['Partnerskaber med idrætsklubber', 5, null, null, 'min. 5'],
  ]);
}

/** The 2019 catalogue (sources/bruttokatalog-…): every initiative, numbers as written. */
function bruttokatalog(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Bruttokatalog 2019');
  widths(ws, 12, 30, 70, 8, 14, 20, 16, 50);
  title(
    ws,
    1,
    'Bruttokatalog over mulige fokusområder i Integrationshandleplanen 2019 (finansieringsbehov pr. år)',
  );
  const J = 'Jobparate ledige';
  const U = 'Udsatte ledige';
  const K = 'Kvinder og familieforsørgede';
  const M = 'Mangfoldig rekruttering';
  const UU = 'Unge i uddannelse';
  const UF = 'Unge i fritidsjob';
  const D = 'Dannelse og fremme af inklusion';
  put(ws, 3, [
    [
      'Pejlemærke',
      'Fokusområde',
      'Indsats',
      'Stjerne',
      'Målgruppe',
      'Enhed',
      'Finansieringsbehov (mio. kr.)',
      'Bemærkning',
    ],
    [1, J, 'Håndholdt og kontinuerlig virksomhedsindsats', '*', 'min. 350', 'borgere', '4,4'],
    [1, J, 'Opkvalificeringsindsats for beskæftigede borgere', null, 100, 'borgere', '2,9'],
    [1, J, 'Sundhedsfremme på arbejdspladsen', null, 'min. 500', 'borgere', '550.000 kr.'],
    [1, J, 'Undervisning fra erhvervsledere', null, 100, 'borgere', '0,6'],
    [
      1,
      U,
      'Håndholdt og kontinuerlig virksomhedsindsats med indledende lægefaglig afklaring',
      '*',
      75,
      'borgere',
      '2,9',
    ],
    [1, U, 'Individuel Placement and Support indsats (IPS)', '*', 100, 'borgere', '4,4'],
    [1, U, 'Helhedsorienteret familieindsats', '*', 20, 'familier', '1,2'],
    [
      1,
      U,
      'Vækstprogram for virksomheder',
      null,
      null,
      null,
      '550.000 kr.',
      'Til udvikling af konceptet for Københavns Kommune',
    ],
    [
      1,
      K,
      'Familieforsørgede i beskæftigelse',
      '*',
      90,
      'familieforsørgede',
      '2,5',
      'Hovedsageligt kvinder',
    ],
    [
      1,
      K,
      'Barselsgruppe med fokus på job og uddannelse',
      '*',
      'min. 30',
      'kvinder',
      '0,6',
      'Løbende optag',
    ],
    [
      1,
      K,
      'Beskæftigelsesforløb i samarbejde med civilsamfundet',
      null,
      10,
      'kvinder',
      '1,3',
      'Betales såfremt 10 kvinder kommer i ordinær beskæftigelse i et helt år',
    ],
    [
      1,
      M,
      'Virksomhedsindsats til bekæmpelse af ubevidst diskrimination',
      '*',
      null,
      null,
      null,
      'Intet beløb angivet',
    ],
    [
      1,
      M,
      'Styrkelse af Københavns Kommune som mangfoldig arbejdsgiver',
      '*',
      'min. 250',
      'ledere',
      '0,5',
    ],
    [
      1,
      M,
      'Anonymiseret rekruttering',
      '*',
      20,
      'virksomheder',
      '0,4',
      '0,4 mio. kr. i 2019; 0,5 mio. kr. årligt i 2020-2022',
    ],
    ['I alt pejlemærke 1', null, null, null, null, null, '22,8'],
    [2, UU, 'Flere lærepladser', '*', 150, 'unge', '2,2'],
    [
      2,
      UU,
      'Forebyggelse af diskrimination målrettet unge på skoler og ungdomsuddannelser',
      '*',
      'min. 3000',
      'elever',
      '0,5',
      'Årligt i 2019-2022',
    ],
    [2, UU, 'Brobygning til håndværkervirksomheder og erhvervsskoler', null, 100, 'elever', '0,6'],
    [
      2,
      UU,
      'Undervisning af lærere i mangfoldig elevsammensætning',
      null,
      'min. 200',
      'lærere',
      '0,3',
      '0,3 mio. kr. i 2019; 0,5 mio. kr. årligt i 2020-2022',
    ],
    [
      2,
      UU,
      'Styrket ligebehandling på boligmarkedet',
      null,
      10000,
      'københavnere',
      null,
      'Intet beløb angivet',
    ],
    [2, UF, 'Fritidsjob', '*', 200, 'unge', '3,0', 'Ved udvidelse ca. 3,8 mio. kr. årligt'],
    [2, UF, 'Ansættelse af fritidsjobambassadører på flere skoler', '*', 20, 'unge', '0,4'],
    [
      2,
      UF,
      'Fritidsjobkonsulent udstationeret i de udsatte byområder',
      null,
      35,
      'unge pr. boligområde',
      '0,1',
      'Pr. boligområde',
    ],
    ['I alt pejlemærke 2', null, null, null, null, null, '7,1'],
    [3, D, 'Match mellem flygtninge og frivillige', '*', 100, 'flygtninge', '1'],
    [3, D, 'Mindspring-forløb for flygtninge', '*', 40, 'borgere', '55.000 kr.', 'To gruppeforløb'],
    [
      3,
      D,
      'Gadehøjskoler',
      null,
      'ca. 150-200',
      'borgere',
      '1,2',
      'Opkvalificering af 8-10 foreninger',
    ],
    [
      3,
      'Forebyggelse af social kontrol',
      'Helhedsorienteret forebyggelse af social kontrol',
      '*',
      'min. 2.500',
      'borgere',
      '2,0',
    ],
    [
      3,
      'Ældre',
      'Indsats for udsatte og ensomme seniorer',
      null,
      40,
      'personer',
      '600.000 kr.',
      'I første år',
    ],
    ['I alt pejlemærke 3', null, null, null, null, null, '4,855'],
    ['Samlet finansieringsbehov', null, null, null, null, null, '34,755'],
  ]);
}

/**
 * The same 2019 catalogue as the source writes it: a star before the name and the target group
 * and financing need in one sentence ('Min. 350 borgere til 4,4 mio. kr.'), copied from the
 * "Målgruppe og finansieringsbehov" lines. A test fixture (tests/fixtures/), not an example.
 */
function bruttokatalogTekst(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Bruttokatalog');
  widths(ws, 12, 30, 70, 90);
  title(ws, 1, 'Bilag 1: Bruttokatalog over mulige fokusområder i Integrationshandleplanen');
  const J = 'Jobparate ledige';
  const U = 'Udsatte ledige';
  const K = 'Kvinder og familieforsørgede';
  const M = 'Mangfoldig rekruttering';
  const UU = 'Unge i uddannelse';
  const UF = 'Unge i fritidsjob';
  const D = 'Dannelse og fremme af inklusion';
  const S = 'Forebyggelse af social kontrol';
  put(ws, 3, [
    ['Pejlemærke', 'Fokusområde', 'Indsats', 'Målgruppe og finansieringsbehov'],
    [1, J, '*Håndholdt og kontinuerlig virksomhedsindsats', 'Min. 350 borgere til 4,4 mio. kr.'],
    [1, J, 'Opkvalificeringsindsats for beskæftigede borgere', '100 borgere til 2,9 mio. kr.'],
    [1, J, 'Sundhedsfremme på arbejdspladsen', 'Min. 500 borgere til 550.000 kr.'],
    [1, J, 'Undervisning fra erhvervsledere', '100 borgere til 0,6 mio. kr.'],
    [
      1,
      U,
      '*Håndholdt og kontinuerlig virksomhedsindsats med indledende lægefaglig afklaring',
      '75 borgere til 2,9 mio. kr.',
    ],
    [1, U, '*Individuel Placement and Support indsats (IPS)', '100 borgere til 4,4 mio. kr.'],
    [1, U, '*Helhedsorienteret familieindsats', '20 familier til 1,2 mio. kr.'],
    [
      1,
      U,
      'Vækstprogram for virksomheder',
      '550.000 kr. til udvikling af konceptet for Københavns Kommune.',
    ],
    [
      1,
      K,
      '*Familieforsørgede i beskæftigelse',
      '90 familieforsørgede, hovedsageligt kvinder, til 2,5 mio. kr.',
    ],
    [
      1,
      K,
      '*Barselsgruppe med fokus på job og uddannelse',
      'Min. 30 kvinder (løbende optag) til 0,6 mio. kr.',
    ],
    [
      1,
      K,
      'Beskæftigelsesforløb i samarbejde med civilsamfundet',
      'Såfremt 10 kvinder kommer i ordinær beskæftigelse i et helt år betales 1,3 mio. kr.',
    ],
    [1, M, '*Virksomhedsindsats til bekæmpelse af ubevidst diskrimination', null],
    [
      1,
      M,
      '*Styrkelse af Københavns Kommune som mangfoldig arbejdsgiver',
      'Primær målgruppe er min. 250 ledere årligt i Københavns Kommune til 0,5 mio. kr.',
    ],
    [
      1,
      M,
      '*Anonymiseret rekruttering',
      'Konceptet vurderes at kunne udarbejdes for 0,4 mio. i 2019 og forventes at ville kunne udbredes til 20 virksomheder el. offentlige arbejdspladser for 0,5 mio. kr. årligt i 2020-2022 (inkl. evaluering af resultater).',
    ],
    [2, UU, '*Flere lærepladser', '150 unge får lære-/elevplads til 2,2 mio. kr.'],
    [
      2,
      UU,
      '*Forebyggelse af diskrimination målrettet unge på skoler og ungdomsuddannelser',
      'min. 3000 elever for 0,5 mio.kr. årligt i 2019-2022.',
    ],
    [
      2,
      UU,
      'Brobygning til håndværkervirksomheder og erhvervsskoler',
      '100 elever på skoler i udsatte byområder til 0,6 mio. kr.',
    ],
    [
      2,
      UU,
      'Undervisning af lærere i mangfoldig elevsammensætning',
      'Metodehæftet vurderes at kunne udarbejdes for 0,3 mio. i 2019 og forventes at ville kunne udbredes til min. 200 lærere på min. 15 skoler årligt i 2020-2022 for 0,5 mio. kr.',
    ],
    [
      2,
      UU,
      'Styrket ligebehandling på boligmarkedet',
      '10.000 københavnere som er aktive på det private boligmarked enten som lejere eller udlejere.',
    ],
    [
      2,
      UF,
      '*Fritidsjob',
      '200 unge mellem 15-24 år til 3,0 mio. kr. (ved udvidelse ca. 3,8 mio. kr. årligt) – såfremt halvdelen ansættes privat og den anden halvdel ansættes offentligt.',
    ],
    [2, UF, '*Ansættelse af fritidsjobambassadører på flere skoler', '20 unge til 0,4 mio. kr.'],
    [
      2,
      UF,
      'Fritidsjobkonsulent udstationeret i de udsatte byområder',
      '35 unge pr. boligområde til 0,1 mio. kr. pr. boligområde',
    ],
    [
      3,
      D,
      '*Match mellem flygtninge og frivillige',
      '100 nyankomne flygtninge og familiesammenførte til 1 mio. kr.',
    ],
    [
      3,
      D,
      '*Mindspring-forløb for flygtninge',
      '40 borgere (fordelt på to gruppeforløb) til 55.000 kr.',
    ],
    [
      3,
      D,
      'Gadehøjskoler',
      'Opkvalificering af 8-10 foreninger, som kan nå ca. 150-200 borgere 1,2 mio. kr.',
    ],
    [
      3,
      S,
      '*Helhedsorienteret forebyggelse af social kontrol',
      'Indsatsen skal nå mindst 2.500 borgere (børn, unge, kvinder og forældre) samt fagpersoner årligt til 2,0 mio. kr.',
    ],
    [
      3,
      'Ældre',
      'Indsats for udsatte og ensomme seniorer',
      '40 personer (20 kvinder og 20 mænd) til 600.000 kr. i første år (indsatsen vil blive billigere i andet år, da projektet først skal udvikles)',
    ],
  ]);
}

/** A pool's spending: two groups, text and real numbers, one subtotal typed wrong. */
function budget(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Budget 2024');
  widths(ws, 44, 16);
  title(ws, 1, 'Oversigt over forbrug af puljen til boligsociale indsatser 2024', 'B');
  put(ws, 2, [['Opgjort pr. 30. september 2024']]);
  put(ws, 4, [
    ['Afholdte udgifter', 'Beløb i kr.'],
    ['Løn, tre projektmedarbejdere', '1.572.000'],
    ['Lokaleleje', kr(144000)],
    ['Aktiviteter for unge', '86.350'],
    ['Tolkebistand', kr(18400)],
    ['heraf telefontolkning', '6.200'],
    ['I alt', '1.830.750'],
  ]);
  put(ws, 12, [
    ['Forventede udgifter', 'Beløb i kr.'],
    ['Evaluering', kr(175000)],
    ['Afslutningskonference', '60.000'],
    ['Materialer', kr(25000)],
    ['I alt', { f: 'B13+B14+B15', r: 260000 }],
  ]);
  ws.getCell('B16').numFmt = '#,##0';
  put(ws, 18, [['Samlet forbrug 2024', '2.090.750']]);

  const follow = wb.addWorksheet('Budgetopfølgning');
  widths(follow, 30, 16, 18, 18, 18, 12);
  title(follow, 1, 'Budgetopfølgning 2024 (1.000 kr.)');
  put(follow, 3, [
    [
      'Område',
      'Vedtaget budget',
      'Tillægsbevillinger',
      'Korrigeret budget',
      'Forbrug pr. 30.9.',
      'Afvigelse',
    ],
    ['Beskæftigelsesindsats', kr(12400), kr(600), kr(13000), kr(9150), kr(3850)],
    ['Integrationsindsats', kr(8200), kr(-300), kr(7900), kr(6020), kr(1880)],
    ['Boligsociale indsatser', kr(2500), kr(0), kr(2600), kr(2081), kr(519)],
    ['I alt', kr(23100), kr(300), kr(23500), kr(17251), kr(6249)],
  ]);
}

/** Indicators: directions, targets, gaps in the years, percent as numbers and as text. */
function barometer(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Integrationsbarometer');
  widths(ws, 70, 9, 9, 9, 9, 9, 9, 9, 8);
  title(ws, 1, 'Integrationsbarometer 2024');
  put(ws, 3, [
    ['Indikator', 'Retning', 2019, 2020, 2021, 2022, 2023, 'Mål', 'Målår'],
    [
      'Andel 16-64-årige med ikke-vestlig baggrund i beskæftigelse',
      'Op',
      pct(0.566),
      pct(0.551),
      pct(0.572),
      pct(0.594),
      pct(0.603),
      pct(0.65, '0%'),
      2026,
    ],
    [
      'Andel 16-64-årige med dansk oprindelse i beskæftigelse',
      'Op',
      pct(0.781),
      pct(0.774),
      pct(0.789),
      pct(0.795),
      pct(0.797),
      null,
      null,
    ],
    [
      'Andel unge med ikke-vestlig baggrund med en ungdomsuddannelse',
      'Op',
      '61,2%',
      null,
      '63,0%',
      null,
      '64,1 %',
      '70%',
      2030,
    ],
    [
      'Andel der har oplevet diskrimination pga. etnisk baggrund',
      'Ned',
      pct(0.24),
      pct(0.23),
      null,
      pct(0.21),
      pct(0.22),
      pct(0.15, '0%'),
      2027,
    ],
    [
      'Andel med ikke-vestlig baggrund der deltager i foreningslivet',
      'Op',
      '38,0%',
      '38,0%',
      null,
      null,
      '38,0%',
      '45%',
      2028,
    ],
    [
      'Ledighed blandt ikke-vestlige indvandrere',
      'Ned',
      pct(0.094),
      pct(0.112),
      pct(0.089),
      pct(0.081),
      pct(0.078),
      pct(0.06, '0%'),
      2026,
    ],
  ]);

  const m = wb.addWorksheet('Medborgerskab');
  widths(m, 56, 9, 15, 15, 9, 9);
  title(m, 1, 'Medborgerskabsundersøgelsen, udvalgte indikatorer');
  put(m, 3, [
    ['Indikator', 'Retning', 'Februar 2011', day(2012, 11, 1), 2014, 'Mål'],
    ['Andel der føler sig som en del af samfundet', 'Op', '72,4%', '76,1%', '78,0%', '85%'],
    ['Andel der har oplevet diskrimination', 'Ned', pct(0.264), pct(0.251), null, pct(0.2, '0%')],
  ]);
  m.getCell('D3').numFmt = 'mmmm yyyy';
}

/** A quarterly status: counts forecast to year end, shares not scaled, a range target. */
function status(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Status 3. kvartal');
  widths(ws, 6, 50, 12, 24, 12);
  title(ws, 1, 'Status på Integrationshandleplan 2024, 3. kvartal');
  put(ws, 3, [
    ['Nr.', 'Indsats', 'Mål 2024', 'Resultat pr. 3. kvartal', 'Enhed'],
    ['1', 'Håndholdt virksomhedsindsats for jobparate', 350, 285, 'forløb'],
    ['2', 'Match mellem flygtninge og frivillige', 100, 61, 'match'],
    ['3', 'Fritidsjobambassadører', '15-20', 12, 'unge'],
    ['4', 'Andel aktiveret inden 3 måneder', '85%', '81,5%', 'andel'],
    ['5', 'Lærepladser til unge', 150, 118, 'lærepladser'],
    ['6', 'Andel i job efter endt forløb', pct(0.4, '0%'), pct(0.43), 'andel'],
  ]);
}

/** Agreements in mio. kr. with footnote marks and groups, and the financing that falls short. */
function aftale(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Aftaler 2024');
  widths(ws, 46, 36, 18);
  title(ws, 1, 'Budgetaftaler 2024, integrationsinitiativer', 'C');
  put(ws, 3, [
    ['Initiativ', 'Finansieringskilde', 'Beløb (mio. kr.)'],
    ['Aftale om budget 2024'],
    ['Fritidsjob', 'Integrationspuljen', '3,0'],
    ['Lærepladser', 'Integrationspuljen', '2,2'],
    ['Forebyggelse af social kontrol', 'Integrationspuljen', '2,0*'],
    ['heraf forældreindsats', null, '0,6'],
    ['Total', null, '7,2'],
    ['Overførselsaftale 2023-2024'],
    ['Match mellem flygtninge og frivillige', 'Forventede integrationsindtægter', '1,0'],
    ['Mindspring-forløb for flygtninge', 'Forventede integrationsindtægter', '0,1'],
    ['Brobygning til erhvervsskoler', 'Forventede integrationsindtægter', '0,6'],
    ['Total', null, '1,7'],
    ['Samlet', null, '8,9'],
    ['* heraf 0,7 mio. kr. til evaluering'],
  ]);
  put(ws, 18, [
    ['Finansiering', null, 'mio. kr.'],
    ['Integrationspuljen', null, '6,5'],
    ['Forventede integrationsindtægter', null, '1,5'],
    ['I alt', null, '8,0'],
  ]);
}

const BOOKS: ReadonlyArray<readonly [string, (wb: ExcelJS.Workbook) => void]> = [
  ['arbejdsplan-2009.xlsx', arbejdsplan],
  ['bruttokatalog-2019.xlsx', bruttokatalog],
  ['budget-2024.xlsx', budget],
  ['barometer-2024.xlsx', barometer],
  ['status-2024-q3.xlsx', status],
  ['aftale-2024.xlsx', aftale],
];

/** Test fixtures built the same way, written to tests/fixtures/. */
const FIXTURES: ReadonlyArray<readonly [string, (wb: ExcelJS.Workbook) => void]> = [
  ['bruttokatalog-2019-tekst.xlsx', bruttokatalogTekst],
];
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures');

/**
 * The zip library stamps every entry with the current time; a fixed clock while writing makes
 * the files byte-for-byte the same on every run, so regenerating them changes nothing in git.
 */
async function withFixedClock<T>(run: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  class FixedDate extends RealDate {
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(FIXED.getTime());
      else super(...(args as ConstructorParameters<DateConstructor>));
    }
    static override now(): number {
      return FIXED.getTime();
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await run();
  } finally {
    globalThis.Date = RealDate;
  }
}

for (const [dir, books] of [
  [OUT, BOOKS],
  [FIXTURE_DIR, FIXTURES],
] as const) {
  mkdirSync(dir, { recursive: true });
  for (const [file, fill] of books) {
    const wb = workbook();
    fill(wb);
    const bytes = await withFixedClock(() => wb.xlsx.writeBuffer());
    writeFileSync(join(dir, file), new Uint8Array(bytes as ArrayBuffer));
    console.log(join(dir, file));
  }
}
