import fc from 'fast-check';
import { readNumber } from './number-reading';

describe('reading numbers', () => {
  it.each([
    ['1414877', '1414877', '1414877'],
    ['1,414,877', '1414877', null],
    ['199874.74', '199874.74', null],
    ['454,06', null, '454.06'],
    ['1.234,56', null, '1234.56'],
    ['1 234,56', null, '1234.56'],
    ['1\u202f234,56', null, '1234.56'],
    ['1,234', '1234', '1.234'],
    ['1.234', '1.234', '1234'],
    ['25.75', '25.75', null],
    ['$1,234.50', '1234.50', null],
    ['R$ 1.234,50', null, '1234.50'],
    ['1.234,50 €', null, '1234.50'],
    ['USD 12', '12', '12'],
    ['-5', '-5', '-5'],
    ['(5.5)', '-5.5', null],
    ['0,5', null, '0.5'],
    ['1.2E+05', '1.2E+05', null],
  ])('%j → point %j, comma %j', (text, point, comma) => {
    expect(readNumber(text)).toEqual({ kind: 'number', point, comma });
  });

  it.each(['', '--', ' --', '-', '—', null])('%j is missing, not zero', (text) => {
    expect(readNumber(text)).toEqual({ kind: 'missing' });
  });

  it.each(['abc', '6.20%', '=1+2', '1,2,3.4.5', '12abc', true, { error: '#N/A' }, '1..2', '[123]'])(
    '%j is not a number',
    (text) => {
      expect(readNumber(text)).toEqual({ kind: 'invalid' });
    },
  );

  it('takes cell numbers as they are', () => {
    expect(readNumber(0.1)).toEqual({ kind: 'number', point: '0.1', comma: '0.1' });
  });

  it('reads plain digits and cents at once, as the full reading would', () => {
    // A leading space takes a cell past the quick readings; the full reading trims it.
    const numeric = fc.oneof(
      fc.stringMatching(/^\d{1,12}$/),
      fc.stringMatching(/^\d{1,9}\.\d{1,6}$/),
      fc.stringMatching(/^\d{1,3}([.,]\d{3}){0,3}([.,]\d{1,3})?$/),
    );
    fc.assert(
      fc.property(numeric, (text) => {
        expect(readNumber(text)).toEqual(readNumber(` ${text}`));
      }),
      { numRuns: 2000 },
    );
  });
});
