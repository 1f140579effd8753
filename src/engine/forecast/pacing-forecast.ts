import type { CampaignAnalysis, DerivedMetric, FigureUnit } from '../analysis/campaign-analysis';
import { asOfDate, daysBetween, daysLeft, lastDay } from '../feedback/calendar';
import { metricUnit } from '../metrics/metric-unit';
import {
  dailySeries,
  type DailyFigure,
  type DailySeries,
  knownDays,
  rowPeriod,
} from '../metrics/daily-series';
import { Dec, HUNDRED } from '../money/decimal';
import type { LocalDate } from '../model/primitives';
import { Z95 } from '../stats/normal';
import { WEEKDAYS, type Weekday, weekdayIndex } from '../time/weekday';
import { addDays, localDateOf } from '../time/zoned';
import { type ForecastMethod, projectDays, type Projection } from './daily-model';

/** An end-of-campaign figure: what is expected, and its 95 % range. */
export interface RangeFigure {
  readonly expected: Dec;
  readonly low: Dec;
  readonly high: Dec;
}

export type PacingStatus = 'over' | 'under' | 'on_pace';

export interface Forecast {
  readonly method: ForecastMethod;
  /** The run of days the projection is fitted to (a day without rows inside it counts as 0), and its length. */
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly daysOfData: number;
  /** The campaign's last day, and the days from the last day of data to it. */
  readonly endDate: LocalDate;
  readonly daysAhead: number;
  /** Spend at the end: spent so far plus the days ahead. */
  readonly spend: RangeFigure;
  /** The primary KPI at the end, when it is computed from ChannelMetrics. */
  readonly primaryKpi:
    (RangeFigure & { readonly metric: string; readonly unit: FigureUnit | 'number' }) | null;
  /** The remaining budget over the days left (today included), and per weekday when by day of week. */
  readonly dailyBudget: {
    readonly average: Dec;
    readonly byWeekday: Readonly<Record<Weekday, Dec>> | null;
  } | null;
  readonly pacing: {
    /** Expected spend at the end, as a percent of the budget. */
    readonly projectedPct: Dec;
    /** Points either side of 100 % within which spend is on pace: 20 at the start, 2 on the last day. */
    readonly bandPct: Dec;
    readonly status: PacingStatus;
  } | null;
}

/** A pacing band of ±20 points at the start narrowing to ±2 on the last day. */
const BAND_START = 20;
const BAND_END = 2;

const COUNTS: ReadonlySet<DailyFigure> = new Set(['impressions', 'clicks', 'conversions']);

function range(base: Dec, p: Projection): RangeFigure {
  const half = Z95 * Math.sqrt(p.variance);
  return {
    expected: base.plus(p.sum),
    low: base.plus(Math.max(0, p.sum - half)),
    high: base.plus(p.sum + half),
  };
}

/** Numerator and denominator of the ratio KPIs a forecast can project, and their scale. */
const RATIOS: Readonly<Partial<Record<DerivedMetric, [DailyFigure, DailyFigure, number]>>> = {
  ctr: ['clicks', 'impressions', 100],
  conversion_rate: ['conversions', 'clicks', 100],
  cpa: ['cost', 'conversions', 1],
  cpc: ['cost', 'clicks', 1],
  cpm: ['cost', 'impressions', 1000],
};

/** A figure's days to project from: its values and their dates. */
type Days = (f: DailyFigure) => { values: number[]; dates: LocalDate[] };

/**
 * The days of a series whose rows are totals over `period` days (weekly exports: 7): each row's
 * figure spread evenly over the days from its date on, up to the report date; the days between
 * covered by no row count as 0. With daily rows (period 1), the known days as they are.
 */
function daysOf(series: DailySeries, period: number, today: LocalDate): Days {
  return (f) => {
    const known = knownDays(series, f);
    if (period === 1) return known;
    const first = known.dates[0];
    const lastRow = known.dates[known.dates.length - 1];
    if (first === undefined || lastRow === undefined) return known;
    const endOf = (d: LocalDate) => {
      const end = addDays(d, period - 1);
      return end > today ? (d > today ? d : today) : end;
    };
    const dates = Array.from({ length: daysBetween(first, endOf(lastRow)) + 1 }, (_, i) => addDays(first, i));
    const values = dates.map(() => 0);
    known.dates.forEach((d, i) => {
      const covered = daysBetween(d, endOf(d)) + 1;
      const share = (known.values[i] as number) / covered;
      for (let j = 0; j < covered; j += 1) {
        const at = daysBetween(first, d) + j;
        values[at] = (values[at] as number) + share;
      }
    });
    return { values, dates };
  };
}

/**
 * A projection from the days of a series. Spread rows are straight lines, and their days are not
 * independent (a week's seven days are one row): the variance grows by the period, so the range is
 * that of the number of periods ahead.
 */
function projectFrom(
  known: { values: number[]; dates: LocalDate[] },
  future: readonly LocalDate[],
  count: boolean,
  period: number,
): Projection {
  const p = projectDays(known.values, known.dates, future, count, period > 1);
  return period === 1 ? p : { ...p, variance: p.variance * period };
}

