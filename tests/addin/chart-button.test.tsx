// "Indsæt diagram" in the Indikatorer and Status views: the host is asked for one native chart
// of the computed results (nothing written to the user's sheets), the new sheet is named, and
// where the host cannot draw a chart there is no button.
import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App, defaultSettings } from '../../addin/taskpane';
import type { ChartSpec } from '../../addin/host/types';
import { translate } from '../../addin/taskpane/strings';
import type { Lang } from '../../core/i18n';
import { createFakeHost, type FakeHost } from './fake-host';
import { exampleWorkbook } from './pane-fixtures';

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 0));
});

function withCharts(host: FakeHost): ChartSpec[] {
  const asked: ChartSpec[] = [];
  host.insertChart = async (spec) => {
    asked.push(spec);
    return { sheet: spec.sheet };
  };
  return asked;
}

async function compute(lang: Lang, file: string, tab: 'tabIndicators' | 'tabStatus') {
  const host = createFakeHost(await exampleWorkbook(file), lang);
  const before = JSON.stringify(host.workbook);
  const asked = withCharts(host);
  render(<App host={host} settings={defaultSettings(lang)} />);
  fireEvent.click(screen.getByRole('tab', { name: translate(lang, tab) }));
  const button = tab === 'tabIndicators' ? 'computeIndicators' : 'computeStatus';
  fireEvent.click(screen.getByRole('button', { name: translate(lang, button) }));
  await screen.findByRole('table', { name: translate(lang, tab) });
  return { host, asked, before };
}

describe.each(['da', 'en'] as const)('Insert chart in %s', (lang) => {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);

  it('Indikatorer: a line chart of the chosen indicator with its target', async () => {
    const { host, asked, before } = await compute(lang, 'barometer-2024.xlsx', 'tabIndicators');
    fireEvent.click(screen.getByRole('button', { name: t('insertChart') }));
    const status = await screen.findByText(new RegExp(t('chartInserted')));
    expect(status.textContent).toContain(`«${t('chartSheet')}»`);
    expect(status.textContent).toContain(t('chartInDownload'));
    expect(asked).toHaveLength(1);
    const spec = asked[0]!;
    expect(spec.kind).toBe('line');
    expect(spec.sheet).toBe(t('chartSheet'));
    expect(spec.categories.length).toBeGreaterThan(1);
    expect(spec.series[0]!.values.some((v) => typeof v === 'number')).toBe(true);
    expect(spec.series[1]?.name).toBe(t('target'));
    expect(JSON.stringify(host.workbook)).toBe(before);
    expect(host.results).toEqual([]);
  });

  it('Status: clustered columns of attainment and forecast with the target as a line', async () => {
    const { asked, before, host } = await compute(lang, 'status-2024-q3.xlsx', 'tabStatus');
    fireEvent.click(screen.getByRole('button', { name: t('insertChart') }));
    await screen.findByText(new RegExp(t('chartInserted')));
    const spec = asked[0]!;
    expect(spec.kind).toBe('columnClustered');
    expect(spec.series.map((s) => [s.name, s.line === true])).toEqual([
      [t('attainment'), false],
      [t('forecast'), false],
      [t('target'), true],
    ]);
    expect(spec.numFmt).toBe('0%');
    for (const s of spec.series) expect(s.values).toHaveLength(spec.categories.length);
    expect(JSON.stringify(host.workbook)).toBe(before);
  });
});

it('no button where the host cannot draw a chart', async () => {
  const host = createFakeHost(await exampleWorkbook('status-2024-q3.xlsx'), 'da');
  render(<App host={host} settings={defaultSettings('da')} />);
  fireEvent.click(screen.getByRole('tab', { name: translate('da', 'tabStatus') }));
  fireEvent.click(screen.getByRole('button', { name: translate('da', 'computeStatus') }));
  await screen.findByRole('table', { name: translate('da', 'tabStatus') });
  expect(screen.queryByRole('button', { name: translate('da', 'insertChart') })).toBeNull();
});
