import { dateSerial, serialAt } from './excel-time';

describe('Excel time', () => {
  it.each([
    // 46350 is 2026-11-24 (see engine/time/excel-serial.test.ts); 12:30 is 0.5 + 30/1440 of a day.
    [Date.UTC(2026, 10, 24, 12, 30), 'UTC', 46350 + 0.5 + 30 / 1440],
    // Paris is UTC+1 in November: 11:30Z shows 12:30.
    [Date.UTC(2026, 10, 24, 11, 30), 'Europe/Paris', 46350 + 0.5 + 30 / 1440],
    // New York is UTC−5 in November: 03:00Z on the 24th still shows 22:00 on the 23rd.
    [Date.UTC(2026, 10, 24, 3, 0), 'America/New_York', 46349 + 22 / 24],
  ])('%d in %s is serial %d', (instant, zone, serial) => {
    expect(serialAt(instant, zone)).toBeCloseTo(serial, 9);
  });

  it('dates are whole serials', () => {
    expect(dateSerial('2026-11-24')).toBe(46350);
    expect(dateSerial('1970-01-01')).toBe(25569);
    expect(() => dateSerial('2026-02-30')).toThrow(RangeError);
  });
});
