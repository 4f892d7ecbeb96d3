import { describe, expect, it } from 'vitest';
import { tablesOf } from './summary';

const dir = new URL('../../examples/', import.meta.url).pathname;
const details = (from: number, to: number, skip: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)
    .filter((r) => !skip.includes(r))
    .map((r) => `${r}:detail`)
    .join(' ');
const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).join(',');

describe("detectTables on the project's example workbooks", () => {
  it('arbejdsplan-2009: plan with heraf and I alt, staffing with a source note, multi-year target', async () => {
    expect(await tablesOf(`${dir}arbejdsplan-2009.xlsx`)).toEqual([
      {
        sheet: 'Arbejdsplan 2009',
        range: 'A4:B10',
        kind: 'plan',
        unit: 'årsværk',
        headerRow: 4,
        title:
          'Arbejdsplan 2009 for TaskForce Integration – Perioden 1. januar 2009 til 31. december 2009',
        year: 2009,
        quarter: null,
        columns: '1:label 2:value(årsværk)',
        rows: '5:detail 6:heraf^5 7:detail 8:detail 9:detail 10:total{5,7,8,9}',
      },
      {
        sheet: 'Bemanding',
        range: 'A3:D9',
        kind: 'staffing',
        unit: null,
        headerRow: 3,
        title: 'Bemanding 2009',
        year: 2009,
        quarter: null,
        columns: '1:person 2:from 3:to 4:share',
        rows: `${details(4, 8)} 9:footnote`,
      },
      {
        sheet: 'Fra Sport til Job',
        range: 'A3:E8',
        kind: 'unknown',
        unit: 'count',
        headerRow: 3,
        title: 'Succeskriterier for "Fra Sport til Job" 2009-2011 (antal)',
        year: 2009,
        quarter: null,
        columns:
          '1:label 2:year(count)[2009] 3:year(count)[2010] 4:year(count)[2011] 5:value(count){2,3,4}',
        rows: details(4, 8),
      },
    ]);
  });

  it('bruttokatalog-2019: one catalogue, a total per pejlemærke and the grand total', async () => {
    expect(await tablesOf(`${dir}bruttokatalog-2019.xlsx`)).toEqual([
      {
        sheet: 'Bruttokatalog 2019',
        range: 'A3:H34',
        kind: 'catalogue',
        unit: 'mio. kr.',
        headerRow: 3,
        title:
          'Bruttokatalog over mulige fokusområder i Integrationshandleplanen 2019 (finansieringsbehov pr. år)',
        year: 2019,
        quarter: null,
        columns:
          '1:area 2:area 3:label 4:star 5:targetGroup(count) 6:note 7:value(mio. kr.) 8:note',
        rows:
          `${details(4, 17)} 18:total{${rows(4, 17)}} ${details(19, 26)} 27:total{${rows(19, 26)}} ` +
          `${details(28, 32)} 33:total{${rows(28, 32)}} 34:grandTotal{18,27,33}`,
      },
    ]);
  });

  it('budget-2024: groups across blank rows, heraf, grand total; budget columns in 1.000 kr.', async () => {
    expect(await tablesOf(`${dir}budget-2024.xlsx`)).toEqual([
      {
        sheet: 'Budget 2024',
        range: 'A4:B18',
        kind: 'budget',
        unit: 'kr',
        headerRow: 4,
        title:
          'Oversigt over forbrug af puljen til boligsociale indsatser 2024 – Opgjort pr. 30. september 2024',
        year: 2024,
        quarter: null,
        columns: '1:label 2:value(kr)',
        rows: `${details(5, 8)} 9:heraf^8 10:total{5,6,7,8} 12:group ${details(13, 15)} 16:total{13,14,15} 18:grandTotal{10,16}`,
      },
      {
        sheet: 'Budgetopfølgning',
        range: 'A3:F7',
        kind: 'budget',
        unit: '1.000 kr.',
        headerRow: 3,
        title: 'Budgetopfølgning 2024 (1.000 kr.)',
        year: 2024,
        quarter: null,
        columns:
          '1:label 2:adopted(1.000 kr.) 3:supplements(1.000 kr.) 4:corrected(1.000 kr.) 5:actual(1.000 kr.) 6:deviation(1.000 kr.)',
        rows: `${details(4, 6)} 7:total{4,5,6}`,
      },
    ]);
  });

  it('barometer-2024: year columns with gaps, a target year, month-dated columns', async () => {
    expect(await tablesOf(`${dir}barometer-2024.xlsx`)).toEqual([
      {
        sheet: 'Integrationsbarometer',
        range: 'A3:I9',
        kind: 'indicator',
        unit: 'percent',
        headerRow: 3,
        title: 'Integrationsbarometer 2024',
        year: 2024,
        quarter: null,
        columns:
          '1:label 2:direction 3:year(percent)[2019] 4:year(percent)[2020] 5:year(percent)[2021] ' +
          '6:year(percent)[2022] 7:year(percent)[2023] 8:target(percent) 9:targetYear',
        rows: details(4, 9),
      },
      {
        sheet: 'Medborgerskab',
        range: 'A3:F5',
        kind: 'indicator',
        unit: 'percent',
        headerRow: 3,
        title: 'Medborgerskabsundersøgelsen, udvalgte indikatorer',
        year: null,
        quarter: null,
        columns:
          '1:label 2:direction 3:year(percent)[Februar 2011] 4:year(percent)[2012-11] 5:year(percent)[2014] 6:target(percent)',
        rows: details(4, 5),
      },
    ]);
  });

  it('status-2024-q3: target and result columns, quarter 3 of 2024', async () => {
    expect(await tablesOf(`${dir}status-2024-q3.xlsx`)).toEqual([
      {
        sheet: 'Status 3. kvartal',
        range: 'A3:E9',
        kind: 'status',
        unit: null,
        headerRow: 3,
        title: 'Status på Integrationshandleplan 2024, 3. kvartal',
        year: 2024,
        quarter: 3,
        columns: '1:id 2:label 3:target 4:result 5:note',
        rows: details(4, 9),
      },
    ]);
  });

  it('aftale-2024: two agreement groups, heraf, footnote row; the financing table below', async () => {
    expect(await tablesOf(`${dir}aftale-2024.xlsx`)).toEqual([
      {
        sheet: 'Aftaler 2024',
        range: 'A3:C16',
        kind: 'agreement',
        unit: 'mio. kr.',
        headerRow: 3,
        title: 'Budgetaftaler 2024, integrationsinitiativer',
        year: 2024,
        quarter: null,
        columns: '1:label 2:source 3:value(mio. kr.)',
        rows:
          '4:group 5:detail 6:detail 7:detail 8:heraf^7 9:total{5,6,7} 10:group ' +
          '11:detail 12:detail 13:detail 14:total{11,12,13} 15:grandTotal{9,14} 16:footnote',
      },
      {
        sheet: 'Aftaler 2024',
        range: 'A18:C21',
        kind: 'financing',
        unit: 'mio. kr.',
        headerRow: 18,
        title: null,
        year: 2024,
        quarter: null,
        columns: '1:label 3:value(mio. kr.)',
        rows: '19:detail 20:detail 21:total{19,20}',
      },
    ]);
  });
});
