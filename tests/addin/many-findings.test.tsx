// A sheet with hundreds of bad cells: the pane lists 200 findings at a time and says how many
// there are, so 100.000s of findings never freeze it; "mark the cells" still marks all of them.
import './dom-shims';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, defaultSettings } from '../../addin/taskpane';
import { firstFindings, FINDINGS_PAGE } from '../../addin/taskpane/views/CheckView';
import { FindingList } from '../../addin/web/FindingList';
import { ViewStore } from '../../addin/web/store';
import { sheetFromValues, type Workbook } from '../../core/grid';
import type { Finding } from '../../core/report';
import { createFakeHost } from './fake-host';

afterEach(async () => {
  cleanup();
  await new Promise((r) => setTimeout(r, 0));
});

const BAD = 450;

/** A budget whose every other line is '#REF!': 450 findings, one per bad cell. */
function brokenBudget(): Workbook {
  const rows: unknown[][] = [['Budget 2024'], [], ['Post', 'Beløb i kr.']];
  for (let i = 0; i < BAD * 2; i++) rows.push([`Konto ${i + 1}`, i % 2 ? 100 : { error: '#REF!' }]);
  rows.push(['I alt', 100 * BAD]);
  const sheet = sheetFromValues('Budget', rows as Parameters<typeof sheetFromValues>[1]);
  return { name: 'fejl.xlsx', sheets: [sheet], names: [] };
}

const listed = () => screen.queryAllByRole('button', { name: /^Gå til Budget!B\d+$/ }).length;

describe('a check with 450 findings', () => {
  it('lists 200 at a time, says how many there are, and marks them all', async () => {
    const host = createFakeHost(brokenBudget(), 'da');
    render(<App host={host} settings={defaultSettings('da')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tjek' }));
    expect(await screen.findByText('Viser 200 af 450 fund.')).toBeTruthy();
    expect(listed()).toBe(FINDINGS_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere fund' }));
    expect(await screen.findByText('Viser 400 af 450 fund.')).toBeTruthy();
    expect(listed()).toBe(400);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere fund' }));
    await waitFor(() => expect(listed()).toBe(BAD));
    expect(screen.queryByRole('button', { name: 'Vis flere fund' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Markér cellerne' }));
    await waitFor(() => expect(host.marked).toHaveLength(BAD));
  });
});

describe('firstFindings', () => {
  const f = (cell: string) => ({ cell }) as Finding;
  const groups = [
    { key: 'a', title: 'A', findings: [f('B1'), f('B2'), f('B3')] },
    { key: 'b', title: 'B', findings: [f('C1'), f('C2')] },
  ];

  it.each([
    [0, []],
    [2, [['a', 2]]],
    [3, [['a', 3]]],
    [
      4,
      [
        ['a', 3],
        ['b', 1],
      ],
    ],
    [
      99,
      [
        ['a', 3],
        ['b', 2],
      ],
    ],
  ])('first %i', (limit, want) => {
    expect(firstFindings(groups, limit).map((g) => [g.key, g.findings.length])).toEqual(want);
  });
});

describe("the web page's list of marked findings", () => {
  it('lists 200 marks at a time under a heading with all of them counted', () => {
    const wb = brokenBudget();
    const store = new ViewStore({
      name: wb.name,
      format: 'xlsx',
      original: new Uint8Array(),
      workbook: wb,
    });
    const marks: Finding[] = Array.from({ length: BAD }, (_, i) => ({
      severity: 'error' as const,
      code: 'FORMULA_ERROR' as const,
      sheet: 'Budget',
      cell: `B${4 + 2 * i}`,
      expected: null,
      actual: null,
      message: 'Cellen viser fejlen #REF!.',
    }));
    store.update({ marks });
    const host = createFakeHost(wb, 'da');
    render(<FindingList store={store} host={host} lang="da" />);
    expect(screen.getByRole('heading', { name: 'Markerede fund (450)' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(400);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(BAD);
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
  });
});
