import { beforeAll, describe, expect, it } from 'vitest';
import { ExcelError, installCustomFunctions } from './custom-functions-shim';
import * as F from '../../addin/functions/functions';

beforeAll(installCustomFunctions);

function err(v: unknown): ExcelError {
  expect(v).toBeInstanceOf(ExcelError);
  return v as ExcelError;
}

/**
 * Issue 14.5: a cell that shows 92,7 % holds 0,927. The functions answer in the user's terms
 * whichever way the values come (percent-formatted cells as fractions, or percent numbers), and
 * refuse a mix that cannot be meant. Inputs are shaped as Excel hands them (2-D ranges).
 */
describe('custom functions with percent-formatted cells and with percent numbers', () => {
  it('RAMME.PP: 56,6 % → 60,3 % is 3,7 points either way', () => {
    expect(F.pp(0.566, 0.603)).toBe(3.7);
    expect(F.pp(56.6, 60.3)).toBe(3.7);
    expect(F.pp('56,6 %', '60,3 %')).toBe(3.7);
    // 92,7 % → 93,1 % as cells: 0,4 points, not 0,004.
    expect(F.pp(0.927, 0.931)).toBe(0.4);
  });

  it('RAMME.AARSRATE: 0,927 (2010) → 0,931 (2012) is 0,2 points a year either way', () => {
    expect(F.aarsrate([[0.927, 0.931]], [[2010, 2012]])).toBe(0.2);
    expect(F.aarsrate([[0.927], [0.931]], [[2010], [2012]])).toBe(0.2);
    expect(F.aarsrate([[92.7, 93.1]], [[2010, 2012]])).toBe(0.2);
  });

  it('RAMME.AARTILMAAL: 34,5 years to 100 % either way; target reached is #N/A with a reason', () => {
    expect(F.aartilmaal([[0.927, 0.931]], [[2010, 2012]], 1)).toBe(34.5);
    expect(F.aartilmaal([[92.7, 93.1]], [[2010, 2012]], 100)).toBe(34.5);
    expect(F.aartilmaal([[0.927, 0.931]], [[2010, 2012]], '100 %')).toBe(34.5);
    const reached = err(F.aartilmaal([[0.62, 0.66]], [[2019, 2023]], 0.65));
    expect(reached.code).toBe('#N/A');
    expect(reached.message).toBe('Målet er allerede nået.');
    expect(F.aartilmaal([[66, 62]], [[2019, 2023]], 50, 'ned')).toBe(12);
  });

  it('RAMME.OPFYLDELSE: 81 % of 85 % after Q2 is 95,3 % either way, never scaled', () => {
    const cells = F.opfyldelse(0.81, 0.85, 2) as number;
    const numbers = F.opfyldelse('81%', '85%', 2) as number;
    expect(cells).toBeCloseTo(0.952941176470588, 14);
    expect(numbers).toBe(cells);
    // 65 % against 60-70 % after Q1: within the range (108,3 % of its lower bound), not 433,3 %.
    expect(F.opfyldelse('65%', '60-70%', 1)).toBeCloseTo(1.083333333333333, 14);
    // Counts are still forecast: 160 of 350 after Q2 → 320 → 91,4 %.
    expect(F.opfyldelse(160, 350, 2)).toBeCloseTo(0.914285714285714, 14);
  });

  it('RAMME.TAL keeps procentpoint apart: 10,1 points stay 10,1, 84,8 % is the fraction 0,848', () => {
    expect(F.tal('10,1 procentpoint')).toBe(10.1);
    expect(F.tal('84,8 %')).toBe(0.848);
  });

  it('refuses a mix that cannot be meant, with a message', () => {
    const mixed = err(F.aartilmaal([[0.927, 0.931]], [[2010, 2012]], 100));
    expect(mixed.code).toBe('#VALUE!');
    expect(mixed.message).toContain('blander brøker og procenttal (0,927 og 100)');
    expect(err(F.pp(0.927, 93.1)).code).toBe('#VALUE!');
    expect(err(F.aarsrate([[0.927, 93.1]], [[2010, 2012]])).code).toBe('#VALUE!');
    expect(err(F.opfyldelse(0.81, 85, 2)).code).toBe('#VALUE!');
  });
});
