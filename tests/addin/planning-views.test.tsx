import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, defaultSettings } from '../../addin/taskpane';
import { translate } from '../../addin/taskpane/strings';
import type { Lang } from '../../core/i18n';
import { createFakeHost, type FakeHost } from './fake-host';
import { exampleWorkbook } from './pane-fixtures';

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 0));
});

function renderPane(host: FakeHost, lang: Lang) {
  return render(<App host={host} settings={defaultSettings(lang)} />);
}

function cells(table: HTMLElement, from = 0, to?: number): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .slice(from, to)
        .map((c) => c.textContent ?? ''),
    );
}

function value(host: FakeHost, sheet: string, row: number, col: number): unknown {
  return host.workbook.sheets.find((s) => s.name === sheet)!.rows[row - 1]?.[col - 1]?.value;
}

describe.each(['da', 'en'] as const)('Katalog and the capacity proposal in %s', (lang) => {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);

  it('Katalog: 15 mio. kr. on the 2019 catalogue, the selection written beside it, undo', async () => {
    const host = createFakeHost(await exampleWorkbook('bruttokatalog-2019.xlsx'), lang);
    renderPane(host, lang);
    fireEvent.click(screen.getByRole('tab', { name: t('tabCatalogue') }));
    fireEvent.click(screen.getByRole('button', { name: t('findCatalogue') }));
    const frame = await screen.findByRole('textbox', { name: new RegExp(t('frame')) });
    fireEvent.change(frame, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: t('pick') }));
    const chosen = await screen.findByRole('table', { name: t('chosen') });
    const rows = cells(chosen);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toEqual(
      lang === 'da'
        ? [
            'Håndholdt og kontinuerlig virksomhedsindsats',
            '*',
            '4,4 mio. kr.',
            '350',
            '12.571,43 kr.',
          ]
        : ['Håndholdt og kontinuerlig virksomhedsindsats', '*', 'DKK 4.4m', '350', 'DKK 12,571.43'],
    );
    expect(screen.getByTestId('katalog-total').textContent).toBe(
      lang === 'da'
        ? 'I alt valgt 14,955 mio. kr.; 0,045 mio. kr. tilbage'
        : 'Chosen in all DKK 14.955m; DKK 0.045m left',
    );
    const rest = cells(screen.getByRole('table', { name: t('didNotFit') }));
    expect(rest[0]).toEqual(
      lang === 'da'
        ? ['Familieforsørgede i beskæftigelse', '2,5 mio. kr.', '1 person for 0,028 mio. kr.']
        : ['Familieforsørgede i beskæftigelse', 'DKK 2.5m', '1 person for DKK 0.028m'],
    );
    expect(cells(screen.getByRole('table', { name: t('perArea') }))).toEqual(
      lang === 'da'
        ? [
            ['1', '14,4 mio. kr.'],
            ['2', '0,5 mio. kr.'],
            ['3', '0,055 mio. kr.'],
          ]
        : [
            ['1', 'DKK 14.4m'],
            ['2', 'DKK 0.5m'],
            ['3', 'DKK 0.055m'],
          ],
    );
    // Written in column I (the table is A3:H34): a heading and 1/0 for the 25 priced lines.
    fireEvent.click(screen.getByRole('button', { name: t('writeSelection') }));
    await screen.findByText(`26 ${t('written')}`);
    const sheet = 'Bruttokatalog 2019';
    expect(value(host, sheet, 3, 9)).toBe(
      lang === 'da' ? 'Valgt inden for 15 mio. kr.' : 'Chosen within DKK 15m',
    );
    expect([4, 5, 15, 29, 30].map((r) => value(host, sheet, r, 9))).toEqual([
      1,
      0,
      undefined,
      1,
      0,
    ]);
    fireEvent.click(screen.getByRole('button', { name: t('undo') }));
    await screen.findByText(t('undone'));
    expect(value(host, sheet, 4, 9)).toBeUndefined();
  });

  it('Katalog: a frame that is no number is a message, and a workbook without a catalogue says so', async () => {
    const host = createFakeHost(await exampleWorkbook('bruttokatalog-2019.xlsx'), lang);
    renderPane(host, lang);
    fireEvent.click(screen.getByRole('tab', { name: t('tabCatalogue') }));
    fireEvent.click(screen.getByRole('button', { name: t('findCatalogue') }));
    const frame = await screen.findByRole('textbox', { name: new RegExp(t('frame')) });
    fireEvent.change(frame, { target: { value: 'femten' } });
    fireEvent.click(screen.getByRole('button', { name: t('pick') }));
    expect(
      await screen.findByText(
        lang === 'da' ? /Rammen skal være et beløb/ : /The frame must be an amount/,
      ),
    ).toBeTruthy();
    cleanup();
    const other = createFakeHost(await exampleWorkbook('budget-2024.xlsx'), lang);
    renderPane(other, lang);
    fireEvent.click(screen.getByRole('tab', { name: t('tabCatalogue') }));
    fireEvent.click(screen.getByRole('button', { name: t('findCatalogue') }));
    expect(await screen.findByText(t('noCatalogue'))).toBeTruthy();
  });

  it('Tjek: the 2009 plan over capacity gets a proposal in ¼ steps, written with undo', async () => {
    const host = createFakeHost(await exampleWorkbook('arbejdsplan-2009.xlsx'), lang);
    renderPane(host, lang);
    fireEvent.click(screen.getAllByRole('radio')[2]!);
    fireEvent.click(screen.getByRole('button', { name: t('runCheck') }));
    const table = await screen.findByRole('table', {
      name: `${t('proposalTitle')} (Arbejdsplan 2009)`,
    });
    const dec = (s: string) => (lang === 'da' ? s.replace('.', ',') : s);
    expect(cells(table, 1)).toEqual([
      ['2', dec('1.75')],
      ['1', '1'],
      ['1', '1'],
      [dec('0.5'), dec('0.5')],
      [dec('1.5'), dec('1.5')],
    ]);
    fireEvent.click(screen.getByRole('button', { name: t('applyProposal') }));
    await screen.findByText(`5 ${t('written')}`);
    const sheet = 'Arbejdsplan 2009';
    const col = [5, 6, 7, 8, 9].map((r) => value(host, sheet, r, 2));
    expect(col).toEqual([1.75, 1, 1, 0.5, 1.5]);
    // The lines (not the heraf part in row 6) add up to 4,75 exactly.
    expect([1.75, 1, 0.5, 1.5].reduce((a, b) => a + b)).toBe(4.75);
    // In half steps: 4½ — 1,5, 1, 1, 0,5, 1,5.
    fireEvent.change(screen.getByRole('textbox', { name: t('proposalStep') }), {
      target: { value: lang === 'da' ? '0,5' : '0.5' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('showProposal') }));
    await waitFor(() =>
      expect(cells(screen.getByRole('table', { name: /Arbejdsplan 2009/ }), 2)[0]).toEqual([
        dec('1.5'),
      ]),
    );
    fireEvent.click(screen.getAllByRole('button', { name: t('undo') })[0]!);
    await screen.findByText(t('undone'));
    expect(value(host, sheet, 5, 2)).toBe(2);
  });
});

