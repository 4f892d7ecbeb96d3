// "Indsæt diagram" on the web page: the chart's data becomes a new sheet of the grid, and the
// workbook with new values carries a native chart there (new parts only, the user's own
// entries stored as they were); undo takes both away. And the charts the views ask for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook, workbookWithValues } from '../../addin/web/downloads';
import { ViewStore } from '../../addin/web/store';
import { createWebHost } from '../../addin/web/web-host';
import { indicatorChart, statusChart } from '../../addin/taskpane/chart-specs';
import type { ChartSpec } from '../../addin/host/types';
import type { IndicatorResult, StatusResult } from '../../core/report';
import { defaultSettings } from '../../addin/taskpane/settings';
import { ROOT, sheetParts, storedRecords, text, unpack } from '../io/write-helpers';

const STATUS = path.join(ROOT, 'examples', 'status-2024-q3.xlsx');

async function opened(file: string) {
  const bytes = new Uint8Array(readFileSync(file));
  const read = await openWorkbook(bytes, path.basename(file), 'da');
  if (!read.ok) throw new Error(read.message);
  const store = new ViewStore(read.doc);
  return { store, host: createWebHost(store, 'da'), bytes };
}

const spec: ChartSpec = {
  kind: 'columnClustered',
  sheet: 'Ramme diagram',
  title: 'Status',
  categories: ['1 Jobrettede forløb', '2 Sprogforløb'],
  series: [
    { name: 'Opfyldelse', values: [0.775, 0.6] },
    { name: 'Prognose', values: [1.0333, null] },
    { name: 'Mål', values: [1, 1], line: true, target: true },
  ],
  numFmt: '0%',
};

const charts = (entries: Map<string, Uint8Array>) =>
  [...entries.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));

describe('insertChart on the web page', () => {
  it('adds the data as a new sheet and the download draws the chart from it', async () => {
    const { store, host, bytes } = await opened(STATUS);
    expect(await host.insertChart!(spec)).toEqual({ sheet: 'Ramme diagram' });
    expect(store.get().added).toEqual(['Ramme diagram']);
    expect(store.get().active).toBe('Ramme diagram');
    const grid = store.sheet('Ramme diagram')!;
    expect(grid.rows[2]?.map((c) => c?.value)).toEqual([
      undefined,
      'Opfyldelse',
      'Prognose',
      'Mål',
    ]);
    expect(grid.rows[3]?.[0]).toEqual({ value: '1 Jobrettede forløb', numFmt: '@' });
    expect(grid.rows[4]?.[2]).toBeUndefined();

    const saved = await workbookWithValues(store.doc, store.get());
    const entries = unpack(saved);
    expect(charts(entries)).toEqual(['xl/charts/chart1.xml']);
    const chart = text(entries, 'xl/charts/chart1.xml');
    expect(chart).toContain("<c:f>'Ramme diagram'!$B$4:$B$5</c:f>");
    expect(chart).toContain("<c:f>'Ramme diagram'!$A$4:$A$5</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>0.775</c:v></c:pt>');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain('formatCode="0%"');
    const sheet = sheetParts(entries).get('Ramme diagram')!;
    expect(text(entries, sheet)).toMatch(/<drawing r:id="rId\d+"\/>/);
    // Every entry of the user's file but the sheet list, content types and (new style records
    // for the chart data's formats) the styles, as stored.
    const before = storedRecords(bytes);
    const after = storedRecords(saved);
    const owned = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ];
    for (const [name, hash] of before)
      if (!owned.includes(name)) expect(after.get(name), name).toBe(hash);
  });

  it('a second chart gets a sheet of its own; undo removes the last one with its chart', async () => {
    const { store, host } = await opened(STATUS);
    await host.insertChart!(spec);
    expect(await host.insertChart!({ ...spec, title: 'To' })).toEqual({
      sheet: 'Ramme diagram (2)',
    });
    expect(charts(unpack(await workbookWithValues(store.doc, store.get())))).toHaveLength(2);
    expect(await host.undo()).toBe(true);
    expect(store.get().added).toEqual(['Ramme diagram']);
    expect(store.get().charts.map((c) => c.sheet)).toEqual(['Ramme diagram']);
    expect(store.get().active).toBe('Status 3. kvartal');
    expect(await host.undo()).toBe(true);
    expect(store.sheet('Ramme diagram')).toBeUndefined();
    const saved = unpack(await workbookWithValues(store.doc, store.get()));
    expect(charts(saved)).toEqual([]);
    expect([...saved.keys()].some((n) => n.includes('drawing'))).toBe(false);
  });

  it('a CSV comes back as an .xlsx with the chart on its own sheet', async () => {
    const csv = new TextEncoder().encode('Indsats;Mål\nA;10\n');
    const read = await openWorkbook(csv, 'status.csv', 'da');
    if (!read.ok) throw new Error(read.message);
    const store = new ViewStore(read.doc);
    await createWebHost(store, 'da').insertChart!(spec);
    const entries = unpack(await workbookWithValues(store.doc, store.get()));
    expect([...sheetParts(entries).keys()]).toEqual([
      read.doc.workbook.sheets[0]!.name,
      'Ramme diagram',
    ]);
    expect(charts(entries)).toEqual(['xl/charts/chart1.xml']);
  });
});

