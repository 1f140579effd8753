import { cellOf } from './model-cells';

// Serial 46350 is 2026-11-24 (engine/time/excel-serial.test.ts).
describe('model values as cells', () => {
  it.each([
    ['a start at local midnight is a date', Date.UTC(2026, 10, 24, 5), 'start', 46350],
    ['a start with a time of day is a date-time', Date.UTC(2026, 10, 24, 14), 'start', 46350 + 9 / 24],
    // End of 24 November in New York is midnight starting the 25th, 05:00Z.
    ['an end at the end of a local day is that day', Date.UTC(2026, 10, 25, 5), 'end', 46350],
    ['an end with a time of day is a date-time', Date.UTC(2026, 10, 24, 22), 'end', 46350 + 17 / 24],
    ['a date-time', Date.UTC(2026, 10, 24, 17, 30), 'dateTime', 46350 + 12.5 / 24],
  ] as const)('%s', (_, instant, kind, serial) => {
    expect(cellOf(instant, kind, 'America/New_York')).toBeCloseTo(serial, 9);
  });

  it('dates, lists, blockers and plain values', () => {
    expect(cellOf('2026-11-24', 'date', 'UTC')).toBe(46350);
    expect(cellOf(['T01', 'T02'], 'list', 'UTC')).toBe('T01, T02');
    expect(cellOf([], 'list', 'UTC')).toBeNull();
    expect(cellOf(['Legal', 'Budget'], 'blockers', 'UTC')).toBe('Legal; Budget');
    expect(cellOf(true, 'value', 'UTC')).toBe(true);
    expect(cellOf('=1+1', 'value', 'UTC')).toBe('=1+1');
    expect(cellOf(null, 'dateTime', 'UTC')).toBeNull();
  });
});
