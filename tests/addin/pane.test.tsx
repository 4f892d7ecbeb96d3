import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, defaultSettings } from '../../addin/taskpane';
import type { Lang } from '../../core/i18n';
import { createFakeHost, type FakeHost } from './fake-host';
import { exampleWorkbook, planWorkbook } from './pane-fixtures';

afterEach(async () => {
  cleanup();
  // Let Fluent's focus manager finish its mutation callbacks while the DOM still exists.
  await new Promise((r) => setTimeout(r, 0));
});

const T = {
  da: {
    check: 'Tjek',
    outside: 'Uden for tabellerne',
    stated: 'Angivet: 5 · Beregnet: 4,5',
    mark: 'Markér cellerne',
    clear: 'Fjern markeringer',
    allocate: 'Fordel',
    find: 'Find tabeller',
    total: 'Total der skal fordeles',
    step: 'Trin',
    preview: 'Vis forslag',
    apply: 'Skriv i arket',
    undo: 'Fortryd',
    indicators: 'Indikatorer',
    computeInd: 'Beregn indikatorer',
    write: 'Skriv til arket Ramme',
    status: 'Status',
    computeStatus: 'Beregn status',
    settings: 'Indstillinger',
    hours: 'Timer pr. årsværk',
    badHours: 'Skriv et positivt helt tal.',
    lock: 'Lås',
    overwrite: 'Erstat formlerne',
    noFindings: 'Ingen fejl fundet.',
    written: '4 celler skrevet.',
    fromCell: 'Hent fra markeret celle',
  },
  en: {
    check: 'Check',
    outside: 'Outside the tables',
    stated: 'Stated: 5 · Computed: 4.5',
    mark: 'Mark the cells',
    clear: 'Remove marks',
    allocate: 'Allocate',
    find: 'Find tables',
    total: 'Total to allocate',
    step: 'Step',
    preview: 'Preview',
    apply: 'Write to the sheet',
    undo: 'Undo',
    indicators: 'Indicators',
    computeInd: 'Compute indicators',
    write: 'Write to the Ramme sheet',
    status: 'Status',
    computeStatus: 'Compute status',
    settings: 'Settings',
    hours: 'Hours per person-year',
    badHours: 'Enter a positive whole number.',
    lock: 'Lock',
    overwrite: 'Replace the formulas',
    noFindings: 'No problems found.',
    written: '4 cells written.',
    fromCell: 'Take from the selected cell',
  },
} as const;

function renderPane(host: FakeHost, lang: Lang) {
  return render(<App host={host} settings={defaultSettings(lang)} />);
}

function openTab(name: string) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

function cellValue(host: FakeHost, row: number, col: number): unknown {
  return host.workbook.sheets[0]!.rows[row - 1]?.[col - 1]?.value;
}

