import { describe, expect, it } from 'vitest';
import { attainment, forecast, quarterStatus, type QuarterTarget } from '../../core/status';
import { Dec } from '../../core/numbers';

const d = (x: string | number) => new Dec(x);
const count = (v: number): QuarterTarget => ({ kind: 'count', value: d(v) });
const share = (v: number): QuarterTarget => ({ kind: 'share', value: d(v) });
const range = (low: number, high: number, measure: 'count' | 'share' = 'count'): QuarterTarget => ({
  kind: 'range',
  low: d(low),
  high: d(high),
  measure,
});

function status(target: QuarterTarget, result: string, quarter: number, profile?: number[]) {
  const r = quarterStatus({
    target,
    result: d(result),
    quarter,
    profile: profile?.map((p) => d(p)),
  });
  if (!r.ok) throw new Error(`status failed in test: ${r.error.message.en}`);
  return r.value;
}

describe('forecast at the run rate', () => {
  it.each([
    ['90', 1, '360'],
    ['160', 2, '320'],
    ['300', 3, '400'],
    ['390', 4, '390'],
    ['0', 2, '0'],
  ])('%s after Q%i → %s', (result, quarter, expected) => {
    const f = forecast(d(result), quarter);
    expect(f.ok && f.value.toString()).toBe(expected);
  });

  it('after Q3 multiplies by 4/3, rounded once at the 40th digit', () => {
    const f = forecast(d(301), 3);
    expect(f.ok && f.value.eq(d(1204).div(3))).toBe(true);
  });

  it('by a seasonal profile: the cumulative share expected by each quarter', () => {
    // 10 %, 40 %, 70 %, 100 % of the year's result by the end of Q1..Q4
    const profile = [10, 40, 70, 100].map((p) => d(p));
    const q1 = forecast(d(40), 1, profile);
    const q2 = forecast(d(120), 2, profile);
    const q4 = forecast(d(310), 4, profile);
    expect(q1.ok && q1.value.toString()).toBe('400');
    expect(q2.ok && q2.value.toString()).toBe('300');
    expect(q4.ok && q4.value.toString()).toBe('310');
  });

  it.each([
    ['a fifth quarter', 5, undefined, 'QUARTER_INVALID'],
    ['quarter 0', 0, undefined, 'QUARTER_INVALID'],
    ['quarter 2,5', 2.5, undefined, 'QUARTER_INVALID'],
    ['a profile not ending at 100', 2, [10, 40, 70, 90], 'PROFILE_INVALID'],
    ['a falling profile', 2, [50, 40, 70, 100], 'PROFILE_INVALID'],
    ['a profile with a zero', 1, [0, 40, 70, 100], 'PROFILE_INVALID'],
    ['three quarters only', 1, [40, 70, 100], 'PROFILE_INVALID'],
  ])('%s is refused', (_name, quarter, profile, code) => {
    const f = forecast(
      d(100),
      quarter as number,
      profile?.map((p) => d(p)),
    );
    expect(f.ok).toBe(false);
    if (!f.ok) expect(f.error.code).toBe(code);
  });
});

describe('attainment', () => {
  it('is result ÷ target in percent', () => {
    const a = attainment(d(160), { value: d(350), high: null });
    expect(a.ok && a.value.eq(d(16000).div(350))).toBe(true);
    expect(a.ok && a.value.toDecimalPlaces(1).toString()).toBe('45.7');
    const s = attainment(d(81), share(85));
    expect(s.ok && s.value.toDecimalPlaces(2).toString()).toBe('95.29');
  });

  it('for a range, against its lower bound', () => {
    const a = attainment(d(60), { value: d(60), high: d(70) });
    expect(a.ok && a.value.toString()).toBe('100');
  });

  it.each([
    ['a zero target', count(0), 'TARGET_NOT_POSITIVE'],
    ['a negative target', count(-5), 'TARGET_NOT_POSITIVE'],
    ['a reversed range', range(70, 60), 'RANGE_REVERSED'],
  ])('%s is refused', (_name, target, code) => {
    const a = attainment(d(10), target);
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error.code).toBe(code);
  });
});

