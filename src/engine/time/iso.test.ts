import { isoDuration, isoTimestamp, parseIsoInstant } from './iso';

describe('ISO 8601', () => {
  it.each([
    [0, 'PT0M'],
    [59_999, 'PT0M'],
    [60_000, 'PT1M'],
    [90 * 60_000, 'PT1H30M'],
    [24 * 3_600_000, 'P1D'],
    [27 * 3_600_000, 'P1DT3H'],
    [(49 * 60 + 5) * 60_000, 'P2DT1H5M'],
    [-5, 'PT0M'],
  ])('duration of %d ms is %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text);
  });

  it('timestamps are UTC', () => {
    expect(isoTimestamp(Date.UTC(2026, 10, 24, 9, 30))).toBe('2026-11-24T09:30:00.000Z');
  });

  it('parses only full date-times with a zone', () => {
    expect(parseIsoInstant('2026-11-24T09:30:00Z')).toBe(Date.UTC(2026, 10, 24, 9, 30));
    expect(parseIsoInstant('2026-11-24T10:30+01:00')).toBe(Date.UTC(2026, 10, 24, 9, 30));
    expect(parseIsoInstant('2026-11-24T09:30:00')).toBeNull();
    expect(parseIsoInstant('2026-11-24')).toBeNull();
    expect(parseIsoInstant('tomorrow')).toBeNull();
  });
});
