import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readTimeZone } from './read-time-zone';

const context: CellContext = { column: 'Time Zone', timeZone: 'UTC', numberFormat: null };

describe('readTimeZone', () => {
  it.each<[RawCell, string]>([
    ['Europe/Paris', 'Europe/Paris'],
    [' America/New_York ', 'America/New_York'],
    ['UTC', 'UTC'],
  ])('%j is %s', (cell, zone) => {
    expect(readTimeZone(cell, context)).toEqual({ ok: true, value: zone });
  });

  it.each<[RawCell, string]>([
    ['Mars/Olympus', 'Mars/Olympus'],
    ['CET+', 'CET+'],
    [1, '1'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('%j is refused', (cell, value) => {
    expect(readTimeZone(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Time Zone', value, expected: 'time_zone' },
    });
  });
});