describe('quarterStatus: the example status sheet at Q2', () => {
  it('Virksomhedsforløb: 160 of 350 forløb → 320 at year end, below', () => {
    const s = status(count(350), '160', 2);
    expect(s.method).toBe('run-rate');
    expect(s.now.attainment?.toDecimalPlaces(2).toString()).toBe('45.71');
    expect(s.now.position).toBe('below');
    expect(s.forecast.value.toString()).toBe('320');
    expect(s.forecast.attainment?.toDecimalPlaces(2).toString()).toBe('91.43');
    expect(s.forecast.position).toBe('below');
    expect(s.onTrack).toBe(false);
    expect(s.message.da).toBe('Forventet ved årets udgang: 320; under målet.');
  });

  it('Match: 38 of 100 → 76, below', () => {
    const s = status(count(100), '38', 2);
    expect(s.forecast.value.toString()).toBe('76');
    expect(s.onTrack).toBe(false);
  });

  it('Fritidsjobambassadører: 11 of 15-20 → 22, above the range, on track', () => {
    const s = status(range(15, 20), '11', 2);
    expect(s.now.position).toBe('below');
    expect(s.now.attainment).toBeNull();
    expect(s.now.attainmentLow?.eq(d(1100).div(15))).toBe(true);
    expect(s.now.attainmentHigh?.toString()).toBe('55');
    expect(s.forecast.value.toString()).toBe('22');
    expect(s.forecast.position).toBe('above');
    expect(s.onTrack).toBe(true);
    expect(s.message.en).toBe('Expected at year end: 22; above the range.');
  });

  it('Aktiveret inden 3 måneder: a share is not scaled: 81 % of 85 %, below', () => {
    const s = status(share(85), '81', 2);
    expect(s.method).toBe('not-scaled');
    expect(s.forecast.value.toString()).toBe('81');
    expect(s.forecast.attainment?.toDecimalPlaces(2).toString()).toBe('95.29');
    expect(s.onTrack).toBe(false);
  });
});

describe('quarterStatus: every quarter, every kind of target', () => {
  it.each([
    // 400 forløb
    [count(400), '90', 1, '360', 'below', false],
    [count(400), '210', 2, '420', 'above', true],
    [count(400), '300', 3, '400', 'within', true],
    [count(400), '390', 4, '390', 'below', false],
    [count(400), '400', 4, '400', 'within', true],
    // 90 %: a level, never scaled
    [share(90), '92', 1, '92', 'above', true],
    [share(90), '90', 3, '90', 'within', true],
    [share(90), '89.9', 4, '89.9', 'below', false],
    // 60-70 forløb, counted: scaled
    [range(60, 70), '15', 1, '60', 'within', true],
    [range(60, 70), '36', 2, '72', 'above', true],
    [range(60, 70), '45', 3, '60', 'within', true],
    [range(60, 70), '59', 4, '59', 'below', false],
    // 60-70 %, a share range: not scaled
    [range(60, 70, 'share'), '65', 1, '65', 'within', true],
    [range(60, 70, 'share'), '71', 2, '71', 'above', true],
    [range(60, 70, 'share'), '55', 3, '55', 'below', false],
  ])('%o: %s at Q%i → %s, %s', (target, result, quarter, expected, position, onTrack) => {
    const s = status(target, result, quarter);
    expect(s.forecast.value.toString()).toBe(expected);
    expect(s.forecast.position).toBe(position);
    expect(s.onTrack).toBe(onTrack);
    expect(s.quarter).toBe(quarter);
  });

  it('a seasonal profile changes the verdict: 120 of 400 at Q2 is behind at the run rate, on track if half the year comes in Q4', () => {
    expect(status(count(400), '120', 2).onTrack).toBe(false);
    const s = status(count(400), '120', 2, [10, 30, 50, 100]);
    expect(s.method).toBe('seasonal');
    expect(s.forecast.value.toString()).toBe('400');
    expect(s.onTrack).toBe(true);
    expect(s.message.da).toBe('Forventet ved årets udgang: 400; målet nås.');
  });

  it('a share ignores the profile', () => {
    const s = status(share(90), '80', 1, [10, 30, 50, 100]);
    expect(s.forecast.value.toString()).toBe('80');
    expect(s.method).toBe('not-scaled');
  });

  it('shows a forecast after Q3 with one decimal in messages', () => {
    const s = status(count(400), '301', 3);
    expect(s.message.da).toBe('Forventet ved årets udgang: 401,3; målet overskrides.');
    expect(s.message.en).toBe('Expected at year end: 401.3; the target is exceeded.');
  });

  it.each([
    ['a negative result', count(400), '-1', 2, 'RESULT_NEGATIVE'],
    ['quarter 5', count(400), '10', 5, 'QUARTER_INVALID'],
    ['a zero target', share(0), '10', 2, 'TARGET_NOT_POSITIVE'],
    ['a reversed range', range(20, 15), '10', 2, 'RANGE_REVERSED'],
  ])('%s is refused with a message', (_name, target, result, quarter, code) => {
    const r = quarterStatus({ target, result: d(result), quarter });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.da.length).toBeGreaterThan(10);
    }
  });
});
