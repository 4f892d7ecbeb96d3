/**
 * "Indsæt diagram" in Excel on an office-addin-mock workbook: the chart's data goes to a new
 * sheet (a free name), a native chart is made from exactly that range with the right type,
 * title and axis format, nothing else in the workbook is written, and undo removes the sheet.
 */
import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost, type OfficeApi } from '../../addin/excel';
import type { ChartSpec } from '../../addin/host/types';

interface Written {
  sheet: string;
  address: string;
  range: Record<string, unknown>;
}

interface Recorded {
  added: string[];
  deleted: string[];
  written: Written[];
  charts: Array<{ sheet: string; type: string; source: string; by: string }>;
  chart: {
    title: Record<string, unknown>;
    position?: [string, string];
    series: Array<Record<string, unknown>>;
    axes: { valueAxis: Record<string, unknown> };
  };
  activated: string[];
  syncs: number;
}

function chartMock(existing: string[], versions = ['1.7', '1.8']) {
  const rec: Recorded = {
    added: [],
    deleted: [],
    written: [],
    charts: [],
    chart: { title: {}, series: [], axes: { valueAxis: {} } },
    activated: [],
    syncs: 0,
  };
  const newSheet = (name: string) => ({
    name,
    getRange: (address: string) => {
      const range: Record<string, unknown> = { address, format: { font: {} } };
      rec.written.push({ sheet: name, address, range });
      return range;
    },
    charts: {
      add: (type: string, source: { address: string }, by: string) => {
        rec.charts.push({ sheet: name, type, source: source.address, by });
        return {
          title: rec.chart.title,
          axes: rec.chart.axes,
          series: {
            getItemAt: (i: number) => (rec.chart.series[i] ??= { format: { line: {} } }),
          },
          setPosition: (a: string, b: string) => {
            rec.chart.position = [a, b];
          },
        };
      },
    },
    activate: () => void rec.activated.push(name),
  });
  const loadItems = function (this: OfficeMockObject) {
    OfficeMockObject.prototype.load.call(this, 'items');
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: existing.map((name) => ({ name })),
          load: loadItems,
          add: (name: string) => {
            rec.added.push(name);
            return newSheet(name);
          },
          getItem: (name: string) => ({ delete: () => void rec.deleted.push(name) }),
        },
      },
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    rec.syncs++;
    await sync();
  };
  const api: OfficeApi = {
    run: (async (...args: unknown[]) =>
      (args[args.length - 1] as (c: unknown) => Promise<unknown>)(
        mock.context,
      )) as OfficeApi['run'],
    isSetSupported: (name: string, v: string) => name === 'ExcelApi' && versions.includes(v),
  };
  return { api, rec };
}

const indicator: ChartSpec = {
  kind: 'line',
  sheet: 'Ramme diagram',
  title: 'Beskæftigelse',
  categories: ['2019', '2021', '2023', '2026'],
  series: [
    { name: 'Beskæftigelse', values: [56.6, 58.1, 60.3, null] },
    { name: 'Mål', values: [65, 65, 65, 65], target: true },
  ],
  numFmt: '0.0',
};

const status: ChartSpec = {
  kind: 'columnClustered',
  sheet: 'Ramme diagram',
  title: 'Status',
  categories: ['1 Jobrettede forløb', '2 Sprogforløb'],
  series: [
    { name: 'Opfyldelse', values: [0.775, 0.6] },
    { name: 'Prognose', values: [1.0333, 0.8] },
    { name: 'Mål', values: [1, 1], line: true, target: true },
  ],
  numFmt: '0%',
};

describe('insertChart in Excel', () => {
  it('writes the data to a new sheet and draws a line chart from exactly that range', async () => {
    const { api, rec } = chartMock(['Ark1', 'Ramme']);
    const host = createExcelHost('da', api);
    expect(await host.insertChart!(indicator)).toEqual({ sheet: 'Ramme diagram' });
    expect(rec.added).toEqual(['Ramme diagram']);
    expect(rec.syncs).toBe(2);
    expect(rec.charts).toEqual([
      { sheet: 'Ramme diagram', type: 'Line', source: 'A3:C7', by: 'Columns' },
    ]);
    expect(rec.chart.title).toEqual({ text: 'Beskæftigelse' });
    expect(rec.chart.axes.valueAxis).toEqual({ numberFormat: '0.0' });
    // The target: a dashed line without markers.
    expect(rec.chart.series).toEqual([
      undefined,
      { format: { line: { lineStyle: 'Dash' } }, markerStyle: 'None' },
    ]);
    expect(rec.chart.position).toEqual(['E3', 'N21']);
    // Only the new sheet's data block gets values; A1 only gets bold, the source is only read.
    const withValues = rec.written.filter((w) => 'values' in w.range);
    expect(withValues.map((w) => [w.sheet, w.address])).toEqual([['Ramme diagram', 'A1:C7']]);
    expect(withValues[0]!.range.values).toEqual([
      ['Beskæftigelse', '', ''],
      ['', '', ''],
      ['', 'Beskæftigelse', 'Mål'],
      ['2019', 56.6, 65],
      ['2021', 58.1, 65],
      ['2023', 60.3, 65],
      ['2026', '', 65],
    ]);
    expect((withValues[0]!.range.numberFormat as string[][]).slice(2)).toEqual([
      ['General', 'General', 'General'],
      ['@', '0.0', '0.0'],
      ['@', '0.0', '0.0'],
      ['@', '0.0', '0.0'],
      ['@', '0.0', '0.0'],
    ]);
    expect(rec.activated).toEqual(['Ramme diagram']);
    expect(rec.deleted).toEqual([]);
  });

  it('draws status as clustered columns with the target series as a line', async () => {
    const { api, rec } = chartMock(['Status', 'Ramme diagram', 'ramme diagram (2)']);
    const out = await createExcelHost('da', api).insertChart!(status);
    expect(out).toEqual({ sheet: 'Ramme diagram (3)' });
    expect(rec.charts).toEqual([
      { sheet: 'Ramme diagram (3)', type: 'ColumnClustered', source: 'A3:D5', by: 'Columns' },
    ]);
    expect(rec.chart.series).toEqual([
      undefined,
      undefined,
      { chartType: 'Line', format: { line: { lineStyle: 'Dash' } }, markerStyle: 'None' },
    ]);
    expect(rec.chart.axes.valueAxis).toEqual({ numberFormat: '0%' });
  });

  it('leaves series types and axis formats alone where Excel is older than 1.7 / 1.8', async () => {
    const { api, rec } = chartMock(['Status'], []);
    await createExcelHost('da', api).insertChart!(status);
    expect(rec.chart.series).toEqual([]);
    expect(rec.chart.axes.valueAxis).toEqual({});
    expect(rec.charts).toHaveLength(1);
  });

  it('undo removes the sheet it added and nothing else', async () => {
    const { api, rec } = chartMock(['Ark1']);
    const host = createExcelHost('da', api);
    await host.insertChart!(indicator);
    expect(host.canUndo()).toBe(true);
    expect(await host.undo()).toBe(true);
    expect(rec.deleted).toEqual(['Ramme diagram']);
    expect(host.canUndo()).toBe(false);
  });
});
