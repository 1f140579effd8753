import { makeRow } from '../testing/fixtures';
import { dailySeries, rowPeriod } from './daily-series';

const rowsOn = (...dates: string[]) => dates.map((date) => makeRow('Search', { date, cost: 10 }));

describe('the daily series', () => {
  it('counts a day inside the run without rows as 0, and keeps the dates that have rows', () => {
    const s = dailySeries(rowsOn('2026-11-02', '2026-11-04'));
    expect(s?.dates).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    expect(s?.values.cost).toEqual([10, 0, 10]);
    expect(s?.rowDates).toEqual(['2026-11-02', '2026-11-04']);
  });

  it.each<[string, string[], number]>([
    ['daily rows', ['2026-11-02', '2026-11-03', '2026-11-04'], 1],
    ['weekday rows (no weekend rows)', ['2026-11-05', '2026-11-06', '2026-11-09', '2026-11-10'], 1],
    ['weekly totals', ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'], 7],
    ['weekly totals with one week missing', ['2026-11-02', '2026-11-09', '2026-11-23'], 7],
    ['a single date', ['2026-11-02'], 1],
  ])('tells the period of its rows: %s', (_, dates, period) => {
    const s = dailySeries(rowsOn(...dates));
    if (s === null) throw new Error('no series');
    expect(rowPeriod(s)).toBe(period);
  });
});
