import { isPercentFormat } from './number-format';

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
