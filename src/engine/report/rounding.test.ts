import { Dec } from '../money/decimal';
import { figureNumber, money, pct1, ratio2 } from './rounding';

describe('output rounding', () => {
  it.each([
    ['42.05', 42.1],
    ['42.04999', 42],
    ['-0.04', 0],
    ['88.75875', 88.8],
  ])('pct1(%s) = %d', (v, expected) => {
    expect(Object.is(pct1(new Dec(v)), expected)).toBe(true);
  });

  it.each([
    ['2.405', 2.41],
    ['2.404999', 2.4],
    ['-0.001', 0],
  ])('ratio2(%s) = %d', (v, expected) => {
    expect(Object.is(ratio2(new Dec(v)), expected)).toBe(true);
  });

  it.each<[string, string, number]>([
    ['91.304347', 'USD', 91.3],
    ['0.005', 'USD', 0.01],
    ['-0.004', 'USD', 0],
    ['1234.5', 'JPY', 1235],
    ['1.2345', 'BHD', 1.235],
  ])('money(%s %s) = %d', (v, currency, expected) => {
    expect(Object.is(money(new Dec(v), currency), expected)).toBe(true);
  });

  it('rounds a figure by its unit', () => {
    expect(figureNumber(new Dec('157.79333'), 'money', 'USD')).toBe(157.79);
    expect(figureNumber(new Dec('1.5625'), 'percent', 'USD')).toBe(1.6);
    expect(figureNumber(new Dec('2.405'), 'multiplier', 'USD')).toBe(2.41);
    expect(figureNumber(new Dec('22.555'), 'count', 'USD')).toBe(22.56);
  });
});
