import { readableDate, readableTime, zoneName } from './readable-time';

describe('readableTime', () => {
  it.each([
    // A report time typed as 12:00 in New York (UTC−5 in November) is shown as typed.
    ['2026-11-24T17:00:00.000Z', 'America/New_York', '24 Nov 2026, 12:00 New York time'],
    ['2026-03-19T09:30:00+01:00', 'Europe/Paris', '19 Mar 2026, 09:30 Paris time'],
    ['2026-03-19T00:00:00Z', 'UTC', '19 Mar 2026, 00:00 UTC'],
    ['2026-07-01T00:00:00Z', 'Asia/Kolkata', '1 Jul 2026, 05:30 Kolkata time'],
    ['yesterday', 'UTC', 'yesterday'],
    ['2026-03-19T00:00:00Z', 'Not/AZone', '2026-03-19T00:00:00Z'],
  ])('%s in %s → %s', (iso, zone, text) => {
    expect(readableTime(iso, zone)).toBe(text);
  });

  it('names zones by their city', () => {
    expect(zoneName('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneName('UTC')).toBe('UTC');
  });

  it('reads calendar dates', () => {
    expect(readableDate('2026-12-24')).toBe('24 Dec 2026');
    expect(readableDate('')).toBe('');
  });
});
