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
    expect(readMoney(cell, context)).toEqual({ ok: true, value });
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
