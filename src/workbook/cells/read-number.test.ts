import fc from 'fast-check';
import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { parseNumberText } from './parse-number-text';
import { nonNegative, readInteger, readNumber } from './read-number';

const context: CellContext = { column: 'Cost', timeZone: 'UTC', numberFormat: null };
const invalidAs = (value: string, expected = 'number') => ({
  ok: false,
  detail: { code: 'invalid_value', column: 'Cost', value, expected },
});

describe('readNumber', () => {
  it.each<[RawCell, number]>([
    [1234.5, 1234.5],
    [0, 0],
    ['1,234.50', 1234.5],
    [' 12 ', 12],
    ['\u00a012\u00a0', 12],
    ['12%', 0.12],
    ['3.5%', 0.035],
    ['7 %', 0.07],
    ['-12', -12],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1,000,000', 1_000_000],
    ['0.1', 0.1],
  ])('%j is %d', (cell, value) => {
    expect(readNumber(cell, context)).toEqual({ ok: true, value });
  });

  it.each<RawCell>([null, '', '   ', '-', '--', '–', '—'])('%j is blank', (cell) => {
    expect(readNumber(cell, context)).toEqual({ ok: true, value: null });
  });

  it.each<[RawCell, string]>([
    ['(1,234)', '(1,234)'],
    ['1.234,5', '1.234,5'],
    ['1,23', '1,23'],
    ['1,2345', '1,2345'],
    [',123', ',123'],
    ['12 34', '12 34'],
    ['abc', 'abc'],
    ['=1+1', '=1+1'],
    ['$5', '$5'],
    ['%', '%'],
    ['.', '.'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['1e999', '1e999'],
    [' 12x ', '12x'],
    [true, 'TRUE'],
    [Number.NaN, 'NaN'],
  ])('%j is refused', (cell, shown) => {
    expect(readNumber(cell, context)).toEqual(invalidAs(shown));
  });

  it.each(['#N/A', '#DIV/0!', '#VALUE!', '#REF!'])('the Excel error %s is a cell_error', (error) => {
    expect(readNumber({ error }, context)).toEqual({
      ok: false,
      detail: { code: 'cell_error', column: 'Cost', value: error },
    });
  });

  it('refuses a 100,000-character text quickly and without echoing it whole', () => {
    const read = readNumber('9'.repeat(100_000), context);
    expect(read.ok).toBe(false);
  });

  it('reads back what en-US formatting writes (default: up to 3 decimals)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, places) => {
        const n = units / 10 ** places;
        expect(parseNumberText(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });

  it('reads back any finite double written with enough decimals', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true })
          .filter((n) => n === 0 || Math.abs(n) >= 1e-3),
        (n) => {
          const text = n.toLocaleString('en-US', { maximumFractionDigits: 20 });
          expect(parseNumberText(text)).toBe(n);
        },
      ),
    );
  });
});

describe('readInteger', () => {
  it.each<[RawCell, number | null]>([
    [3, 3],
    ['3', 3],
    ['3.0', 3],
    ['1,000', 1000],
    ['', null],
    ['-', null],
  ])('%j is %j', (cell, value) => {
    expect(readInteger(cell, context)).toEqual({ ok: true, value });
  });

  it.each<[RawCell, string]>([
    [2.5, '2.5'],
    ['2.5', '2.5'],
    ['two', 'two'],
    ['50%', '50%'],
  ])('%j is not a whole number', (cell, shown) => {
    expect(readInteger(cell, context)).toEqual(invalidAs(shown, 'integer'));
  });

  it('passes Excel errors through', () => {
    expect(readInteger({ error: '#N/A' }, context)).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
  });
});

describe('nonNegative', () => {
  const read = nonNegative(readNumber);
  it.each<[RawCell, number]>([
    [-3, -3],
    ['-0.5', -0.5],
    ['-1%', -0.01],
  ])('%j is negative', (cell, value) => {
    expect(read(cell, context)).toEqual({
      ok: false,
      detail: { code: 'negative_value', column: 'Cost', value },
    });
  });

  it.each<[RawCell, number | null]>([
    [0, 0],
    ['12', 12],
    [null, null],
    ['-', null],
  ])('%j is accepted', (cell, value) => {
    expect(read(cell, context)).toEqual({ ok: true, value });
  });
});
