/**
 * The results writer on an office-addin-mock workbook: the "Ramme" sheet gets a table with
 * number formats, a native line chart and traffic-light icons, in two syncs.
 */
import { describe, expect, it } from 'vitest';
import { OfficeMockObject } from 'office-addin-mock';
import { createExcelHost, RESULTS_SHEET, type OfficeApi } from '../../addin/excel';
import type { ResultsTable } from '../../addin/host/types';

interface Recorded {
  deleted: number;
  added: string[];
  ranges: Map<string, Record<string, unknown>>;
  tables: Array<{ address: string; header: boolean; table: Record<string, unknown> }>;
  charts: Array<{ type: string; source: string; by: string; chart: Record<string, unknown> }>;
  icons: Array<{ address: string; cf: { iconSet: Record<string, unknown> } }>;
  syncs: number;
  activated: number;
}

function resultsMock(existing: boolean): { api: OfficeApi; rec: Recorded } {
  const rec: Recorded = {
    deleted: 0,
    added: [],
    ranges: new Map(),
    tables: [],
    charts: [],
    icons: [],
    syncs: 0,
    activated: 0,
  };
  const range = (address: string) => {
    const r: Record<string, unknown> = {
      address,
      format: { font: {}, autofitColumns() {} },
      conditionalFormats: {
        add: (type: string) => {
          const cf = { type, iconSet: {} as Record<string, unknown> };
          rec.icons.push({ address, cf });
          return cf;
        },
      },
    };
    rec.ranges.set(address, r);
    return r;
  };
  const sheet = {
    getRange: range,
    tables: {
      add: (address: string, header: boolean) => {
        const table = {};
        rec.tables.push({ address, header, table });
        return table;
      },
    },
    charts: {
      add: (type: string, source: { address: string }, by: string) => {
        const chart = {
          title: {},
          setPosition(a: string, b: string) {
            (chart as Record<string, unknown>).position = [a, b];
          },
        };
        rec.charts.push({ type, source: source.address, by, chart });
        return chart;
      },
    },
    activate: () => {
      rec.activated++;
    },
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItemOrNullObject: (name: string) =>
            Object.assign({ name, delete: () => void rec.deleted++ }, { isNullObject: !existing }),
          add: (name: string) => {
            rec.added.push(name);
            return sheet;
          },
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
    isSetSupported: () => true,
  };
  return { api, rec };
}

const status: ResultsTable = {
  kind: 'status',
  title: 'Ramme: Status',
  header: ['Indsats', 'Kvartal', 'Mål', 'Resultat', 'Opfyldelse', 'Prognose', 'På vej'],
  numFmts: [undefined, '0', '#,##0.##', '#,##0.##', '0.0%', '0.0%', undefined],
  rows: [
    ['1 Jobrettede forløb', 3, 400, 310, 0.775, 1.0333, 'Ja'],
    ['2 Sprogforløb', 3, 200, 120, 0.6, 0.8, 'Nej'],
  ],
  trafficLightColumn: 5,
};

describe('the Ramme results sheet', () => {
  it('replaces the sheet with a table, number formats and traffic lights, in two syncs', async () => {
    const { api, rec } = resultsMock(true);
    const out = await createExcelHost('da', api).writeResults!(status);
    expect(out).toEqual({ ok: true, written: 2 });
    expect(rec.syncs).toBe(2);
    expect(rec.deleted).toBe(1);
    expect(rec.added).toEqual([RESULTS_SHEET]);
    expect(rec.ranges.get('A1')!.values).toEqual([['Ramme: Status']]);
    expect(rec.ranges.get('A3:G3')!.values).toEqual([status.header]);
    const body = rec.ranges.get('A4:G5')!;
    expect(body.values).toEqual(status.rows);
    expect((body.numberFormat as string[][])[0]).toEqual([
      'General',
      '0',
      '#,##0.##',
      '#,##0.##',
      '0.0%',
      '0.0%',
      'General',
    ]);
    expect(rec.tables).toEqual([
      { address: 'A3:G5', header: true, table: { style: 'TableStyleMedium2' } },
    ]);
    expect(rec.icons.map((i) => i.address)).toEqual(['F4:F5']);
    expect(rec.icons[0]!.cf.iconSet.style).toBe('ThreeTrafficLights1');
    expect(rec.charts).toEqual([]);
    expect(rec.activated).toBe(1);
  });

  it('draws a native line chart of the chosen indicator under its table', async () => {
    const { api, rec } = resultsMock(false);
    await createExcelHost('da', api).writeResults!({
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
    expect(rec.deleted).toBe(0);
    expect(rec.ranges.get('A7:D8')!.values).toEqual([
      ['', '2019', '2021', '2023'],
      ['Beskæftigelse', 56.6, '', 60.3],
    ]);
    expect(rec.charts.map((c) => [c.type, c.source, c.by])).toEqual([['Line', 'A7:D8', 'Rows']]);
    expect(rec.charts[0]!.chart.title).toEqual({ text: 'Beskæftigelse' });
    expect(rec.icons).toEqual([]);
  });
});