describe.each(['da', 'en'] as const)('Fordel along a row in %s', (lang) => {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);

  it('a multi-year target of 250 over 2009-2011 in steps of 5, the I alt cell updated', async () => {
    const host = createFakeHost(await exampleWorkbook('arbejdsplan-2009.xlsx'), lang);
    renderPane(host, lang);
    fireEvent.click(screen.getByRole('tab', { name: t('tabAllocate') }));
    fireEvent.click(screen.getByRole('button', { name: t('readTables') }));
    const table = await screen.findByRole('combobox', { name: t('table') });
    const option = within(table)
      .getAllByRole('option')
      .find((o) => o.textContent!.includes('Fra Sport til Job'))!;
    fireEvent.change(table, { target: { value: (option as HTMLOptionElement).value } });
    fireEvent.change(screen.getByRole('combobox', { name: t('spreadAlong') }), {
      target: { value: 'row' },
    });
    expect(screen.getByRole('combobox', { name: t('spreadRow') })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: t('total') }), {
      target: { value: '250' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: t('step') }), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: t('preview') }));
    const preview = await screen.findByRole('table', { name: t('preview') });
    // 250 by 50 : 75 : 75 = 62,5, 93,75, 93,75 → floors 60, 90, 90; two steps of 5 to the
    // remainders 3,75: 60, 95, 95.
    expect(cells(preview, 1, 4)).toEqual([
      ['2009', '50', '60'],
      ['2010', '75', '95'],
      ['2011', '75', '95'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: t('apply') }));
    await screen.findByText(`4 ${t('written')}`);
    const sheet = 'Fra Sport til Job';
    expect([2, 3, 4, 5].map((c) => value(host, sheet, 4, c))).toEqual([60, 95, 95, 250]);
  });
});