describe.each(['da', 'en'] as const)('the pane in %s', (lang) => {
  const t = T[lang];

  it('Tjek: finds the wrong total, shows stated vs computed, goes to the cell, marks and unmarks', async () => {
    const host = createFakeHost(planWorkbook(), lang);
    renderPane(host, lang);
    expect(screen.getByRole('tab', { name: t.check, selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t.check }));
    const cell = await screen.findByRole('button', { name: new RegExp('Arbejdsplan 2024!B7') });
    expect(screen.getByText(t.stated)).toBeTruthy();
    // The table's kind in the pane's language, the sheet name quoted as Excel writes it.
    const kind = lang === 'da' ? 'årsværksplan' : 'person-year plan';
    expect(
      screen.getByRole('heading', { name: `'Arbejdsplan 2024'!A3:B7 (${kind})` }),
    ).toBeTruthy();
    expect(screen.getByText(lang === 'da' ? /giver 4,5/ : /add up to 4\.5/)).toBeTruthy();
    fireEvent.click(cell);
    await waitFor(() => expect(host.shown).toEqual(['Arbejdsplan 2024!B7']));
    fireEvent.click(screen.getByRole('button', { name: t.mark }));
    await waitFor(() => expect(host.marked.map((f) => f.cell)).toEqual(['B7']));
    fireEvent.click(screen.getByRole('button', { name: t.clear }));
    await waitFor(() => expect(host.marked).toEqual([]));
    expect(host.reads).toEqual(['sheet']);
  });

  it('Tjek: shows the funding balance as soon as the workbook is checked', async () => {
    const host = createFakeHost(await exampleWorkbook('aftale-2024.xlsx'), lang);
    renderPane(host, lang);
    fireEvent.click(screen.getAllByRole('radio')[2]!);
    fireEvent.click(screen.getByRole('button', { name: t.check }));
    const results = await screen.findByTestId('check-results');
    expect(results.textContent).toContain(
      lang === 'da' ? 'balance -0,9 mio. kr.' : 'balance -DKK 0.9m',
    );
  });

  it('Tjek: the whole workbook with nothing wrong says so', async () => {
    const wb = planWorkbook();
    wb.sheets[0]!.rows[6]![1] = { value: 4.5 };
    const host = createFakeHost(wb, lang);
    renderPane(host, lang);
    fireEvent.click(screen.getAllByRole('radio')[2]!);
    fireEvent.click(screen.getByRole('button', { name: t.check }));
    expect(await screen.findByText(t.noFindings)).toBeTruthy();
    expect(host.reads).toEqual(['workbook']);
  });

  it('Fordel: previews 5 in steps of ½ with a lock, writes numbers, and Fortryd restores', async () => {
    const host = createFakeHost(planWorkbook(), lang);
    renderPane(host, lang);
    openTab(t.allocate);
    fireEvent.click(screen.getByRole('button', { name: t.find }));
    const total = await screen.findByRole('textbox', { name: t.total });
    fireEvent.change(total, { target: { value: '5' } });
    fireEvent.change(screen.getByRole('textbox', { name: t.step }), { target: { value: '0,5' } });
    fireEvent.click(screen.getByRole('button', { name: t.preview }));
    const table = await screen.findByRole('table', { name: t.preview });
    const rows = within(table).getAllByRole('row').slice(1);
    // 5 by current values 2 : 1,5 : 1 (sum 4,5) in half steps: 2,5 / 1,5 / 1.
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(1, 4)
          .map((c) => c.textContent),
      ),
    ).toEqual(
      lang === 'da'
        ? [
            ['Jobcenter', '2', '2,5'],
            ['Uddannelse', '1,5', '1,5'],
            ['Sprog', '1', '1'],
          ]
        : [
            ['Jobcenter', '2', '2.5'],
            ['Uddannelse', '1.5', '1.5'],
            ['Sprog', '1', '1'],
          ],
    );
    // Jobcenter locked at 2: the other 3 go 1,8 : 1,2 → 1,5 + 1 and the extra half to Uddannelse.
    fireEvent.click(within(table).getByRole('checkbox', { name: `${t.lock} Jobcenter` }));
    await waitFor(() => {
      const after = within(screen.getByRole('table', { name: t.preview }))
        .getAllByRole('row')
        .slice(1);
      expect(after.map((r) => within(r).getAllByRole('cell')[3]!.textContent)).toEqual([
        '2',
        '2',
        '1',
      ]);
    });
    fireEvent.click(screen.getByRole('button', { name: t.apply }));
    expect(await screen.findByText(t.written)).toBeTruthy();
    expect([4, 5, 6, 7].map((r) => cellValue(host, r, 2))).toEqual([2, 2, 1, 5]);
    expect(host.workbook.sheets[0]!.rows[4]![1]!.numFmt).toBe('#,##0.0');
    fireEvent.click(screen.getByRole('button', { name: t.undo }));
    await waitFor(() => expect(cellValue(host, 5, 2)).toBe(1.5));
    expect(cellValue(host, 6, 2)).toBe(1);
  });

  it('Fordel: an empty total is said at its field, not as "Noget gik galt"', async () => {
    const host = createFakeHost(planWorkbook(), lang);
    renderPane(host, lang);
    openTab(t.allocate);
    fireEvent.click(screen.getByRole('button', { name: t.find }));
    await screen.findByRole('textbox', { name: t.total });
    fireEvent.click(screen.getByRole('button', { name: t.preview }));
    expect(
      await screen.findByText(
        lang === 'da' ? 'Skriv den total, der skal fordeles.' : 'Type the total to allocate.',
      ),
    ).toBeTruthy();
    expect(
      screen.queryByText(lang === 'da' ? 'Noget gik galt' : 'Something went wrong'),
    ).toBeNull();
    expect(screen.queryByRole('table', { name: t.preview })).toBeNull();
  });

  it('Fordel: takes the total from the selected cell', async () => {
    const host = createFakeHost(planWorkbook(), lang);
    host.selected = { sheet: 'Arbejdsplan 2024', range: 'B5' };
    renderPane(host, lang);
    openTab(t.allocate);
    fireEvent.click(screen.getByRole('button', { name: t.find }));
    const total = await screen.findByRole('textbox', { name: t.total });
    fireEvent.click(screen.getByRole('button', { name: t.fromCell }));
    await waitFor(() =>
      expect((total as HTMLInputElement).value).toBe(lang === 'da' ? '1,5' : '1.5'),
    );
  });

  it('Fordel: asks before replacing formulas', async () => {
    const wb = planWorkbook();
    wb.sheets[0]!.rows[5]![1] = { value: 1, formula: 'B4/2' };
    const host = createFakeHost(wb, lang);
    renderPane(host, lang);
    openTab(t.allocate);
    fireEvent.click(screen.getByRole('button', { name: t.find }));
    fireEvent.change(await screen.findByRole('textbox', { name: t.total }), {
      target: { value: '9' },
    });
    fireEvent.click(screen.getByRole('button', { name: t.preview }));
    await screen.findByRole('table', { name: t.preview });
    fireEvent.click(screen.getByRole('button', { name: t.apply }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Arbejdsplan 2024!B6');
    expect(cellValue(host, 6, 2)).toBe(1);
    // jsdom has no layout, so Fluent's focus trap can leave aria-hidden on the surface here.
    fireEvent.click(within(dialog).getByRole('button', { name: t.overwrite, hidden: true }));
    await waitFor(() => expect(cellValue(host, 6, 2)).toBe(2));
    expect(host.workbook.sheets[0]!.rows[5]![1]!.formula).toBeUndefined();
  });

  it('Indikatorer: computes the barometer and writes a table with a chart', async () => {
    const host = createFakeHost(await exampleWorkbook('barometer-2024.xlsx'), lang);
    renderPane(host, lang);
    openTab(t.indicators);
    fireEvent.click(screen.getByRole('button', { name: t.computeInd }));
    const table = await screen.findByRole('table', { name: t.indicators });
    expect(
      within(table).getByText(/Andel 16-64-årige med ikke-vestlig baggrund i beskæftigelse/),
    ).toBeTruthy();
    // The target year column, and the status as a word (the report carries the code).
    const first = within(table).getAllByRole('row')[1]!;
    const cells = within(first)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toContain('2026');
    // The status word, then the Open SDG measure by the target year.
    expect(cells.some((c) => c?.startsWith(lang === 'da' ? 'Fremgang · ' : 'Progress · '))).toBe(
      true,
    );
    expect(cells).toContain(lang === 'da' ? '4,0 (2027)' : '4.0 (2027)');
    // Progress by the target year, the published Open SDG measure (row 4: R 0,80, moderate).
    expect(
      within(table).getAllByText(
        /Moderate fremskridt, tempoet skal op|Moderate progress\/acceleration needed/,
      ).length,
    ).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: t.write }));
    await waitFor(() => expect(host.results.length).toBe(1));
    const written = host.results[0]!;
    expect(written.kind).toBe('indicators');
    expect(written.chart?.periods.length).toBeGreaterThan(1);
    expect(written.chart?.values.some((v) => typeof v === 'number')).toBe(true);
    expect(written.rows[0]![2]).toBe(60.3);
  });

  it('Status: computes attainment and writes traffic lights', async () => {
    const host = createFakeHost(await exampleWorkbook('status-2024-q3.xlsx'), lang);
    renderPane(host, lang);
    openTab(t.status);
    fireEvent.click(screen.getByRole('button', { name: t.computeStatus }));
    const table = await screen.findByRole('table', { name: t.status });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    // The forecast column: 118 lærepladser after three quarters forecast whole, 157.
    const rows = within(table).getAllByRole('row');
    const learn = rows.find((r) => r.textContent?.includes('Lærepladser'))!;
    expect(
      within(learn)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain('157');
    fireEvent.click(screen.getByRole('button', { name: t.write }));
    await waitFor(() => expect(host.results.length).toBe(1));
    expect(host.results[0]!.trafficLightColumn).toBe(5);
    for (const row of host.results[0]!.rows)
      expect(typeof row[5] === 'number' || row[5] === null).toBe(true);
  });

  it('Indstillinger: validates hours and switches the language', async () => {
    const host = createFakeHost(planWorkbook(), lang);
    renderPane(host, lang);
    openTab(t.settings);
    fireEvent.change(screen.getByRole('textbox', { name: t.hours }), { target: { value: '-3' } });
    expect(screen.getByText(t.badHours)).toBeTruthy();
    const other = lang === 'da' ? 'Engelsk' : 'Danish';
    fireEvent.click(screen.getByRole('radio', { name: other }));
    const back = lang === 'da' ? T.en : T.da;
    expect(await screen.findByRole('tab', { name: back.settings, selected: true })).toBeTruthy();
    expect(screen.getByRole('tab', { name: back.allocate })).toBeTruthy();
  });
});
