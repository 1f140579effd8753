import { amountFormat, moneyFormat } from './number-formats';

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
});
