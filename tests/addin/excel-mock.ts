/**
 * An Excel workbook for the adapter tests, built on office-addin-mock's OfficeMockObject: every
 * property must be loaded and synced before it is read, as in Office.js. Collections load their
 * items; ranges are mock objects, one per address, so what the adapter writes stays there.
 * The harness counts context.sync calls and measures each sync's loaded payload (JSON bytes),
 * refusing one over 5 MB the way Excel on the web does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1 } from '../../core/grid';
import { PAYLOAD_LIMIT } from '../../addin/excel';
import type { OfficeApi } from '../../addin/excel';

export interface FakeSheet {
  name: string;
  values: unknown[][];
  numberFormat?: string[][];
  formulas?: unknown[][];
  text?: string[][];
  /** Merged areas, as Excel lists them ('A1:B1'). */
  merges?: string[];
  hidden?: boolean;
  /**
   * The used range Excel reports, when larger than `values` (a stray value in XFD): only its
   * size is given, so a huge range costs the mock nothing until a block of it is read.
   */
  usedRange?: { rows: number; cols: number };
}

/** An Excel table (ListObject) or a defined name of the workbook. */
export interface FakeName {
  name: string;
  sheet: string;
  range: string;
  kind: 'table' | 'name';
}

export interface ExcelMock {
  api: OfficeApi;
  syncs: number;
  /** JSON bytes loaded by each sync that read cell blocks. */
  payloads: number[];
  runOptions: unknown[];
  suspended: number;
  notes: Map<string, string>;
  /** The mock range of one cell ('Ark1', 'B2'), as the adapter last left it. */
  cell(
    sheet: string,
    address: string,
  ): Record<string, unknown> & { format: { fill: { color: string } } };
  supported: Set<string>;
}

/** addMock and populate are documented in the package README but private in its typings. */
type Mock = Record<string, unknown> & {
  addMock(name: string): void;
  populate(data: object): void;
  sync(): Promise<void>;
};

function pad(rows: unknown[][], fill: unknown, r: number, c: number): unknown[][] {
  return Array.from({ length: r }, (_, i) =>
    Array.from({ length: c }, (_, j) => rows[i]?.[j] ?? fill),
  );
}

