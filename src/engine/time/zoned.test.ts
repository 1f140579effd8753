import {
  addDays,
  endOfLocalDay,
  instantOfWallTime,
  isValidTimeZone,
  localDateOf,
  offsetAt,
  parseLocalDate,
  startOfLocalDay,
} from './zoned';

const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('time zones', () => {
  it.each([
    ['UTC', wall(2026, 1, 15, 9), Date.UTC(2026, 0, 15, 9)],
    ['Europe/Paris', wall(2026, 1, 15, 9), Date.UTC(2026, 0, 15, 8)],
    ['Europe/Paris', wall(2026, 7, 15, 9), Date.UTC(2026, 6, 15, 7)],
    ['America/New_York', wall(2026, 11, 24, 0), Date.UTC(2026, 10, 24, 5)],
    ['Asia/Kolkata', wall(2026, 3, 1, 12), Date.UTC(2026, 2, 1, 6, 30)],
  ])('%s wall time → instant', (zone, w, expected) => {
    expect(instantOfWallTime(w, zone)).toBe(expected);
  });

  it('a wall time inside a spring-forward gap lands an hour later', () => {
    // Paris skipped 02:00–03:00 on 2026-03-29.
    expect(instantOfWallTime(wall(2026, 3, 29, 2, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('an ambiguous wall time in the autumn overlap takes the earlier instant', () => {
    // Paris showed 02:30 twice on 2026-10-25: first at 00:30Z (summer time), then at 01:30Z.
    expect(instantOfWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Paris')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('offsets and local dates', () => {
    expect(offsetAt(Date.UTC(2026, 0, 1), 'Europe/Paris')).toBe(3_600_000);
    expect(localDateOf(Date.UTC(2026, 10, 24, 23, 30), 'Europe/Paris')).toBe('2026-11-25');
    expect(localDateOf(Date.UTC(2026, 10, 24, 23, 30), 'UTC')).toBe('2026-11-24');
  });

  it('days start and end in the zone', () => {
    expect(startOfLocalDay('2026-11-24', 'Europe/Paris')).toBe(Date.UTC(2026, 10, 23, 23));
    expect(endOfLocalDay('2026-11-24', 'UTC')).toBe(Date.UTC(2026, 10, 25));
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('rejects impossible dates and unknown zones', () => {
    expect(parseLocalDate('2026-02-30')).toBeNull();
    expect(parseLocalDate('2026-2-3')).toBeNull();
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
