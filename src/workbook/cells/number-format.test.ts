import { isPercentFormat, showsDate } from './number-format';

describe('isPercentFormat', () => {
  it.each([
    ['0.0%', true],
    ['0%', true],
    ['#,##0.00%', true],
    ['[Red]0.0%', true],
    ['0.00" %"', false],
    ['0\\%', false],
    ['General', false],
    ['#,##0.00', false],
    ['[$%-409]0', false],
    [null, false],
  ])('%s → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('showsDate', () => {
  it.each<[string | null, boolean]>([
    ['yyyy-mm-dd', true],
    ['yyyy-mm-dd hh:mm', true],
    ['m/d/yyyy', true],
    ['d mmm', true],
    ['mmm yyyy', true],
    ['[$-409]dddd, mmmm d, yyyy', true],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['mm:ss', false],
    ['0.0 "days"', false],
    ['#,##0.00_);[Red](#,##0.00)', false],
    ['[$€-407] #,##0.00', false],
    ['\\d0', false],
    ['General', false],
    ['@', false],
    [null, false],
  ])('%j → %s', (format, expected) => {
    expect(showsDate(format)).toBe(expected);
  });
});
