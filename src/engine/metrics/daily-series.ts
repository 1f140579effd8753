import type { ChannelMetric } from '../model/channel-metric';
import type { LocalDate } from '../model/primitives';
import { addDays } from '../time/zoned';
import { daysBetween } from '../feedback/calendar';

/** The figures a day's rows add up to. */
export const DAILY_FIGURES = ['cost', 'impressions', 'clicks', 'conversions', 'revenue'] as const;
export type DailyFigure = (typeof DAILY_FIGURES)[number];

/**
 * Rows summed per calendar day over an unbroken run of days, from the first dated row to the last; a
 * day inside the run with no row counts as 0 (nothing spent, nothing happened). A day's figure is
 * `null` when one of that day's rows leaves it blank (not reported: the day's total is unknown, never
 * taken as the sum of the others). Undated rows are left out. Blank Revenue is 0 for the day.
 */
export interface DailySeries {
  readonly dates: readonly LocalDate[];
  readonly values: Readonly<Record<DailyFigure, ReadonlyArray<number | null>>>;
  /** How many of `dates` have at least one row. */
  readonly daysWithRows: number;
  /** The dates with at least one row, in order. */
  readonly rowDates: readonly LocalDate[];
}

/**
 * The daily series of some ChannelMetrics rows, or `null` without a dated row.
 *
 * @example dailySeries(rows)?.values.cost // [600.1, 840.455]
 */
export function dailySeries(rows: readonly ChannelMetric[]): DailySeries | null {
  const byDate = new Map<LocalDate, Record<DailyFigure, number | null>>();
  for (const r of rows) {
    if (r.date === null) continue;
    let day = byDate.get(r.date);
    if (day === undefined) {
      day = { cost: 0, impressions: 0, clicks: 0, conversions: 0, revenue: 0 };
      byDate.set(r.date, day);
    }
    // Written out figure by figure: a loop over the names made each access a keyed lookup, the
    // largest cost of a judgement over 100,000 rows (docs/performance.md).
    day.cost = r.cost === null || day.cost === null ? null : day.cost + r.cost;
    day.impressions =
      r.impressions === null || day.impressions === null ? null : day.impressions + r.impressions;
    day.clicks = r.clicks === null || day.clicks === null ? null : day.clicks + r.clicks;
    day.conversions =
      r.conversions === null || day.conversions === null ? null : day.conversions + r.conversions;
    day.revenue = (day.revenue ?? 0) + (r.revenue ?? 0);
  }
  if (byDate.size === 0) return null;
  const sorted = [...byDate.keys()].sort();
  const first = sorted[0] as LocalDate;
  const n = daysBetween(first, sorted[sorted.length - 1] as LocalDate) + 1;
  const dates = Array.from({ length: n }, (_, i) => addDays(first, i));
  const values = Object.fromEntries(
    DAILY_FIGURES.map((f) => [
      f,
      dates.map((d) => {
        const day = byDate.get(d);
        return day === undefined ? 0 : day[f];
      }),
    ]),
  ) as Record<DailyFigure, Array<number | null>>;
  return { dates, values, daysWithRows: byDate.size, rowDates: sorted };
}

/**
 * The usual number of days between two dates with rows (the median gap): 1 for daily rows, 7 for
 * weekly totals (an export by week), 1 with fewer than two dates.
 *
 * @example rowPeriod(weeklySeries) // 7
 */
export function rowPeriod(series: DailySeries): number {
  const gaps = series.rowDates
    .slice(1)
    .map((d, i) => daysBetween(series.rowDates[i] as LocalDate, d))
    .sort((x, y) => x - y);
  // The lower median: a missing week among weekly rows (gaps 7 and 14) still reads as weekly.
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? 1;
}

/**
 * A figure's known days: the values and dates of the days whose figure is reported.
 *
 * @example knownDays(series, 'cost') // { values: [600.1, 840.455], dates: ['2026-03-14', '2026-03-15'] }
 */
export function knownDays(
  series: DailySeries,
  figure: DailyFigure,
): { values: number[]; dates: LocalDate[] } {
  const values: number[] = [];
  const dates: LocalDate[] = [];
  series.values[figure].forEach((v, i) => {
    if (v === null) return;
    values.push(v);
    dates.push(series.dates[i] as LocalDate);
  });
  return { values, dates };
}
