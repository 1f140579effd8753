import { Dec } from '../money/decimal';
import { formatHours } from './format-hours';
import { plural } from './plural';

describe('hours and plurals', () => {
  it.each([
    ['7.25', '7.3 h'],
    ['7.24', '7.2 h'],
    ['8', '8 h'],
    ['1234.5', '1,234.5 h'],
  ])('%s hours → %s', (hours, expected) => {
    expect(formatHours(new Dec(hours))).toBe(expected);
  });

  it.each<[number, string]>([
    [0, '0 days'],
    [1, '1 day'],
    [2, '2 days'],
    [1200, '1,200 days'],
  ])('%d', (n, expected) => {
    expect(plural(n, 'day')).toBe(expected);
  });
});
