import type { CellContext } from './cell-read';
import { figureCurrency, withCurrency } from './figure-currency';
import { readTextOrNumber } from './read-text';

const context: CellContext = { column: 'Target', timeZone: 'UTC', numberFormat: null };

describe('figureCurrency', () => {
  it.each<[string, readonly string[] | null]>([
    ['€120', ['EUR']],
    ['≤ €80', ['EUR']],
    ['max 80 eur', ['EUR']],
    ['80 USD', ['USD']],
    ['US$ 80', ['USD']],
    ['¥5,000', ['JPY', 'CNY']],
    ['3.5%', null],
    ['500', null],
    ['2.4x', null],
    ['soon', null],
    ['min 500', null],
  ])('%j is in %j', (text, currencies) => {
    expect(figureCurrency(text)?.currencies ?? null).toEqual(currencies);
  });
});

describe('withCurrency', () => {
  const read = withCurrency(readTextOrNumber);
  it('adds the currency of a text figure, keeping the text as written', () => {
    expect(read('€120', context)).toEqual({
      ok: true,
      value: '€120',
      currency: { mark: '€', currencies: ['EUR'] },
    });
  });
  it('adds the currency a number cell’s format shows', () => {
    expect(read(120, { ...context, numberFormat: '"£"#,##0' })).toMatchObject({
      ok: true,
      value: 120,
      currency: { mark: '£', format: '"£"#,##0' },
    });
  });
  it('leaves other figures and blanks alone', () => {
    expect(read(0.035, { ...context, numberFormat: '0.0%' })).toEqual({ ok: true, value: '3.5%' });
    expect(read(null, context)).toEqual({ ok: true, value: null });
  });
});
