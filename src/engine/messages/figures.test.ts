import { Dec } from '../money/decimal';
import {
  formatCount,
  formatDuration,
  formatFigure,
  formatHours,
  formatPct,
  formatRatio,
  plural,
} from './figures';
import { name } from './name';

describe('figures in sentences', () => {
  it.each<[string, string, string]>([
    ['count grouped', formatCount(new Dec('15000')), '15,000'],
    ['fractional count, two decimals half-up', formatCount(new Dec('23.455')), '23.46'],
    ['percent, one decimal half-up', formatPct(new Dec('3.25')), '3.3%'],
    ['negative percent', formatPct(new Dec('-25')), '-25.0%'],
    ['ratio, two decimals', formatRatio(new Dec('2.4')), '2.40x'],
    ['hours', formatHours(new Dec('7.25')), '7.3 h'],
    ['money in its currency', formatFigure(new Dec('91.304'), 'money', 'EUR'), '€91.30'],
    ['multiplier', formatFigure(new Dec('2.4'), 'multiplier', 'USD'), '2.40x'],
    ['number', formatFigure(new Dec('1234.5'), 'number', 'USD'), '1,234.5'],
    ['days and hours', formatDuration(74 * 3_600_000), '3 d 2 h'],
    ['whole days', formatDuration(48 * 3_600_000), '2 d'],
    ['hours and minutes', formatDuration(90 * 60_000), '1 h 30 min'],
    ['minutes', formatDuration(59_999), '0 min'],
    [
      'plural',
      `${plural(1, 'task')}, ${plural(2, 'task')}, ${plural(1200, 'day')}`,
      '1 task, 2 tasks, 1,200 days',
    ],
    ['names lose control characters', name('Google\tAds\n'), 'Google Ads'],
    ['long names are cut', name('x'.repeat(70)), `${'x'.repeat(60)}…`],
  ])('%s', (_what, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
