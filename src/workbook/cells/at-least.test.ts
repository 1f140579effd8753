import type { RawCell } from '../host';
import { atLeast } from './at-least';
import type { CellContext } from './cell-read';
import { readInteger, readNumber } from './read-number';

const context: CellContext = { column: 'Retry Limit', timeZone: 'UTC', numberFormat: null };

describe('atLeast', () => {
  it.each<[string, ReturnType<typeof atLeast>, RawCell, unknown]>([
    ['≥ 1', atLeast(readInteger, 1, true), 1, { ok: true, value: 1 }],
    ['≥ 1', atLeast(readInteger, 1, true), null, { ok: true, value: null }],
    [
      '≥ 1',
      atLeast(readInteger, 1, true),
      0,
      { ok: false, detail: { code: 'too_small', column: 'Retry Limit', value: 0, min: 1, inclusive: true } },
    ],
    [
      '≥ 1',
      atLeast(readInteger, 1, true),
      -2,
      { ok: false, detail: { code: 'negative_value', column: 'Retry Limit', value: -2 } },
    ],
    ['> 0', atLeast(readNumber, 0, false), 0.5, { ok: true, value: 0.5 }],
    [
      '> 0',
      atLeast(readNumber, 0, false),
      0,
      { ok: false, detail: { code: 'too_small', column: 'Retry Limit', value: 0, min: 0, inclusive: false } },
    ],
    ['≥ 0', atLeast(readNumber, 0, true), 0, { ok: true, value: 0 }],
    [
      '≥ 0',
      atLeast(readNumber, 0, true),
      'x',
      { ok: false, detail: { code: 'invalid_value', column: 'Retry Limit', value: 'x', expected: 'number' } },
    ],
  ])('%s: %j', (_bound, reader, cell, expected) => {
    expect(reader(cell, context)).toEqual(expected);
  });
});
