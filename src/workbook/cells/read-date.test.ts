import type { RawCell } from '../host';
import type { CellContext } from './cell-read';
import { readDateTime, readLocalDate } from './read-date';

const ctx = (timeZone: string, column = 'Due Date'): CellContext => ({
  column,
  timeZone,
  numberFormat: null,
});
const HOUR = 3_600_000;

describe('readLocalDate', () => {
  it.each<[RawCell, string, string]>([
    [46350, 'UTC', '2026-11-24'],
    [46350.75, 'UTC', '2026-11-24'],
    [46350.75, 'Asia/Tokyo', '2026-11-24'],
    ['2026-11-24', 'UTC', '2026-11-24'],
    ['2026/11/24', 'UTC', '2026-11-24'],
    ['2026-3-4', 'UTC', '2026-03-04'],
    ['2026-11-24 09:30', 'UTC', '2026-11-24'],
    ['2026-11-24T23:30Z', 'UTC', '2026-11-24'],
    ['2026-11-24T23:30Z', 'Europe/Paris', '2026-11-25'],
    ['2026-11-24T03:00Z', 'America/New_York', '2026-11-23'],
  ])('%j in %s is %s', (cell, zone, date) => {
    expect(readLocalDate(cell, ctx(zone))).toEqual({ ok: true, value: date });
  });

  it.each<RawCell>([null, '', '-', '—'])('%j is blank', (cell) => {
    expect(readLocalDate(cell, ctx('UTC'))).toEqual({ ok: true, value: null });
  });

  it.each<[string, string[]]>([
    ['03/04/2026', ['2026-03-04', '2026-04-03']],
    ['3/4/2026', ['2026-03-04', '2026-04-03']],
    ['13/04/2026', ['2026-04-13']],
    ['04/13/2026', ['2026-04-13']],
    ['04/04/2026', ['2026-04-04']],
    ['03-04-2026', ['2026-03-04', '2026-04-03']],
    ['03.04.2026', ['2026-03-04', '2026-04-03']],
    ['03/04/2026 09:30', ['2026-03-04', '2026-04-03']],
  ])('%s is refused with its readings', (text, candidates) => {
    expect(readLocalDate(text, ctx('UTC'))).toEqual({
      ok: false,
      detail: { code: 'ambiguous_date', column: 'Due Date', value: text, candidates },
    });
  });

  it.each<[RawCell, string]>([
    ['32/13/2026', '32/13/2026'],
    ['2026-02-30', '2026-02-30'],
    ['2026-13-01', '2026-13-01'],
    ['tomorrow', 'tomorrow'],
    ['Nov 24, 2026', 'Nov 24, 2026'],
    ['2026-11-24/', '2026-11-24/'],
    ['1899-12-31', '1899-12-31'],
    ['0001-01-01', '0001-01-01'],
    ['2026-11/24', '2026-11/24'],
    [true, 'TRUE'],
    [12, '12'],
    [3_000_000, '3000000'],
    [-5, '-5'],
  ])('%j is not a date', (cell, value) => {
    expect(readLocalDate(cell, ctx('UTC'))).toEqual({
      ok: false,
      detail: { code: 'invalid_value', column: 'Due Date', value, expected: 'date' },
    });
  });

  it('reports an Excel error', () => {
    expect(readLocalDate({ error: '#N/A' }, ctx('UTC'))).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
  });
});

