import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readNumberStyle } from './read-number-style';

const context: CellContext = { column: 'Number Format', timeZone: 'UTC', numberFormat: null };

describe('readNumberStyle', () => {
  it.each<[RawCell, string | null]>([
    ['1,234.56', '1,234.56'],
    [' 1.234,56 ', '1.234,56'],
    ['1 234,56', '1.234,56'],
    ['Decimal point', '1,234.56'],
    ['decimal_comma', '1.234,56'],
    [null, null],
  ])('%j is %j', (cell, style) => {
    expect(readNumberStyle(cell, context)).toEqual({ ok: true, value: style });
  });

  it.each<RawCell>([1234.56, 'european', '1234.56'])('%j is refused', (cell) => {
    expect(readNumberStyle(cell, context)).toMatchObject({
      ok: false,
      detail: { code: 'invalid_value', expected: 'number_style' },
    });
  });
});
