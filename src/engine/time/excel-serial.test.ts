import { serialOfWallTime, wallTimeOfSerial } from './excel-serial';

describe('Excel serial dates', () => {
  it.each([
    [25569, '1970-01-01T00:00:00.000'],
    [46350, '2026-11-24T00:00:00.000'],
    [46350.5, '2026-11-24T12:00:00.000'],
    [61, '1900-03-01T00:00:00.000'],
  ])('%d shows %s', (serial, shown) => {
    const w = wallTimeOfSerial(serial);
    const iso = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond))
      .toISOString()
      .slice(0, 23);
    expect(iso).toBe(shown);
    expect(serialOfWallTime(w)).toBeCloseTo(serial, 9);
  });

  it('rounds a fraction of a day to the millisecond', () => {
    // 1/3 of a day is 08:00:00.000 once rounded.
    expect(wallTimeOfSerial(46350 + 1 / 3)).toMatchObject({ hour: 8, minute: 0, second: 0, millisecond: 0 });
  });
});
