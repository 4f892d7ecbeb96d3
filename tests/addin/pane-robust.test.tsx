import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { App, defaultSettings } from '../../addin/taskpane';
import { ErrorBoundary } from '../../addin/taskpane/ErrorBoundary';
import type { Lang } from '../../core/i18n';
import { createFakeHost } from './fake-host';
import { exampleWorkbook, planWorkbook } from './pane-fixtures';

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 0));
});

function Broken(): JSX.Element {
  throw new Error('kaput');
}

/**
 * Renders a view that throws inside the error boundary. The error React rethrows for jsdom is
 * taken here (and with it React's console report), so it stays out of the test output; what
 * was thrown is returned, for the test to check that it happened.
 */
function renderBroken(lang: Lang, View: () => JSX.Element): string[] {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => {
    uncaught.push(String(e.error));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    render(
      <ErrorBoundary lang={lang}>
        <View />
      </ErrorBoundary>,
    );
  } finally {
    window.removeEventListener('error', onError);
  }
  return uncaught;
}

async function seriousViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, {
    // jsdom has no layout or colours: contrast cannot be measured here.
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('errors are shown in the pane, never a blank pane', () => {
  it.each([
    ['da', 'Noget gik galt', 'Prøv igen'],
    ['en', 'Something went wrong', 'Try again'],
  ] as const)(
    'a view that fails to render shows a message in %s and can try again',
    (lang, title, again) => {
      expect(renderBroken(lang, Broken)).toContain('Error: kaput');
      expect(screen.getByText(title)).toBeTruthy();
      expect(screen.getByText(/kaput/)).toBeTruthy();
      expect(screen.getByRole('button', { name: again })).toBeTruthy();
    },
  );

  it.each([
    [
      'da',
      'Ramme kunne ikke gøre det færdigt. Intet er ændret i projektmappen ud over det, der er vist. (en fejl i Ramme)',
    ],
    [
      'en',
      'Ramme could not finish. Nothing in the workbook was changed beyond what is shown. (an error in Ramme)',
    ],
  ] as const)(
    'a fault of the program itself is called that, not shown as its text (%s)',
    (lang, said) => {
      function Faulty(): JSX.Element {
        throw new TypeError("Cannot read properties of undefined (reading 'rows')");
      }
      expect(renderBroken(lang, Faulty)).toContain(
        "TypeError: Cannot read properties of undefined (reading 'rows')",
      );
      expect(document.body.textContent).toContain(said);
      expect(document.body.textContent).not.toMatch(/Cannot read|undefined/);
    },
  );

  it.each([
    // Excel's or the adapter's own words are meant for the user: shown as they are.
    [new Error('Excel svarede ikke.'), 'Excel svarede ikke.'],
    // A fault of the program itself is called that.
    [new TypeError('x is not a function'), 'En fejl i Ramme.'],
  ])('a host that fails to read (%s) shows under "Noget gik galt": %s', async (error, said) => {
    const host = createFakeHost(planWorkbook(), 'da');
    host.read = async () => {
      throw error;
    };
    render(<App host={host} settings={defaultSettings('da')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    expect(await screen.findByText(said)).toBeTruthy();
    expect(screen.getByText('Noget gik galt')).toBeTruthy();
    expect(screen.queryByText(/not a function/)).toBeNull();
  });

  it.each([
    [
      'da',
      'Fordel',
      'Find tabeller',
      'Total der skal fordeles',
      'Vis forslag',
      /ikke et helt antal trin/,
    ],
    [
      'en',
      'Allocate',
      'Find tables',
      'Total to allocate',
      'Preview',
      /not a whole number of steps/,
    ],
  ] as const)(
    'the core refusing an allocation explains why (%s)',
    async (lang, tab, find, total, preview, why) => {
      const host = createFakeHost(planWorkbook(), lang);
      render(<App host={host} settings={defaultSettings(lang)} />);
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      fireEvent.click(screen.getByRole('button', { name: find }));
      fireEvent.change(await screen.findByRole('textbox', { name: total }), {
        target: { value: '5,25' },
      });
      fireEvent.click(screen.getByRole('button', { name: preview }));
      expect(await screen.findByText(why)).toBeTruthy();
    },
  );
});

describe('accessibility', () => {
  it('has no serious axe violations in any view, with results shown', async () => {
    const host = createFakeHost(await exampleWorkbook('barometer-2024.xlsx'), 'da');
    const { container } = render(<App host={host} settings={defaultSettings('da')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    await screen.findByText(/Tabeller fundet/);
    expect(await seriousViolations(container)).toEqual([]);
    for (const [tab, button] of [
      ['Indikatorer', 'Beregn indikatorer'],
      ['Status', 'Beregn status'],
      ['Fordel', 'Find tabeller'],
      ['Indstillinger', null],
    ] as const) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      if (button) fireEvent.click(screen.getByRole('button', { name: button }));
      await new Promise((r) => setTimeout(r, 50));
      expect(await seriousViolations(container), tab).toEqual([]);
    }
  });

  it('every input has a label and the tabs are keyboard reachable', () => {
    render(<App host={createFakeHost(planWorkbook(), 'da')} settings={defaultSettings('da')} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Indstillinger' }));
    for (const input of screen.getAllByRole('textbox'))
      expect(input.getAttribute('id')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Timer pr. årsværk' })).toBeTruthy();
    const tabs = ['Tjek', 'Fordel', 'Katalog', 'Indikatorer', 'Status', 'Indstillinger'].map(
      (name) => screen.getByRole('tab', { name }),
    );
    expect(screen.getAllByRole('tab')).toEqual(tabs);
    // Tabs are buttons (focusable, Enter/Space activate); the list moves focus with arrows.
    for (const tab of tabs) expect(tab.tagName).toBe('BUTTON');
    expect(screen.getByRole('tablist', { name: 'Visninger' })).toBeTruthy();
  });
});
