import { amountFormat, moneyFormat, percentPointsFormat } from './number-formats';

describe('number formats', () => {
  it.each([
    ['USD', '#,##0.00 "USD"'],
    ['JPY', '#,##0 "JPY"'],
    ['BHD', '#,##0.000 "BHD"'],
  ])('%s money shows its minor unit and code', (currency, format) => {
    expect(moneyFormat(currency)).toBe(format);
  });

  it('amounts without currency', () => {
    expect(amountFormat(0)).toBe('#,##0');
    expect(amountFormat(2)).toBe('#,##0.00');
  });

  it.each<[number, string]>([
    [42.5, '0.0"%"'],
    [42, '0.0"%"'],
    [75.0001, '0.0000"%"'],
    [49.96, '0.00"%"'],
  ])('percent points %d show their decimals: %s', (value, format) => {
    expect(percentPointsFormat(value)).toBe(format);
  });
});
