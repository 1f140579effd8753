import { formatDuration } from './format-duration';

const MIN = 60_000;

describe('formatDuration', () => {
  it.each([
    [0, '0 minutes'],
    [59_999, '0 minutes'],
    [MIN, '1 minute'],
    [45 * MIN, '45 minutes'],
    [60 * MIN, '1 hour'],
    [90 * MIN, '1 hour 30 minutes'],
    [24 * 60 * MIN, '1 day'],
    [27 * 60 * MIN, '1 day 3 hours'],
    [(3 * 24 + 1) * 60 * MIN + 59 * MIN, '3 days 1 hour'],
    [-5, '0 minutes'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
