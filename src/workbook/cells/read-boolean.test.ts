import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readBoolean } from './read-boolean';

const context: CellContext = { column: 'Critical', timeZone: 'UTC', numberFormat: null };

describe('readBoolean', () => {
  it.each<[RawCell, boolean]>([
    [true, true],
    [false, false],
    ['TRUE', true],
    ['false', false],
    ['True', true],
    ['yes', true],
    ['No', false],
    ['Y', true],
    ['n', false],
    ['1', true],
    ['0', false],
    [1, true],
    [0, false],
    [' YES ', true],
  ])('%j is %s', (cell, value) => {
    expect(readBoolean(cell, context)).toEqual({ ok: true, value });
  });

  it.each<RawCell>([null, ''])('%j is blank', (cell) => {
    expect(readBoolean(cell, context)).toEqual({ ok: true, value: null });
  });

  it.each<[RawCell, string]>([
    ['maybe', 'maybe'],
    ['x', 'x'],
    [2, '2'],
    ['yes!', 'yes!'],
    ['oui', 'oui'],
  ])('%j is refused', (cell, value) => {
    expect(readBoolean(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Critical', value, expected: 'boolean' },
    });
  });

  it('reports an Excel error', () => {
    expect(readBoolean({ error: '#N/A' }, context)).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
  });
});
