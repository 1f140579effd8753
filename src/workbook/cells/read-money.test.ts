import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readMoney } from './read-money';

const context: CellContext = { column: 'Budget Allocated', timeZone: 'UTC', numberFormat: null };

describe('readMoney', () => {
  it.each<[RawCell, number]>([
    [80, 80],
    ['80', 80],
    ['$80', 80],
    ['$ 80', 80],
    ['80 USD', 80],
    ['80USD', 80],
    ['USD 80', 80],
    ['usd 80', 80],
    ['€1,200.50', 1200.5],
    ['1,200.50 €', 1200.5],
    ['£99.99', 99.99],
    ['¥5,000', 5000],
    ['US$ 12', 12],
    ['A$12', 12],
    ['-$80', -80],
    ['$-80', -80],
    ['JPY 1,000', 1000],
    ['$80 USD', 80],
  ])('%j is %d', (cell, value) => {
    expect(readMoney(cell, context)).toMatchObject({ ok: true, value });
  });

  it.each<[RawCell, readonly string[] | undefined]>([
    [80, undefined],
    ['80', undefined],
    ['€25000', ['EUR']],
    ['£25,000', ['GBP', 'GIP', 'FKP', 'SHP', 'EGP']],
    ['25000 EUR', ['EUR']],
    ['25000 eur', ['EUR']],
    ['¥25000', ['JPY', 'CNY']],
    ['CN¥25000', ['CNY']],
    ['25 000 kr', ['SEK', 'NOK', 'DKK', 'ISK']],
    ['kr. 250', ['DKK', 'SEK', 'NOK', 'ISK']],
    ['1 200 zł', ['PLN']],
    ['US$ 12', ['USD']],
    ['C$12', ['CAD']],
    ['R$ 12', ['BRL']],
    ['$80 USD', ['USD']],
  ])('%j says its currency', (cell, currencies) => {
    const read = readMoney(cell, context);
    expect(read.ok && read.currency?.currencies).toEqual(currencies ?? undefined);
  });

  it('takes the currency of a number cell from its format', () => {
    expect(readMoney(25000, { ...context, numberFormat: '[$€-407] #,##0.00' })).toEqual({
      ok: true,
      value: 25000,
      currency: { mark: '€', currencies: ['EUR'], format: '[$€-407] #,##0.00' },
    });
    expect(readMoney(25000, { ...context, numberFormat: '#,##0.00' })).toEqual({ ok: true, value: 25000 });
  });

  it.each<[RawCell, Array<[string, number]>]>([
    [
      '25.000',
      [
        ['1,234.56', 25],
        ['1.234,56', 25000],
      ],
    ],
    [
      '€1.234',
      [
        ['1,234.56', 1.234],
        ['1.234,56', 1234],
      ],
    ],
    [
      '-1.500 EUR',
      [
        ['1,234.56', -1.5],
        ['1.234,56', -1500],
      ],
    ],
    ['1.234,56', [['1.234,56', 1234.56]]],
    ['12,5 €', [['1.234,56', 12.5]]],
    ['1.234.567', [['1.234,56', 1234567]]],
  ])('%j is refused with its readings when the workbook does not say its number style', (cell, readings) => {
    expect(readMoney(cell, context)).toEqual({
      ok: false,
      detail: {
        code: 'ambiguous_number',
        column: 'Budget Allocated',
        value: cell,
        style: null,
        readings: readings.map(([style, value]) => ({ style, value })),
      },
    });
  });

  it.each<[RawCell, number]>([
    ['1,234', 1234],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['25.50', 25.5],
  ])('%j reads one way only', (cell, value) => {
    expect(readMoney(cell, context)).toMatchObject({ ok: true, value });
  });

  it.each<[RawCell, '1,234.56' | '1.234,56', number]>([
    ['25.000', '1.234,56', 25000],
    ['25.000', '1,234.56', 25],
    ['1.234,56 €', '1.234,56', 1234.56],
    ['1 234,56 €', '1.234,56', 1234.56],
    ['1,5', '1.234,56', 1.5],
    ['1,234', '1.234,56', 1.234],
    ['1,234', '1,234.56', 1234],
  ])('%j in a %s workbook is %d', (cell, numberStyle, value) => {
    expect(readMoney(cell, { ...context, numberStyle })).toMatchObject({ ok: true, value });
  });

  it('refuses a number written in the other style than Settings says, with its reading', () => {
    expect(readMoney('1,234.56', { ...context, numberStyle: '1.234,56' })).toEqual({
      ok: false,
      detail: {
        code: 'ambiguous_number',
        column: 'Budget Allocated',
        value: '1,234.56',
        style: '1.234,56',
        readings: [{ style: '1,234.56', value: 1234.56 }],
      },
    });
  });

  it.each<RawCell>([null, ' ', '-', '--'])('%j is blank', (cell) => {
    expect(readMoney(cell, context)).toEqual({ ok: true, value: null });
  });

  it.each<[RawCell, string]>([
    ['$', '$'],
    ['80 dollars', '80 dollars'],
    ['80 ABC', '80 ABC'],
    ['XYZ 80', 'XYZ 80'],
    ['(80)', '(80)'],
    ['$(80)', '$(80)'],
    ['80%', '80%'],
    ['--$80', '--$80'],
    ['eighty', 'eighty'],
    ['€80 USD', '€80 USD'],
    ['XY$80', 'XY$80'],
    ['12 34', '12 34'],
    [false, 'FALSE'],
  ])('%j is refused', (cell, value) => {
    expect(readMoney(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Budget Allocated', value, expected: 'money' },
    });
  });

  it('reports an Excel error as such', () => {
    expect(readMoney({ error: '#VALUE!' }, context)).toEqual({
      ok: false,
      detail: { code: 'cell_error', column: 'Budget Allocated', value: '#VALUE!' },
    });
  });
});
