import { defaultEta } from './default-eta';

describe('defaultEta', () => {
  it.each<[number, string | null, string, string]>([
    [Date.UTC(2026, 10, 24, 9), null, 'UTC', '2026-11-25'],
    // 23:30 UTC on the 24th is already the 25th in Paris
    [Date.UTC(2026, 10, 24, 23, 30), null, 'Europe/Paris', '2026-11-26'],
    // 03:00 UTC on the 1st is still the 30th of the month before in New York
    [Date.UTC(2026, 11, 1, 3), null, 'America/New_York', '2026-12-01'],
    [Date.UTC(2026, 11, 31, 12), null, 'UTC', '2027-01-01'],
    [Date.UTC(2026, 10, 24, 9), '2026-12-05', 'UTC', '2026-12-05'],
  ])('as of %d, Data ETA %s, in %s → %s', (asOf, dataEta, timeZone, expected) => {
    expect(defaultEta(asOf, { dataEta, timeZone })).toBe(expected);
  });
});
