import { describe, expect, it } from 'vitest';
import { tablesOf } from './summary';
import { DOMAIN_EXAMPLES } from '../shared-dir';

const dir = DOMAIN_EXAMPLES;
const details = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i}:detail`).join(' ');

describe('detectTables on the domain example workbooks', () => {
  it('aftale-2024: agreement with heraf, total and the footnote its mark points to; financing', async () => {
    expect(await tablesOf(`${dir}/aftale-2024.xlsx`)).toEqual([
      {
        sheet: 'Aftale 2024',
        range: 'A3:B8',
        kind: 'agreement',
        unit: 'mio. kr.',
        headerRow: 3,
        title: 'Aftale om integrationsinitiativer 2024',
        year: 2024,
        quarter: null,
        columns: '1:label 2:value(mio. kr.)',
        rows: '4:detail 5:detail 6:detail 7:heraf^6 8:total{4,5,6} 15:footnote',
      },
      {
        sheet: 'Aftale 2024',
        range: 'A10:B13',
        kind: 'financing',
        unit: 'mio. kr.',
        headerRow: 10,
        title: null,
        year: 2024,
        quarter: null,
        columns: '1:label 2:value(mio. kr.)',
        rows: '11:detail 12:detail 13:total{11,12}',
      },
    ]);
  });

  it('arbejdsplan-2024: person-year plan with heraf and I alt; staffing sheet', async () => {
    expect(await tablesOf(`${dir}/arbejdsplan-2024.xlsx`)).toEqual([
      {
        sheet: 'Arbejdsplan 2024',
        range: 'A3:B9',
        kind: 'plan',
        unit: 'årsværk',
        headerRow: 3,
        title: 'Arbejdsplan 2024 for Team Boligsocial Indsats',
        year: 2024,
        quarter: null,
        columns: '1:label 2:value(årsværk)',
        rows: '4:detail 5:heraf^4 6:detail 7:detail 8:detail 9:total{4,6,7,8}',
      },
      {
        sheet: 'Bemanding',
        range: 'A1:D7',
        kind: 'staffing',
        unit: null,
        headerRow: 1,
        title: null,
        year: null,
        quarter: null,
        columns: '1:person 2:from 3:to 4:share',
        rows: details(2, 7),
      },
    ]);
  });

  it('barometer-2022: indicators with direction, sparse year columns and a target', async () => {
    expect(await tablesOf(`${dir}/barometer-2022.xlsx`)).toEqual([
      {
        sheet: 'Barometer',
        range: 'A1:G4',
        kind: 'indicator',
        unit: 'percent',
        headerRow: 1,
        title: null,
        year: null,
        quarter: null,
        columns:
          '1:label 2:direction 3:year(percent)[2019] 4:year(percent)[2020] 5:year(percent)[2021] 6:year(percent)[2022] 7:target(percent)',
        rows: details(2, 4),
      },
    ]);
  });

  it('bruttokatalog-2019: catalogue with pejlemærke, star, target group and financing need', async () => {
    expect(await tablesOf(`${dir}/bruttokatalog-2019.xlsx`)).toEqual([
      {
        sheet: 'Bruttokatalog',
        range: 'A3:G24',
        kind: 'catalogue',
        unit: 'mio. kr.',
        headerRow: 3,
        title:
          'Bruttokatalog over mulige fokusområder i Integrationshandleplanen (finansieringsbehov pr. år)',
        year: null,
        quarter: null,
        columns: '1:area 2:area 3:label 4:star 5:targetGroup(count) 6:note 7:value(mio. kr.)',
        rows: details(4, 24),
      },
    ]);
  });

  it('budget-2023: two groups across blank rows, each with I alt, and the grand total', async () => {
    expect(await tablesOf(`${dir}/budget-2023.xlsx`)).toEqual([
      {
        sheet: 'Budget 2023',
        range: 'A3:B16',
        kind: 'budget',
        unit: 'kr',
        headerRow: 3,
        title: 'Oversigt over forbrug af puljen til lokale indsatser 2023',
        year: 2023,
        quarter: null,
        columns: '1:label 2:value(kr)',
        rows: `${details(4, 7)} 8:total{4,5,6,7} 10:group ${details(11, 13)} 14:total{11,12,13} 16:grandTotal{8,14}`,
      },
    ]);
  });

  it('status-2024-q2: quarterly status with target and result, quarter and year from the title', async () => {
    expect(await tablesOf(`${dir}/status-2024-q2.xlsx`)).toEqual([
      {
        sheet: 'Status 2. kvartal',
        range: 'A3:E7',
        kind: 'status',
        unit: null,
        headerRow: 3,
        title: 'Status: Handleplan 2024, 2. kvartal',
        year: 2024,
        quarter: 2,
        columns: '1:id 2:label 3:target 4:result 5:note',
        rows: details(4, 7),
      },
    ]);
  });
});
