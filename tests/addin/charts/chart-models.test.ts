// The pure models behind the pane's charts: exact points for the indicator chart, the status
// bars and plan against capacity, from hand-made results as the report carries them.
import { describe, expect, it } from 'vitest';
import { capacityBars } from '../../../addin/taskpane/charts/capacity-bars';
import { tickText, yearTicks } from '../../../addin/taskpane/charts/chart-number';
import {
  axisStart,
  indicatorChart,
  periodX,
} from '../../../addin/taskpane/charts/indicator-series';
import { statusBars } from '../../../addin/taskpane/charts/status-bars';
import type { CapacityResult, IndicatorResult, StatusResult } from '../../../core/report';

function indicator(over: Partial<IndicatorResult>): IndicatorResult {
  return {
    sheet: 'Integrationsbarometer',
    row: 4,
    label: 'Andel i beskæftigelse',
    direction: 'up',
    unit: 'percent',
    first: { period: '2019', value: '56.6' },
    latest: { period: '2023', value: '60.3' },
    changePoints: '3.7',
    ratePerYear: '1.17',
    target: '65',
    yearsToTarget: '4.0170940171',
    reachedIn: 2027,
    targetYear: 2026,
    status: 'progress',
    reason: null,
    ...over,
  };
}

const BAROMETER = {
  periods: ['2019', '2020', '2021', '2022', '2023'],
  values: [56.6, 57.1, 58.9, 59.4, 60.3],
};

describe('indicatorChart', () => {
  it.each([
    ['2019', 2019],
    ['Februar 2011', 2011.0833],
    ['3. kvartal 2009', 2009.5],
    ['not a period', null],
  ])('periodX(%j) = %j', (period, x) => {
    expect(periodX(period)).toBe(x);
  });

  it('the barometer: observations, the pace to the target after the target year, the target level', () => {
    const m = indicatorChart(BAROMETER, indicator({}));
    expect(m.observed).toEqual([
      { x: 2019, y: 56.6 },
      { x: 2020, y: 57.1 },
      { x: 2021, y: 58.9 },
      { x: 2022, y: 59.4 },
      { x: 2023, y: 60.3 },
    ]);
    expect(m.pace).toEqual([
      { x: 2023, y: 60.3 },
      { x: 2027.0171, y: 65 },
    ]);
    expect(m.target).toEqual([
      { x: 2019, y: 65 },
      { x: 2028, y: 65 },
    ]);
    expect(m.targetYear).toBe(2026);
    expect([m.xMin, m.xMax]).toEqual([2019, 2028]);
    expect(m.ticks).toEqual([2020, 2022, 2024, 2026, 2028]);
  });

  const cases: Array<[string, Partial<IndicatorResult>, Array<{ x: number; y: number }>]> = [
    ['no target: no pace forward', { target: null, yearsToTarget: null, targetYear: null }, []],
    [
      'moving away with a target year: the pace to the end of the target year',
      { ratePerYear: '-0.5', yearsToTarget: null, reachedIn: null, reason: 'MOVING_AWAY' },
      [
        { x: 2023, y: 60.3 },
        { x: 2027, y: 58.3 },
      ],
    ],
    [
      'target already reached: no pace line',
      { target: '60', yearsToTarget: null, reachedIn: null, reason: 'TARGET_REACHED' },
      [],
    ],
    [
      'a target decades away: the pace stops at the horizon',
      { ratePerYear: '0.1', yearsToTarget: '47', reachedIn: 2070 },
      [
        { x: 2023, y: 60.3 },
        { x: 2033, y: 61.3 },
      ],
    ],
    ['too few points: no rate, no pace', { ratePerYear: null, yearsToTarget: null }, []],
  ];
  it.each(cases)('%s', (_, over, pace) => {
    expect(indicatorChart(BAROMETER, indicator(over)).pace).toEqual(pace);
  });

  it('skips empty cells and unreadable headers, and sorts by time', () => {
    const m = indicatorChart(
      { periods: ['2021', 'Note', '2019', '2020'], values: [3, 9, 1, null] },
      indicator({ ratePerYear: null, target: null, targetYear: null }),
    );
    expect(m.observed).toEqual([
      { x: 2019, y: 1 },
      { x: 2021, y: 3 },
    ]);
    expect(m.target).toEqual([]);
    expect(m.targetYear).toBeNull();
  });

  it('a target year without a target is not drawn', () => {
    expect(indicatorChart(BAROMETER, indicator({ target: null })).targetYear).toBeNull();
  });
});