describe('readDateTime', () => {
  it.each<[RawCell, string, 'start' | 'end', number]>([
    // A date with no time: the start of the day, or the next midnight for End Date and Due Date.
    ['2026-11-24', 'UTC', 'start', Date.UTC(2026, 10, 24)],
    ['2026-11-24', 'UTC', 'end', Date.UTC(2026, 10, 25)],
    ['2026-11-24', 'Europe/Paris', 'start', Date.UTC(2026, 10, 23, 23)],
    ['2026-11-24', 'Europe/Paris', 'end', Date.UTC(2026, 10, 24, 23)],
    ['2026-11-24', 'America/New_York', 'end', Date.UTC(2026, 10, 25, 5)],
    [46350, 'America/New_York', 'end', Date.UTC(2026, 10, 25, 5)],
    [46350, 'Europe/Paris', 'start', Date.UTC(2026, 10, 23, 23)],
    // Floating-point noise in a serial is still a date with no time.
    [46350 + 1e-10, 'UTC', 'end', Date.UTC(2026, 10, 25)],
    // Date-times are wall times in the zone, whatever `dateOnly` says.
    [46350.375, 'Europe/Paris', 'end', Date.UTC(2026, 10, 24, 8)],
    [46350.375, 'UTC', 'start', Date.UTC(2026, 10, 24, 9)],
    ['2026-11-24 09:30', 'America/New_York', 'end', Date.UTC(2026, 10, 24, 14, 30)],
    ['2026-11-24T09:30:15', 'UTC', 'start', Date.UTC(2026, 10, 24, 9, 30, 15)],
    ['2026-11-24 00:00', 'UTC', 'end', Date.UTC(2026, 10, 24)],
    ['2026/11/24 9:05', 'UTC', 'start', Date.UTC(2026, 10, 24, 9, 5)],
    // With a zone, the instant itself.
    ['2026-11-24T09:30:15.250Z', 'Europe/Paris', 'start', Date.UTC(2026, 10, 24, 9, 30, 15, 250)],
    ['2026-11-24T10:30+01:00', 'America/New_York', 'start', Date.UTC(2026, 10, 24, 9, 30)],
    ['2026-11-24T09:30-0500', 'UTC', 'start', Date.UTC(2026, 10, 24, 14, 30)],
    ['2026-11-24t09:30z', 'UTC', 'start', Date.UTC(2026, 10, 24, 9, 30)],
    // Paris skipped 02:00–03:00 on 2026-03-29: a wall time in the gap lands an hour later.
    ['2026-03-29 02:30', 'Europe/Paris', 'start', Date.UTC(2026, 2, 29, 1, 30)],
  ])('%j in %s (%s) is %d', (cell, zone, dateOnly, instant) => {
    expect(readDateTime(dateOnly)(cell, ctx(zone))).toEqual({ ok: true, value: instant });
  });

  it.each<[string, string, number]>([
    // Spring forward: 23-hour days.
    ['2026-03-29', 'Europe/Paris', 23 * HOUR],
    ['2026-03-08', 'America/New_York', 23 * HOUR],
    // Fall back: 25-hour days.
    ['2026-10-25', 'Europe/Paris', 25 * HOUR],
    ['2026-11-01', 'America/New_York', 25 * HOUR],
    ['2026-11-01', 'UTC', 24 * HOUR],
  ])('%s in %s lasts as long as the clocks say', (date, zone, length) => {
    const start = readDateTime('start')(date, ctx(zone));
    const end = readDateTime('end')(date, ctx(zone));
    if (!start.ok || !end.ok || start.value === null || end.value === null) throw new Error('not read');
    expect(end.value - start.value).toBe(length);
  });

  it('ends a Paris day before the spring change at 23:00 UTC', () => {
    // 2026-03-28 is still winter time (UTC+1); its end is 2026-03-29 00:00 Paris.
    expect(readDateTime('end')('2026-03-28', ctx('Europe/Paris'))).toEqual({
      ok: true,
      value: Date.UTC(2026, 2, 28, 23),
    });
  });

  it.each<RawCell>([
    '2026-11-24T24:00',
    '2026-11-24T09:60',
    '2026-11-24T09:30+15:00',
    '2026-11-24Z',
    'now',
    false,
  ])('%j is not a date-time', (cell) => {
    expect(readDateTime('start')(cell, ctx('UTC'))).toMatchObject({
      ok: false,
      detail: { code: 'invalid_value', expected: 'date_time' },
    });
  });

  it("ends Excel's last day without a next day", () => {
    // 9999-12-31 (serial 2,958,465) is sometimes used for "no end".
    expect(readDateTime('end')(2_958_465, ctx('UTC'))).toEqual({
      ok: true,
      value: Date.UTC(9999, 11, 31) + 24 * HOUR,
    });
    expect(readDateTime('end')('9999-12-31', ctx('Europe/Paris'))).toEqual({
      ok: true,
      value: Date.UTC(9999, 11, 31) - HOUR + 24 * HOUR,
    });
  });

  it('refuses day-first dates with their readings', () => {
    expect(readDateTime('end')('24/11/2026', ctx('UTC'))).toEqual({
      ok: false,
      detail: { code: 'ambiguous_date', column: 'Due Date', value: '24/11/2026', candidates: ['2026-11-24'] },
    });
  });

  it('reports an Excel error and reads blanks', () => {
    expect(readDateTime('end')({ error: '#N/A' }, ctx('UTC'))).toMatchObject({
      ok: false,
      detail: { code: 'cell_error' },
    });
    expect(readDateTime('end')('  ', ctx('UTC'))).toEqual({ ok: true, value: null });
  });
});
