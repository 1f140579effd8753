import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readCurrency } from './read-currency';

const context: CellContext = { column: 'Currency', timeZone: 'UTC', numberFormat: null };

describe('readCurrency', () => {
  it.each<[RawCell, string]>([
    ['USD', 'USD'],
    [' eur ', 'EUR'],
    ['Jpy', 'JPY'],
  ])('%j is %s', (cell, value) => {
    expect(readCurrency(cell, context)).toEqual({ ok: true, value });
  });

  it.each<[RawCell, string]>([
    ['Euro', 'Euro'],
    ['$', '$'],
    ['XYZ', 'XYZ'],
    [840, '840'],
  ])('%j is refused', (cell, value) => {
    expect(readCurrency(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Currency', value, expected: 'currency_code' },
    });
  });

  it('reads blanks and Excel errors', () => {
    expect(readCurrency(null, context)).toEqual({ ok: true, value: null });
    expect(readCurrency({ error: '#N/A' }, context)).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
  });
});
