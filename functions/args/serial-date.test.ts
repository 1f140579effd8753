import { installCustomFunctionsStub, shown } from '../testing/custom-functions-stub';
import { excelValue } from '../errors/excel-error';
import { instantOfDate, instantOfNow } from './serial-date';

installCustomFunctionsStub();

// Excel serial 46023 is 1 January 2026 (25,569 is 1 January 1970; 46,023 − 25,569 = 20,454 days).
describe('instantOfDate', () => {
  it.each<[unknown, 'start' | 'end', number | null]>([
    [46023, 'start', Date.UTC(2026, 0, 1)],
    [46023, 'end', Date.UTC(2026, 0, 2)],
    [46023.75, 'start', Date.UTC(2026, 0, 1, 18)],
    // A time of day is kept as it is, even at the end.
    [46023.75, 'end', Date.UTC(2026, 0, 1, 18)],
    [[[null], [46023]], 'start', Date.UTC(2026, 0, 1)],
    [null, 'start', null],
    [[['']], 'end', null],
  ])('%j (%s) is %s', (arg, edge, instant) => {
    expect(instantOfDate('start', arg, edge)).toBe(instant);
  });

  it.each<[unknown, string]>([
    ['2026-01-01', '"2026-01-01"'],
    [true, '"TRUE"'],
    [0, '"0"'],
    [-5, '"-5"'],
    [3_000_000, '"3000000"'],
  ])('refuses %j', (arg, quoted) => {
    expect(shown(() => excelValue(() => instantOfDate('end', arg, 'end')))).toEqual({
      error: '#VALUE!',
      message: `end: ${quoted} is not a date.`,
    });
  });
});

describe('instantOfNow', () => {
  it("is the computer's wall clock, on the same clock as the dates", () => {
    expect(instantOfNow(new Date(2026, 0, 1, 12))).toBe(Date.UTC(2026, 0, 1, 12));
    expect(instantOfNow(new Date(2026, 0, 1, 12))).toBe(instantOfDate('as_of', 46023.5, 'start'));
  });
});
