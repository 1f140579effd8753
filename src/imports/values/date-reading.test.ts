import { readDate } from './date-reading';

describe('reading dates', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04 13:45:00', '2025-03-04'],
    ['2025-03-04T13:45:00Z', '2025-03-04'],
    ['2025/3/4', '2025-03-04'],
    ['20250304', '2025-03-04'],
    [20250304, '2025-03-04'],
    ['04.03.2025', '2025-03-04'],
    ['May 18, 2025', '2025-05-18'],
    ['Tue, Mar 4, 2025', '2025-03-04'],
    ['18 May 2025', '2025-05-18'],
    ['September 1, 2025', '2025-09-01'],
    // 45720 days after Excel's day 0 is 2025-03-04 (serial 45658 is 2025-01-01; + 31 + 28 + 3).
    [45720, '2025-03-04'],
    [45720.75, '2025-03-04'],
  ])('%j is %s', (cell, date) => {
    expect(readDate(cell)).toEqual({ kind: 'date', date });
  });

  it.each([
    ['03/04/2025', 3, 4, 2025],
    ['3/4/25', 3, 4, 2025],
    ['25/12/2025 12:00 AM', 25, 12, 2025],
    ['12-25-2025', 12, 25, 2025],
  ])('%j waits for the column to decide', (cell, first, second, year) => {
    expect(readDate(cell)).toEqual({ kind: 'pair', first, second, year });
  });

  it.each(['2025-02-30', 'yesterday', '31.04.2025', 'Foo 4, 2025', '13/13', true, 0, -5])(
    '%j is not a date',
    (cell) => {
      expect(readDate(cell)).toEqual({ kind: 'invalid' });
    },
  );

  it.each(['1899-12-31', '1900-01-01', '1900-02-28', '31.12.1899', '12/31/1899', '01/02/1900', 12, 60])(
    '%j is before 1900-03-01, which Excel cannot hold exactly',
    (cell) => {
      expect(readDate(cell)).toEqual({ kind: 'before_1900' });
    },
  );

  it.each([
    ['1900-03-01', '1900-03-01'],
    [61, '1900-03-01'],
  ])('%j is the first day Excel holds exactly', (cell, date) => {
    expect(readDate(cell)).toEqual({ kind: 'date', date });
  });

  it.each(['', '--', null])('%j is missing', (cell) => {
    expect(readDate(cell)).toEqual({ kind: 'missing' });
  });
});
