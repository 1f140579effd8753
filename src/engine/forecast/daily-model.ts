import type { LocalDate } from '../model/primitives';
import { weekdayIndex } from '../time/weekday';

/** How the days ahead are projected. */
export type ForecastMethod = 'day_of_week' | 'straight_line';

/** A projection of the days ahead: each day's expected value, and the variance of their sum. */
export interface Projection {
  readonly method: ForecastMethod;
  /** Expected value of each future day, in the order given. */
  readonly perDay: readonly number[];
  readonly sum: number;
  /** Variance of the sum: the days' own spread plus the uncertainty of the levels they were fitted with. */
  readonly variance: number;
  /** Relative weight of each weekday (1 = an average day); all 1 for a straight line. */
  readonly weights: readonly number[];
}

/** With at least a week of days, each day of the week gets its own level. */
export const DAY_OF_WEEK_MIN_DAYS = 7;
/** With two weeks or more, the spread is measured around each weekday's level (7 levels fitted). */
const RESIDUAL_MIN_DAYS = 14;

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[]) => {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

/**
 * Projects a daily series onto the days ahead (docs/rules.md, Pacing forecast). With fewer than 7
 * days, a straight line: every day ahead is the average day. From 7 days on, day of the week: each
 * day ahead is the average of its weekday, so a campaign that spends on weekdays and little at
 * weekends is projected that way. The spread of a day is measured around its weekday's level once
 * there are two weeks, around the average before; for counts (clicks, conversions) it is never below
 * the Poisson spread, the average itself. `straightLine` asks for the straight line whatever the
 * number of days (rows that are weekly totals say nothing about the days of the week).
 *
 * @example projectDays([100, 100, 20], dates, future, false).sum // 73.3… × days ahead
 */
export function projectDays(
  values: readonly number[],
  dates: readonly LocalDate[],
  future: readonly LocalDate[],
  count: boolean,
  straightLine = false,
): Projection {
  const n = values.length;
  const average = mean(values);
  if (straightLine || n < DAY_OF_WEEK_MIN_DAYS || average === 0) {
    const spread = Math.max(variance(values), count ? average : 0);
    const h = future.length;
    return {
      method: straightLine || n < DAY_OF_WEEK_MIN_DAYS ? 'straight_line' : 'day_of_week',
      perDay: future.map(() => average),
      sum: h * average,
      variance: h * spread + (h * h * spread) / n,
      weights: Array.from({ length: 7 }, () => 1),
    };
  }
  const byWeekday: number[][] = Array.from({ length: 7 }, () => []);
  values.forEach((v, i) => byWeekday[weekdayIndex(dates[i] as LocalDate)]?.push(v));
  const levels = byWeekday.map((xs) => (xs.length === 0 ? average : mean(xs)));
  const residuals = values.map((v, i) => v - (levels[weekdayIndex(dates[i] as LocalDate)] ?? average));
  const aroundLevels =
    n >= RESIDUAL_MIN_DAYS ? residuals.reduce((s, r) => s + r * r, 0) / (n - 7) : variance(values);
  const spread = Math.max(aroundLevels, count ? average : 0);
  const ahead = future.map((d) => weekdayIndex(d));
  const perDay = ahead.map((w) => levels[w] ?? average);
  const daysAheadOf = (w: number) => ahead.filter((x) => x === w).length;
  const levelUncertainty = byWeekday.reduce(
    (s, xs, w) => s + (daysAheadOf(w) ** 2 * spread) / Math.max(1, xs.length),
    0,
  );
  return {
    method: 'day_of_week',
    perDay,
    sum: perDay.reduce((s, x) => s + x, 0),
    variance: future.length * spread + levelUncertainty,
    weights: levels.map((l) => l / average),
  };
}