function kpiForecast(
  a: CampaignAnalysis,
  days: Days,
  future: readonly LocalDate[],
  period: number,
): Forecast['primaryKpi'] {
  const k = a.kpis.find((x) => x.isPrimary);
  // A KPI resting on blank cells is not projected: the blanks would count as zeros.
  if (k === undefined || k.derived === null || k.kpi.actual !== null || k.gaps.length > 0) return null;
  const project = (f: DailyFigure) => {
    return projectFrom(days(f), future, COUNTS.has(f), period);
  };
  const unit = metricUnit(k.derived);
  const total = (f: DailyFigure): Dec => (f === 'revenue' ? (a.totals.revenue ?? new Dec(0)) : a.totals[f]);
  if (
    k.derived === 'impressions' ||
    k.derived === 'clicks' ||
    k.derived === 'conversions' ||
    k.derived === 'cost' ||
    k.derived === 'revenue'
  ) {
    return { metric: k.metric, unit, ...range(total(k.derived), project(k.derived)) };
  }
  const ratio = RATIOS[k.derived];
  if (ratio === undefined) return null;
  const [top, bottom, scale] = ratio;
  const num = range(total(top), project(top));
  const den = range(total(bottom), project(bottom));
  if (den.expected.isZero() || den.low.isZero()) return null;
  // The ratio's range pairs the numerator's ends with the denominator's opposite ends: at least 95 %.
  return {
    metric: k.metric,
    unit,
    expected: num.expected.div(den.expected).times(scale),
    low: num.low.div(den.high).times(scale),
    high: num.high.div(den.low).times(scale),
  };
}

function dailyBudget(a: CampaignAnalysis, p: Projection): Forecast['dailyBudget'] {
  const remaining = a.budget.remaining;
  const left = daysLeft(a);
  if (remaining.lte(0) || left === 0) return null;
  const average = remaining.div(left);
  if (p.method !== 'day_of_week') return { average, byWeekday: null };
  const today = asOfDate(a);
  const days = Array.from({ length: left }, (_, i) => weekdayIndex(addDays(today, i)));
  const weightSum = days.reduce((s, w) => s + (p.weights[w] ?? 1), 0);
  if (weightSum <= 0) return { average, byWeekday: null };
  const byWeekday = Object.fromEntries(
    WEEKDAYS.map((name, w) => [name, remaining.times(p.weights[w] ?? 1).div(weightSum)]),
  ) as Record<Weekday, Dec>;
  return { average, byWeekday };
}

function pacing(a: CampaignAnalysis, spend: RangeFigure): Forecast['pacing'] {
  if (a.budget.allocated.isZero()) return null;
  const first = localDateOf(a.campaign.startAt, a.settings.timeZone);
  const total = daysBetween(first, lastDay(a)) + 1;
  const bandPct = new Dec(BAND_END).plus(new Dec(BAND_START - BAND_END).times(daysLeft(a)).div(total));
  const projectedPct = spend.expected.div(a.budget.allocated).times(HUNDRED);
  const gap = projectedPct.minus(HUNDRED);
  return {
    projectedPct,
    bandPct,
    status: gap.gt(bandPct) ? 'over' : gap.lt(bandPct.neg()) ? 'under' : 'on_pace',
  };
}

/**
 * Where the campaign will end at its current daily pace (docs/rules.md, Pacing forecast): spend and
 * the primary KPI at the end, each with a 95 % range, from the daily ChannelMetrics rows — by day of
 * the week from 7 days of rows on, in a straight line before or when the rows are weekly (or longer)
 * totals, each spread over the days it covers; the daily budget that uses the rest of
 * the budget over the days left; and whether spend is on pace, within a band that narrows as the end
 * nears. `null` unless the campaign is running with at least 2 days of dated rows.
 *
 * @example pacingForecast(a)?.spend.expected.toFixed(2) // '12244.70'
 */
export function pacingForecast(a: CampaignAnalysis): Forecast | null {
  if (a.timeline.phase !== 'running') return null;
  const series = dailySeries(a.rows);
  if (series === null || series.daysWithRows < 2) return null;
  // Rows more than a day apart as a rule are totals over that many days (a weekly export).
  const period = rowPeriod(series);
  const days = daysOf(series, period, asOfDate(a));
  const known = days('cost');
  if (known.values.length < 2) return null;
  const from = known.dates[0] as LocalDate;
  const to = known.dates[known.dates.length - 1] as LocalDate;
  const endDate = lastDay(a);
  const daysAhead = Math.max(0, daysBetween(to, endDate));
  const future = Array.from({ length: daysAhead }, (_, i) => addDays(to, i + 1));
  const cost = projectFrom(known, future, false, period);
  const spend = range(a.budget.spent, cost);
  return {
    method: cost.method,
    from,
    to,
    daysOfData: daysBetween(from, to) + 1,
    endDate,
    daysAhead,
    spend,
    primaryKpi: kpiForecast(a, days, future, period),
    dailyBudget: dailyBudget(a, cost),
    pacing: pacing(a, spend),
  };
}
