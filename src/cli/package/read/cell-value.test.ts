import fc from 'fast-check';
import { decimalOf, serialOfIsoDate } from './cell-value';

describe('decimalOf', () => {
  it('reads every number as Number() does', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = String(n);
        expect(Object.is(decimalOf(text), Number(text)) || (n === 0 && decimalOf(text) === 0)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999, max: 999_999 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        (i, f) => {
          const text = `${i}.${String(f).padStart(9, '0')}`;
          expect(decimalOf(text)).toBe(Number(text));
        },
      ),
    );
  });

  it.each(['482.67', '-0.5', '1E-7', '12.', '.5', '007', '1e3', '12345678901234567890'])('%s', (text) => {
    expect(decimalOf(text)).toBe(Number(text));
  });
});

describe('serialOfIsoDate', () => {
  it.each([
    ['2026-01-15T12:00:00', 46037.5],
    ['2026-01-15', 46037],
    ['2026-01-15T12:00:00Z', 46037.5],
    ['1900-03-01', 61],
    ['1900-02-28', 59],
    ['12:00', 0.5],
    ['not a date', null],
  ])('%s → %s', (text, serial) => {
    expect(serialOfIsoDate(text)).toBe(serial);
  });
});