export function createExcelMock(
  sheets: FakeSheet[],
  options: { active?: string; versions?: string[]; name?: string; names?: FakeName[] } = {},
): ExcelMock {
  let n = 0;
  let pending = 0;
  const cells = new Map<string, Mock>();
  const state: ExcelMock = {
    api: undefined as unknown as OfficeApi,
    syncs: 0,
    payloads: [],
    runOptions: [],
    suspended: 0,
    notes: new Map(),
    cell: (sheet, address) => cells.get(`${sheet}!${address}`) as never,
    supported: new Set(options.versions ?? ['1.1', '1.6', '1.7', '1.10', '1.13', '1.18', '1.20']),
  };

  const mockOf = (data: Record<string, unknown>): Mock => {
    const key = `m${n++}`;
    const ctx = root.context as Mock;
    ctx.addMock(key);
    (ctx[key] as Mock).populate(data);
    return ctx[key] as Mock;
  };
  const loadItems = function (this: OfficeMockObject) {
    OfficeMockObject.prototype.load.call(this, 'items');
  };

  const worksheet = (s: FakeSheet) => {
    const rows = s.values.length;
    const cols = Math.max(1, ...s.values.map((r) => r.length));
    const grid = {
      values: pad(s.values, '', rows, cols),
      numberFormat: pad(s.numberFormat ?? [], 'General', rows, cols),
      formulas: pad(s.formulas ?? s.values, '', rows, cols),
      text: pad(
        s.text ?? s.values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
        '',
        rows,
        cols,
      ),
    };
    const block = (r: number, c: number, nr: number, nc: number) => {
      const slice = (m: unknown[][]) => m.slice(r, r + nr).map((line) => line.slice(c, c + nc));
      const data = {
        values: slice(grid.values),
        text: slice(grid.text),
        numberFormat: slice(grid.numberFormat),
        formulas: slice(grid.formulas),
      };
      pending += JSON.stringify(data).length;
      return mockOf(data);
    };
    const getRange = (address: string) => {
      const key = `${s.name}!${address}`;
      if (!cells.has(key)) {
        const m = /^([A-Z]+)(\d+)$/.exec(address)!;
        const row = Number(m[2]) - 1;
        const col = m[1]!.split('').reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        cells.set(
          key,
          mockOf({
            address: `${s.name}!${address}`,
            values: [[grid.values[row]?.[col] ?? '']],
            formulas: [[grid.formulas[row]?.[col] ?? '']],
            numberFormat: [[grid.numberFormat[row]?.[col] ?? 'General']],
            format: {
              fill: {
                color: '#FFFFFF',
                clear() {
                  (this as { color: string }).color = '#FFFFFF';
                },
              },
              font: {},
              autofitColumns() {},
            },
            select() {},
          }),
        );
      }
      return cells.get(key)!;
    };
    return {
      name: s.name,
      visibility: s.hidden ? 'Hidden' : 'Visible',
      getUsedRange: () =>
        mockOf({
          address: `${s.name}!A1:${a1(s.usedRange?.rows ?? rows, s.usedRange?.cols ?? cols)}`,
          rowIndex: 0,
          columnIndex: 0,
          rowCount: s.usedRange?.rows ?? rows,
          columnCount: s.usedRange?.cols ?? cols,
          getMergedAreasOrNullObject: () => {
            const areas = (s.merges ?? []).map((m) => `${s.name}!${m}`).join(',');
            // isNullObject is set by Office.js itself after a sync, never loaded.
            return Object.assign(mockOf({ address: areas }), { isNullObject: areas === '' });
          },
        }),
      getRangeByIndexes: block,
      getRange,
      activate() {},
    };
  };

  const items = sheets.map(worksheet);
  const active = options.active ?? sheets[0]!.name;
  const root = new OfficeMockObject({
    context: {
      workbook: {
        name: options.name ?? 'Bog.xlsx',
        worksheets: {
          items,
          load: loadItems,
          getActiveWorksheet: () => mockOf({ name: active }),
          getItem: (name: string) => items.find((w) => w.name === name)!,
        },
        names: {
          items: (options.names ?? [])
            .filter((n) => n.kind === 'name')
            .map((n) => ({
              name: n.name,
              type: 'Range',
              formula: `='${n.sheet}'!${n.range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
            })),
          load: loadItems,
        },
        tables: {
          items: (options.names ?? [])
            .filter((n) => n.kind === 'table')
            .map((n) => ({
              name: n.name,
              getRange: () => mockOf({ address: `'${n.sheet}'!${n.range}` }),
            })),
          load: loadItems,
        },
        notes: {
          add: (key: string, text: string) => state.notes.set(key, text),
          getItem: (key: string) => ({ delete: () => state.notes.delete(key) }),
        },
        getSelectedRange: () =>
          mockOf({
            address: `${active}!A1`,
            rowIndex: 0,
            columnIndex: 0,
            rowCount: 1,
            columnCount: 1,
            getMergedAreasOrNullObject: () =>
              Object.assign(mockOf({ address: '' }), { isNullObject: true }),
          }),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          state.suspended++;
        },
      },
    },
  }) as unknown as Mock;

  const context = root.context as Mock;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    state.syncs++;
    const bytes = pending;
    pending = 0;
    if (bytes > 0) state.payloads.push(bytes);
    if (bytes > PAYLOAD_LIMIT) {
      throw Object.assign(new Error('The response payload size has exceeded the limit.'), {
        code: 'ResponsePayloadSizeLimitExceeded',
      });
    }
    await sync();
    // OfficeMockObject settles nested properties in later microtasks: let them land.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  state.api = {
    run: (async (...args: unknown[]) => {
      const batch = args[args.length - 1] as (c: unknown) => Promise<unknown>;
      if (args.length > 1) state.runOptions.push(args[0]);
      return batch(context);
    }) as OfficeApi['run'],
    isSetSupported: (name: string, version: string) =>
      name === 'ExcelApi' && state.supported.has(version),
  };
  return state;
}
