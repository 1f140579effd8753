import { readableTimestamp } from './readable-timestamp';

describe('readableTimestamp', () => {
  it.each([
    ['2026-03-19T00:00:00.000Z', '2026-03-19 00:00 (UTC)'],
    ['2026-03-19T09:30:00+01:00', '2026-03-19 09:30 (UTC+01:00)'],
    ['2026-11-24T17:05-05:00', '2026-11-24 17:05 (UTC-05:00)'],
    ['yesterday', 'yesterday'],
    ['2026-03-19', '2026-03-19'],
  ])('%s → %s', (iso, text) => {
    expect(readableTimestamp(iso)).toBe(text);
  });
});
