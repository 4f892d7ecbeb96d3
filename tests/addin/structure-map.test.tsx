// The structure map's switch and legend (web page and pane) in Danish and English, and the
// finding lists showing the formula findings' full words with the code only as a hover.
import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, defaultSettings } from '../../addin/taskpane';
import { FindingList } from '../../addin/web/FindingList';
import { StructureMap } from '../../addin/web/StructureMap';
import { ViewStore } from '../../addin/web/store';
import type { Cell, Workbook } from '../../core/grid';
import type { Finding, FindingCode, TableInfo } from '../../core/report';
import { createFakeHost } from './fake-host';
import { planWorkbook } from './pane-fixtures';

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 0));
});

const WORDS = {
  da: {
    show: 'Vis struktur',
    rows: ['Overskrift', 'Detalje', 'Heraf', 'Subtotal', 'Total', 'Afledt', 'Note'],
    columns: ['Tekst', 'Beløb', 'Total', 'Afledt', 'Dato', 'Ikke summeret'],
    check: 'Tjek',
    omits: '=SUM(B2:B9) i B12 udelader række 10-11 (3.045,63).',
    b7: 'Række: Total · Kolonne: Beløb',
    a3: 'Række: Overskrift · Kolonne: Tekst',
    none: 'Ingen tabeller genkendt på arket.',
  },
  en: {
    show: 'Show structure',
    rows: ['Header', 'Detail', 'Of which', 'Subtotal', 'Total', 'Derived', 'Note'],
    columns: ['Text', 'Amount', 'Total', 'Derived', 'Date', 'Not summed'],
    check: 'Check',
    omits: '=SUM(B2:B9) in B12 leaves out rows 10-11 (3,045.63).',
    b7: 'Row: Total · Column: Amount',
    a3: 'Row: Header · Column: Text',
    none: 'No tables recognised on the sheet.',
  },
} as const;

function storeOf(workbook: Workbook): ViewStore {
  return new ViewStore({
    name: workbook.name,
    format: 'xlsx',
    original: new Uint8Array(),
    workbook,
  });
}

/** A budget whose `=SUM(B2:B9)` in B12 leaves out rows 10-11: FORMULA_OMITS_CELLS. */
function omittingBudget(): Workbook {
  const rows: Array<Array<Cell | undefined>> = [
    [{ value: 'Post' }, { value: 'Beløb' }],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => [{ value: `Linje ${i}` }, { value: 100 }]),
    [{ value: 'Linje 9' }, { value: 1045.63 }],
    [{ value: 'Linje 10' }, { value: 2000 }],
    [{ value: 'I alt' }, { value: 800, formula: 'SUM(B2:B9)' }],
  ];
  return {
    name: 'b.xlsx',
    sheets: [{ name: 'Ark', rows, rowCount: rows.length, colCount: 2, merges: [] }],
    names: [],
  };
}

const legendWords = (sel: string) =>
  within(screen.getByTestId('structure-legend'))
    .getAllByRole('listitem')
    .filter((li) => li.hasAttribute(sel))
    .map((li) => li.textContent);