describe('the Ramme results sheet on the web page', () => {
  it("carries the indicator's line chart under the table, as Excel draws it", async () => {
    const { store, host } = await opened(STATUS);
    await host.writeResults!({
      kind: 'indicators',
      title: 'Ramme: Indikatorer',
      header: ['Indikator', 'Seneste'],
      numFmts: [undefined, '0.0'],
      rows: [['Beskæftigelse', 60.3]],
      chart: {
        title: 'Beskæftigelse',
        periods: ['2019', '2021', '2023'],
        values: [56.6, null, 60.3],
      },
    });
    const grid = store.sheet('Ramme')!;
    // Excel's layout (addin/excel/results.ts): the table ends in row 4, the data from row 7.
    expect(grid.rows[6]?.map((c) => c?.value)).toEqual([undefined, '2019', '2021', '2023']);
    expect(grid.rows[7]?.map((c) => c?.value)).toEqual(['Beskæftigelse', 56.6, undefined, 60.3]);
    const entries = unpack(await workbookWithValues(store.doc, store.get()));
    const xml = text(entries, 'xl/charts/chart1.xml');
    expect(xml).toContain("<c:f>'Ramme'!$B$7:$D$7</c:f>");
    expect(xml).toContain("<c:f>'Ramme'!$B$8:$D$8</c:f>");
    expect(xml).toContain('<c:pt idx="2"><c:v>60.3</c:v></c:pt>');
    // A status table has no chart: writing it drops the indicator's; undo brings it back.
    await host.writeResults!({
      kind: 'status',
      title: 'Ramme: Status',
      header: ['Indsats'],
      numFmts: [undefined],
      rows: [['Job']],
    });
    expect(store.get().charts).toEqual([]);
    expect(charts(unpack(await workbookWithValues(store.doc, store.get())))).toEqual([]);
    await host.undo();
    expect(store.get().charts.map((c) => c.sheet)).toEqual(['Ramme']);
    await host.undo();
    expect(store.get().charts).toEqual([]);
  });
});

const settings = defaultSettings('da');

const indicator = (over: Partial<IndicatorResult>): IndicatorResult => ({
  sheet: 'Barometer',
  row: 5,
  label: 'Beskæftigelse',
  direction: 'up',
  unit: 'percent',
  first: null,
  latest: null,
  changePoints: null,
  ratePerYear: null,
  target: '65',
  yearsToTarget: null,
  reachedIn: null,
  targetYear: 2026,
  status: null,
  reason: null,
  ...over,
});

describe('the charts the views insert', () => {
  it.each([
    {
      name: 'a target year after the last period is drawn as the last category',
      ind: indicator({}),
      periods: ['2019', '2021', '2023'],
      categories: ['2019', '2021', '2023', '2026'],
      observed: [56.6, 58.1, 60.3, null],
      target: [65, 65, 65, 65],
    },
    {
      name: 'a target year already past adds nothing',
      ind: indicator({ targetYear: 2020 }),
      periods: ['2019', '2021', '2023'],
      categories: ['2019', '2021', '2023'],
      observed: [56.6, 58.1, 60.3],
      target: [65, 65, 65],
    },
    {
      name: 'periods that are not years: no target year category',
      ind: indicator({}),
      periods: ['2019-20', 'Q3'],
      categories: ['2019-20', 'Q3'],
      observed: [56.6, 58.1],
      target: [65, 65],
    },
    {
      name: 'no target: the observations only',
      ind: indicator({ target: null }),
      periods: ['2019', '2021'],
      categories: ['2019', '2021'],
      observed: [56.6, 58.1],
      target: null,
    },
  ])('indicator: $name', ({ ind, periods, categories, observed, target }) => {
    const c = indicatorChart(ind, { periods, values: observed.slice(0, periods.length) }, settings);
    expect(c.kind).toBe('line');
    expect(c.sheet).toBe('Ramme diagram');
    expect(c.title).toBe('Beskæftigelse');
    expect(c.categories).toEqual(categories);
    expect(c.series[0]).toEqual({ name: 'Beskæftigelse', values: observed });
    expect(c.series[1]).toEqual(
      target === null ? undefined : { name: 'Mål', values: target, target: true },
    );
    expect(c.numFmt).toBe('0.0');
  });

  it('status: attainment and forecast as exact fractions of the target, the target a line', () => {
    const base = {
      sheet: 'Status',
      row: 4,
      unit: 'count' as const,
      quarter: 3,
      targetMax: null,
      onTrack: true,
    };
    const results: StatusResult[] = [
      {
        ...base,
        id: '1',
        label: 'Job',
        target: '400',
        actual: '310',
        attainment: '77.5',
        forecast: '413.33',
      },
      {
        ...base,
        id: '',
        label: 'Sprog',
        target: '200',
        actual: '0',
        attainment: null,
        forecast: null,
      },
    ];
    const c = statusChart(results, defaultSettings('en'));
    expect(c.kind).toBe('columnClustered');
    expect(c.sheet).toBe('Ramme chart');
    expect(c.categories).toEqual(['1 Job', 'Sprog']);
    expect(c.series).toEqual([
      { name: 'Attainment', values: [0.775, null] },
      { name: 'Forecast', values: [1.0333, null] },
      { name: 'Target', values: [1, 1], line: true, target: true },
    ]);
    expect(c.numFmt).toBe('0%');
  });
});
