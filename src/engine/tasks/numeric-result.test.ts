import { numericResult } from './numeric-result';

describe('numericResult', () => {
  it.each<[string | number, string, string]>([
    [500, '500', 'plain'],
    [-2.5, '-2.5', 'plain'],
    ['1,200', '1200', 'plain'],
    ['1,234,567.89', '1234567.89', 'plain'],
    ['$80', '80', 'plain'],
    ['€ 1,000', '1000', 'plain'],
    ['-$12.50', '-12.5', 'plain'],
    ['$-12.50', '-12.5', 'plain'],
    ['3.5%', '3.5', 'percent'],
    [' 3.5 % ', '3.5', 'percent'],
    ['.5', '0.5', 'plain'],
    ['2.4x', '2.4', 'multiplier'],
    ['2.4X', '2.4', 'multiplier'],
  ])('%p is %s (%s)', (written, value, unit) => {
    const parsed = numericResult(written);
    expect(parsed?.value.toString()).toBe(value);
    expect(parsed?.unit).toBe(unit);
  });

  it.each([
    null,
    '',
    'about 80',
    '≤ 80',
    '12 leads',
    '1,5',
    '1,20',
    '--5',
    '-$-5',
    '5%%',
    'x'.repeat(100),
    Infinity,
  ])('%p is not a number', (written) => {
    expect(numericResult(written)).toBeNull();
  });
});