describe.each(['da', 'en'] as const)('the structure map in %s', (lang) => {
  const w = WORDS[lang];

  it('web page: the switch tints the table by role and shows the legend; off removes both', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StructureMap store={storeOf(planWorkbook())} lang={lang} />
      </FluentProvider>,
    );
    const cell = (a: string) => document.querySelector(`td[data-cell="${a}"]`) as HTMLElement;
    expect(screen.queryByTestId('structure-legend')).toBeNull();
    expect(cell('B4').dataset.rowRole).toBeUndefined();
    fireEvent.click(screen.getByRole('switch', { name: w.show }));
    expect(legendWords('data-row-role')).toEqual(w.rows);
    expect(legendWords('data-column-role')).toEqual(w.columns);
    expect(cell('A3').dataset.rowRole).toBe('header');
    expect(['B4', 'B5', 'B6'].map((a) => cell(a).dataset.rowRole)).toEqual([
      'detail',
      'detail',
      'detail',
    ]);
    expect(cell('B7').dataset.rowRole).toBe('total');
    expect(cell('B7').style.backgroundColor).toBe('rgb(169, 208, 142)');
    expect(cell('B7').title).toBe(w.b7);
    expect(cell('A3').title).toBe(w.a3);
    expect(cell('A1').dataset.rowRole).toBeUndefined();
    const colB = document.querySelectorAll('th[scope="col"]')[1] as HTMLElement;
    expect(colB.dataset.columnRole).toBe('amount');
    fireEvent.click(screen.getByRole('switch', { name: w.show }));
    expect(screen.queryByTestId('structure-legend')).toBeNull();
    expect(cell('B7').dataset.rowRole).toBeUndefined();
    expect(cell('B7').style.backgroundColor).toBe('');
  });

  it('web page: says so when the sheet has no table, and only then', () => {
    const prose: Workbook = {
      name: 'p.xlsx',
      sheets: [
        { name: 'Ark', rows: [[{ value: 'Referat' }]], rowCount: 1, colCount: 1, merges: [] },
      ],
      names: [],
    };
    for (const [workbook, said] of [
      [prose, true],
      [planWorkbook(), false],
    ] as const) {
      render(
        <FluentProvider theme={webLightTheme}>
          <StructureMap store={storeOf(workbook)} lang={lang} />
        </FluentProvider>,
      );
      fireEvent.click(screen.getByRole('switch', { name: w.show }));
      expect(screen.queryByText(w.none) !== null).toBe(said);
      cleanup();
    }
  });

  it('pane: "Vis struktur" asks the host to show the tables’ roles, and to hide them again', async () => {
    const shown: TableInfo[][] = [];
    let hidden = 0;
    const host = {
      ...createFakeHost(planWorkbook(), lang),
      showStructure: async (tables: TableInfo[]) => void shown.push(tables),
      hideStructure: async () => void hidden++,
    };
    render(<App host={host} settings={defaultSettings(lang)} />);
    fireEvent.click(screen.getByRole('button', { name: w.check }));
    const toggle = await screen.findByRole('switch', { name: w.show });
    fireEvent.click(toggle);
    await waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]!.map((t) => [t.range, t.roles?.rows])).toEqual([
      [
        'A3:B7',
        [
          { from: 3, to: 3, role: 'header' },
          { from: 4, to: 6, role: 'detail' },
          { from: 7, to: 7, role: 'total' },
        ],
      ],
    ]);
    expect(await screen.findByTestId('structure-legend')).toBeTruthy();
    expect(legendWords('data-row-role')).toEqual(w.rows);
    fireEvent.click(screen.getByRole('switch', { name: w.show }));
    await waitFor(() => expect(hidden).toBe(1));
    expect(screen.queryByTestId('structure-legend')).toBeNull();
  });

  it('pane: while the host marks, the switch keeps focus and takes no second press', async () => {
    const shown: TableInfo[][] = [];
    let release = () => {};
    const host = {
      ...createFakeHost(planWorkbook(), lang),
      showStructure: (tables: TableInfo[]) => {
        shown.push(tables);
        return new Promise<void>((r) => (release = r));
      },
      hideStructure: async () => {},
    };
    render(<App host={host} settings={defaultSettings(lang)} />);
    fireEvent.click(screen.getByRole('button', { name: w.check }));
    const toggle = await screen.findByRole('switch', { name: w.show });
    toggle.focus();
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-disabled')).toBe('true'));
    // A disabled control would drop the keyboard's focus (Chromium moves it to the page).
    expect(toggle.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    release();
    await waitFor(() => expect(toggle.getAttribute('aria-disabled')).toBeNull());
    expect(shown).toHaveLength(1);
  });

  it('pane: no switch where the host cannot mark structure', async () => {
    render(<App host={createFakeHost(planWorkbook(), lang)} settings={defaultSettings(lang)} />);
    fireEvent.click(screen.getByRole('button', { name: w.check }));
    await screen.findByRole('button', { name: /Arbejdsplan 2024!B7/ });
    expect(screen.queryByRole('switch', { name: w.show })).toBeNull();
  });

  it('pane: a formula that leaves out rows is shown in full words, the code only as a hover', async () => {
    render(<App host={createFakeHost(omittingBudget(), lang)} settings={defaultSettings(lang)} />);
    fireEvent.click(screen.getByRole('button', { name: w.check }));
    const text = await screen.findByText(w.omits);
    expect(text.getAttribute('title')).toBe('FORMULA_OMITS_CELLS');
    expect(document.body.textContent).not.toContain('FORMULA_OMITS_CELLS');
  });
});

describe('the web page’s finding list', () => {
  const codes: FindingCode[] = [
    'FORMULA_OMITS_CELLS',
    'FORMULA_DOUBLE_COUNT',
    'FORMULA_INCONSISTENT',
    'TYPED_AMONG_FORMULAS',
  ];
  const finding = (code: FindingCode, i: number): Finding => ({
    severity: code === 'TYPED_AMONG_FORMULAS' ? 'warning' : 'error',
    code,
    sheet: 'Arbejdsplan 2024',
    cell: `B${i + 4}`,
    expected: null,
    actual: null,
    message: `Besked ${i}: =SUM(B${i}:B9) i B${i + 4} tæller række 8 med to gange (1.234,50).`,
  });

  it.each(['da', 'en'] as const)('shows each formula finding’s whole message (%s)', (lang) => {
    const store = storeOf(planWorkbook());
    store.update({ marks: codes.map(finding) });
    render(<FindingList store={store} host={createFakeHost(planWorkbook(), lang)} lang={lang} />);
    const items = within(screen.getByTestId('marked-findings')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    items.forEach((li, i) => {
      const message = finding(codes[i]!, i).message;
      expect(li.textContent).toContain(message);
      expect(li.textContent).not.toContain(codes[i]);
      expect(within(li).getByText(message).getAttribute('title')).toBe(codes[i]);
    });
  });
});
