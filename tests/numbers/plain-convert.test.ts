import { describe, expect, it } from 'vitest';
import {
  agreesAt,
  compatibleUnits,
  convert,
  Dec,
  fromPlain,
  percentOf,
  roundHalfUp,
  roundToStep,
  sum,
  toPlain,
  type Unit,
} from '../../core/numbers';

describe('toPlain', () => {
  it.each([
    ['0', '0'],
    ['-0', '0'],
    ['1572000.50', '1572000.5'],
    ['-1200', '-1200'],
    ['1e21', '1000000000000000000000'],
    ['1.5e-7', '0.00000015'],
    ['0.1234567891', '0.1234567891'],
    ['0.12345678915', '0.1234567892'],
    ['-0.12345678915', '-0.1234567892'],
    ['0.33333333333333333333', '0.3333333333'],
    ['2.00000000004', '2'],
    ['0.0000123456789', '0.0000123457'],
    ['0.00000000000123456789', '0.00000000000123457'],
    ['-0.00000000000123456789', '-0.00000000000123457'],
    ['123456789.123456789123', '123456789.1234567891'],
    ['1e-30', '0.000000000000000000000000000001'],
  ])('%s → %s', (input, expected) => {
    expect(toPlain(new Dec(input))).toBe(expected);
  });

  it('takes 1/3 and 2/3 at ten places, half-up', () => {
    expect(toPlain(new Dec(1).dividedBy(3))).toBe('0.3333333333');
    expect(toPlain(new Dec(2).dividedBy(3))).toBe('0.6666666667');
  });
});

describe('fromPlain', () => {
  it.each([
    ['1572000.5', '1572000.5'],
    ['-0', '0'],
    ['0.00000015', '0.00000015'],
  ])('%s → %s', (s, expected) => {
    expect(fromPlain(s)?.toFixed()).toBe(expected);
  });
  it.each(['1e3', '1.572.000', '1,5', '', ' 1', '01', '.5', '5.', '+5', 'NaN', 'Infinity'])(
    'rejects %j',
    (s) => {
      expect(fromPlain(s)).toBeUndefined();
    },
  );
});

describe('convert', () => {
  it.each<[string, Unit, Unit, string]>([
    ['4.4', 'mio. kr.', 'kr', '4400000'],
    ['4.4', 'mio. kr.', '1.000 kr.', '4400'],
    ['1572000', 'kr', 'mio. kr.', '1.572'],
    ['1572000.5', 'kr', '1.000 kr.', '1572.0005'],
    ['1250', '1.000 kr.', 'kr', '1250000'],
    ['1250', '1.000 kr.', 'mio. kr.', '1.25'],
    ['0.01', 'kr', 'mio. kr.', '0.00000001'],
    ['84.8', 'percent', 'percent', '84.8'],
    ['-0.7', 'mio. kr.', 'kr', '-700000'],
  ])('%s %s → %s', (v, from, to, expected) => {
    expect(convert(new Dec(v), from, to)?.toFixed()).toBe(expected);
  });

  it.each<[Unit | null, Unit | null]>([
    ['percent', 'kr'],
    ['kr', 'percent'],
    ['årsværk', 'count'],
    ['mio. kr.', 'årsværk'],
    [null, 'kr'],
    ['kr', null],
  ])('%s → %s is undefined', (from, to) => {
    expect(convert(new Dec(1), from, to)).toBeUndefined();
    expect(compatibleUnits(from, to)).toBe(false);
  });
});

describe('arithmetic helpers', () => {
  it('sums exactly', () => {
    expect(sum(Array.from({ length: 10 }, () => '0.1')).toFixed()).toBe('1');
    expect(sum(['0.5', '1.5', '0.25', '0.75', '2']).toFixed()).toBe('5');
    expect(sum([]).toFixed()).toBe('0');
    expect(Object.is(sum(['-0']).toNumber(), -0)).toBe(false);
  });
  it.each([
    ['2.345', 2, '2.35'],
    ['-2.345', 2, '-2.35'],
    ['4.35', 1, '4.4'],
    ['-0.001', 2, '0'],
  ])('roundHalfUp(%s, %i) = %s', (v, d, expected) => {
    expect(roundHalfUp(v, d).toFixed()).toBe(expected);
  });
  it.each([
    ['1.375', '0.25', '1.5'],
    ['1.37', '0.25', '1.25'],
    ['12571.43', '1000', '13000'],
    ['-0.1', '0.25', '0'],
  ])('roundToStep(%s, %s) = %s', (v, step, expected) => {
    expect(roundToStep(v, step).toFixed()).toBe(expected);
  });
  it('rejects a step that is not positive', () => {
    expect(() => roundToStep('1', '0')).toThrow(RangeError);
  });
  it('compares at published precision', () => {
    expect(agreesAt('4.35', '4.4', 1)).toBe(true);
    expect(agreesAt('4.34', '4.4', 1)).toBe(false);
    expect(agreesAt('1572000.4', '1572000', 0)).toBe(true);
  });
  it('gives percentages and nothing for a zero whole', () => {
    expect(percentOf('424', '500')?.toFixed()).toBe('84.8');
    expect(percentOf('1', '3')?.toSignificantDigits(6).toFixed()).toBe('33.3333');
    expect(percentOf('1', '0')).toBeUndefined();
  });
});
