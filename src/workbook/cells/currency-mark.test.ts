import { currencyOfMark, DOLLAR_CURRENCIES } from './currency-mark';

describe('currencyOfMark', () => {
  it.each<[string, readonly string[] | null]>([
    ['EUR', ['EUR']],
    ['eur', ['EUR']],
    [' usd ', ['USD']],
    ['€', ['EUR']],
    ['$', DOLLAR_CURRENCIES],
    ['US$', ['USD']],
    ['C$', ['CAD']],
    ['A$', ['AUD']],
    ['NZ$', ['NZD']],
    ['HK$', ['HKD']],
    ['R$', ['BRL']],
    ['¥', ['JPY', 'CNY']],
    ['￥', ['JPY', 'CNY']],
    ['JP¥', ['JPY']],
    ['CN¥', ['CNY']],
    ['元', ['CNY']],
    ['RMB', ['CNY']],
    ['£', ['GBP', 'GIP', 'FKP', 'SHP', 'EGP']],
    ['kr', ['SEK', 'NOK', 'DKK', 'ISK']],
    ['Kr.', ['DKK', 'SEK', 'NOK', 'ISK']],
    ['zł', ['PLN']],
    ['Kč', ['CZK']],
    ['₹', ['INR']],
    ['XY$', null],
    ['dollars', null],
    ['ABC', null],
    ['', null],
  ])('%j stands for %j', (mark, currencies) => {
    expect(currencyOfMark(mark)?.currencies ?? null).toEqual(currencies);
  });

  it('every dollar currency is an ISO 4217 code', () => {
    expect(DOLLAR_CURRENCIES.every((c) => currencyOfMark(c)?.currencies[0] === c)).toBe(true);
  });
});
