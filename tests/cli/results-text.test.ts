/**
 * The CLI's text for results and findings: words from the codes, the target year said, years
 * already past said, periods as people write them, count forecasts whole, labels never cut,
 * headings counted in the right number.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../core/check';
import { humanReport } from '../../core/cli/human';
import { describeResults, wholeForecast } from '../../core/check/results-text';
import {
  REPORT_VERSION,
  type FileReport,
  type Finding,
  type IndicatorResult,
  type StatusResult,
} from '../../core/report';

const LONG = 'Andel 16-64-årige med ikke-vestlig baggrund i beskæftigelse (hele kommunen)';

function indicator(over: Partial<IndicatorResult>): IndicatorResult {
  return {
    sheet: 'Barometer',
    row: 4,
    label: LONG,
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

function status(over: Partial<StatusResult>): StatusResult {
  return {
    sheet: 'Status',
    row: 8,
    id: '5',
    label: 'Lærepladser til unge',
    unit: 'count',
    quarter: 3,
    target: '150',
    targetMax: null,
    actual: '118',
    attainment: '78.6666666667',
    forecast: '157.3333333333',
    onTrack: true,
    ...over,
  };
}

function file(over: Partial<FileReport>): FileReport {
  return { ...emptyReport('a.xlsx'), ...over };
}

describe('indicator lines', () => {
  it.each([
    // [case, indicator, Danish, English]
    [
      'reached after the target year',
      indicator({}),
      'mål 65 %: nås i 2027 (4,0 år), efter målåret 2026',
      'target 65%: reached in 2027 (4.0 years), after the target year 2026',
    ],
    [
      'reached in the target year',
      indicator({ reachedIn: 2026 }),
      'nås i 2026 (4,0 år), til tiden (målår 2026)',
      'reached in 2026 (4.0 years), on time (target year 2026)',
    ],
    [
      'a reached year already past',
      indicator({ reachedIn: 2018, targetYear: null, latest: { period: '2014', value: '78' } }),
      'nås i 2018 (4,0 år), 2018 er passeret; de seneste tal er fra 2014',
      'reached in 2018 (4.0 years), 2018 is past; the latest figures are from 2014',
    ],
    [
      'standing still with a target year',
      indicator({
        yearsToTarget: null,
        reachedIn: null,
        targetYear: 2028,
        status: 'unchanged',
        reason: 'NO_CHANGE',
      }),
      'Uændret, mål 65 %: indikatoren står stille, så målet nås ikke i det nuværende tempo, heller ikke i målåret 2028',
      'Unchanged, target 65%: the indicator is not moving, so the target is not reached at the current pace, nor by the target year 2028',
    ],
    [
      'a target year already past',
      indicator({ reachedIn: 2027, targetYear: 2020 }),
      'efter målåret 2020, målåret 2020 er passeret',
      'after the target year 2020, the target year 2020 is past',
    ],
  ])('%s', (_case, i, da, en) => {
    const [lineDa] = describeResults(file({ indicators: [i] }), 'da', { thisYear: 2026 });
    const [lineEn] = describeResults(file({ indicators: [i] }), 'en', { thisYear: 2026 });
    expect(lineDa).toContain(da);
    expect(lineEn).toContain(en);
    expect(lineDa).toContain(`"${LONG}"`);
    expect(lineDa).not.toContain('…');
  });

  it('writes a month period as people do, not as the key', () => {
    const i = indicator({ first: { period: '2011-02', value: '72.4' } });
    expect(describeResults(file({ indicators: [i] }), 'da')[0]).toContain('72,4 % (februar 2011)');
    expect(describeResults(file({ indicators: [i] }), 'en')[0]).toContain('72.4% (February 2011)');
  });
});

describe('status lines', () => {
  it.each([
    ['157.3333333333', '157'],
    ['81.3333333333', '81'],
    ['380', '380'],
    ['16', '16'],
    ['99.9', '99'],
  ])('a count forecast %s is shown whole: %s', (forecast, whole) => {
    expect(wholeForecast(forecast)).toBe(whole);
    const [line] = describeResults(file({ status: [status({ forecast })] }), 'da');
    expect(line).toContain(`prognose ${whole},`);
  });
});

describe('the findings heading', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    severity,
    code: 'TOTAL_MISMATCH',
    sheet: 'Ark',
    cell: 'B2',
    expected: '1',
    actual: '2',
    message: 'Et fund.',
  });
  it.each([
    [['error'], '1 fejl:', '1 error:'],
    [['warning', 'warning'], '2 advarsler:', '2 warnings:'],
    [['error', 'warning'], '1 fejl, 1 advarsel:', '1 error, 1 warning:'],
    [['error', 'error', 'info'], '2 fejl, 1 bemærkning:', '2 errors, 1 note:'],
  ] as const)('%j', (severities, da, en) => {
    const report = {
      version: REPORT_VERSION,
      files: [file({ findings: severities.map(finding) })],
    };
    expect(humanReport(report, 'da')).toContain(`  ${da}\n`);
    expect(humanReport(report, 'en')).toContain(`  ${en}\n`);
    expect(humanReport(report, 'da')).not.toContain('Fund:');
  });
});

describe('funding lines', () => {
  it.each([
    [
      ['7.2', '7', '-0.2'],
      'udgifter 7,2 mio. kr., finansiering 7,0 mio. kr., balance -0,2 mio. kr.',
    ],
    [
      ['7.25', '7', '-0.25'],
      'udgifter 7,25 mio. kr., finansiering 7,00 mio. kr., balance -0,25 mio. kr.',
    ],
    [['8', '8', '0'], 'udgifter 8,0 mio. kr., finansiering 8,0 mio. kr., balance 0,0 mio. kr.'],
  ])('%j at one precision', ([spending, financing, balance], text) => {
    const f = file({
      funding: [
        {
          sheet: 'Aftale',
          spending: spending!,
          financing: financing!,
          balance: balance!,
          unit: 'mio. kr.',
        },
      ],
    });
    expect(describeResults(f, 'da')[0]).toBe(`Finansiering (Aftale): ${text}`);
  });
});
