import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readPercentPoints } from './read-percent-points';

const context: CellContext = { column: 'Performance Threshold %', timeZone: 'UTC', numberFormat: null };

describe('readPercentPoints', () => {
  it.each<[RawCell, string | null, number | null]>([
    [50, null, 50],
    ['50', null, 50],
    ['50%', null, 50],
    ['12.5 %', null, 12.5],
    [0.5, '0%', 50],
    // 0.07 × 100 is 7.000000000000001 in floating point; the reader must give 7.
    [0.07, '0.0%', 7],
    [0.5, 'General', 0.5],
    ['', null, null],
    ['-', null, null],
  ])('%j with format %j is %j', (cell, numberFormat, value) => {
    expect(readPercentPoints(cell, { ...context, numberFormat })).toEqual({ ok: true, value });
  });

  it.each<[RawCell, string]>([
    ['half', 'half'],
    ['50%%', '50%%'],
    [true, 'TRUE'],
  ])('%j is not a percentage', (cell, value) => {
    expect(readPercentPoints(cell, context)).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Performance Threshold %', value, expected: 'percent' },
    });
  });
});