function status(over: Partial<StatusResult>): StatusResult {
  return {
    sheet: 'Status 3. kvartal',
    row: 4,
    id: '1',
    label: 'Håndholdt virksomhedsindsats',
    unit: 'count',
    quarter: 3,
    target: '350',
    targetMax: null,
    actual: '285',
    attainment: '81.4285714286',
    forecast: '380',
    onTrack: true,
    ...over,
  };
}

describe('statusBars', () => {
  it('each line as a share of its target; counts with their forecast', () => {
    expect(
      statusBars([
        status({}),
        status({ id: '2', actual: '61', target: '100', forecast: '81.3333333333' }),
        status({ id: '3', target: '15', targetMax: '20', actual: '12', forecast: '16' }),
        status({ id: '', unit: 'percent', target: '85', actual: '81.5', forecast: null }),
        status({ id: '5', target: '0' }),
        status({ id: '6', actual: 'x' }),
      ]),
    ).toEqual([
      {
        key: '1',
        label: '1 Håndholdt virksomhedsindsats',
        actual: 81.4,
        forecast: 108.6,
      },
      { key: '2', label: '2 Håndholdt virksomhedsindsats', actual: 61, forecast: 81.3 },
      { key: '3', label: '3 Håndholdt virksomhedsindsats', actual: 80, forecast: 106.7 },
      { key: '4', label: 'Håndholdt virksomhedsindsats', actual: 95.9, forecast: null },
    ]);
  });
});

function capacity(over: Partial<CapacityResult>): CapacityResult {
  return {
    sheet: 'Arbejdsplan 2009',
    year: 2009,
    capacity: '4.8333333333',
    allocated: '5',
    difference: '-0.1666666667',
    ...over,
  };
}

describe('capacityBars', () => {
  it.each([
    [[capacity({})], [{ key: '2009', plan: 5, capacity: 4.8333 }]],
    [
      [capacity({}), capacity({ year: 2010, allocated: '4.5', capacity: '5' })],
      [
        { key: '2009', plan: 5, capacity: 4.8333 },
        { key: '2010', plan: 4.5, capacity: 5 },
      ],
    ],
    [
      [capacity({}), capacity({ sheet: 'Plan B', allocated: '2', capacity: '2.5' })],
      [
        { key: 'Arbejdsplan 2009 2009', plan: 5, capacity: 4.8333 },
        { key: 'Plan B 2009', plan: 2, capacity: 2.5 },
      ],
    ],
    [[capacity({ allocated: '' })], []],
  ])('%#', (input, bars) => {
    expect(capacityBars(input)).toEqual(bars);
  });
});

describe('axis figures', () => {
  it.each([
    [65, 'da', '65'],
    [60.3, 'da', '60,3'],
    [1234.5, 'da', '1.234,5'],
    [1234.5, 'en', '1,234.5'],
    [4.83333, 'da', '4,83'],
    [-0, 'da', '0'],
    [Number.NaN, 'da', ''],
  ] as const)('tickText(%d, %s) = %j', (n, lang, text) => {
    expect(tickText(n, lang)).toBe(text);
  });

  it.each([
    [2019, 2028, 6, [2020, 2022, 2024, 2026, 2028]],
    [2019, 2028, 10, [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]],
    [2019, 2023, 6, [2019, 2020, 2021, 2022, 2023]],
    [2009, 2010, 4, [2009, 2010]],
    [2000, 2040, 4, [2000, 2020, 2040]],
    [2003, 2040, 4, [2010, 2020, 2030, 2040]],
    [2009.5, 2009.9, 4, []],
  ])('yearTicks(%d, %d, %d)', (from, to, max, ticks) => {
    expect(yearTicks(from, to, max)).toEqual(ticks);
  });
});

describe('axisStart', () => {
  it.each([
    [[56.6, 60.3, 65], 55],
    [[1, 9], 0],
    [[-2.5, 3], -3],
    [[78.1, 79.7], 77],
    [[1200, 1450, 1500], 1100],
    [[5, 5], 4.99],
    [[], 0],
  ])('axisStart(%j) = %d', (values, start) => {
    expect(axisStart(values)).toBe(start);
  });

  it('the barometer starts at 55', () => {
    expect(indicatorChart(BAROMETER, indicator({})).yMin).toBe(55);
  });
});
