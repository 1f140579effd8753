import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { channelKey } from '../metrics/aggregate-channel-metrics';
import { dailySeries, type DailyFigure, rowPeriod } from '../metrics/daily-series';
import type { ChannelMetric } from '../model/channel-metric';
import type { LocalDate } from '../model/primitives';
import { addDays } from '../time/zoned';
import { median, robustSpread } from './robust';

/** The figures watched for unusual days. */
export const WATCHED = ['spend', 'clicks', 'conversions'] as const;
export type WatchedFigure = (typeof WATCHED)[number];

/** A channel's day against the same weekday of the weeks before. */
export interface DayCheck {
  readonly channel: string;
  readonly date: LocalDate;
  readonly metric: WatchedFigure;
  readonly actual: number;
  /** The median of the same weekday over the weeks before. */
  readonly expected: number;
  /** The band within which a day is usual: expected ± 3.5 robust standard deviations (never below 0). */
  readonly low: number;
  readonly high: number;
  /** Robust z-score: (actual − expected) ÷ the robust spread. */
  readonly z: number;
  /** How many earlier same weekdays the day is compared with (3 to 8). */
  readonly weeks: number;
  /** |z| at least 3.5. */
  readonly significant: boolean;
}

/** The days checked: the last week of data. */
export const DAYS_CHECKED = 7;
/** Same weekdays looked back on, at most and at least. */
export const MAX_WEEKS = 8;
export const MIN_WEEKS = 3;
/** Iglewicz & Hoaglin's cut-off for a modified z-score. */
export const Z_CUTOFF = 3.5;
/** A count under this, both on the day and usually, is too small to call unusual. */
export const MIN_COUNT = 10;
/** Spend is judged on days with this many impressions, or MIN_COUNT clicks (the day or usually). */
const MIN_IMPRESSIONS = 1000;
/** A day's spend within 10 % of usual is never unusual, however steady the usual is. */
const SPEND_FLOOR = 0.1;

const FIGURE: Readonly<Record<WatchedFigure, DailyFigure>> = {
  spend: 'cost',
  clicks: 'clicks',
  conversions: 'conversions',
};

function rowsByChannel(a: CampaignAnalysis): Map<string, ChannelMetric[]> {
  const groups = new Map<string, ChannelMetric[]>();
  for (const row of a.rows) {
    const key = channelKey(row.channel);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  }
  return groups;
}

/**
 * Each channel's spend, clicks and conversions on each of the last 7 days of data, against the same
 * weekday of up to the 8 weeks before (docs/rules.md, Anomalies): the median of those days is what
 * was expected, the spread is the median absolute deviation (× 1.4826), and a day is unusual when its
 * robust z-score is 3.5 or more either way (Iglewicz & Hoaglin 1993). A day is only judged with at
 * least 3 earlier same weekdays and enough volume: 10 clicks or conversions (the day or usually), and
 * for spend 10 clicks or 1,000 impressions; counts are never judged more finely than their Poisson
 * spread, spend never more finely than 10 % of usual. The weeks are within the channel's own rows: a
 * day inside that run with no row counts as 0; a day whose figure a row leaves blank is neither judged
 * nor used as history. A channel whose rows are weekly (or longer) totals has no day to judge.
 *
 * @example dailyAnomalies(a).filter((d) => d.significant) // [{ channel: 'Search', date: '2026-03-14', metric: 'spend', actual: 1250, expected: 410, … }]
 */
export function dailyAnomalies(a: CampaignAnalysis): DayCheck[] {
  const checks: DayCheck[] = [];
  const names = new Map(a.channels.map((c) => [channelKey(c.channel), c.channel]));
  const lastDate = a.totals.lastDate;
  if (lastDate === null) return checks;
  const checked = Array.from({ length: DAYS_CHECKED }, (_, i) => addDays(lastDate, i - DAYS_CHECKED + 1));
  for (const [key, rows] of rowsByChannel(a)) {
    const series = dailySeries(rows);
    // Rows a week (or more) apart are period totals, not days: no day to judge.
    if (series === null || rowPeriod(series) > 1) continue;
    const index = new Map(series.dates.map((d, i) => [d, i]));
    const at = (f: DailyFigure, d: LocalDate) => {
      const i = index.get(d);
      return i === undefined ? null : (series.values[f][i] ?? null);
    };
    for (const date of checked) {
      // Outside the channel's own run of days (it had not started, or has stopped): nothing to judge.
      if (!index.has(date)) continue;
      for (const metric of WATCHED) {
        const f = FIGURE[metric];
        // A day whose figure some row leaves blank is not judged: its total is unknown.
        const actual = at(f, date);
        if (actual === null) continue;
        const history: number[] = [];
        for (let k = 1; k <= MAX_WEEKS; k += 1) {
          const v = at(f, addDays(date, -7 * k));
          if (v !== null) history.push(v);
        }
        if (history.length < MIN_WEEKS) continue;
        const expected = median(history);
        if (!enoughVolume(metric, date, expected, actual, at)) continue;
        const floor = metric === 'spend' ? SPEND_FLOOR * expected : Math.sqrt(Math.max(expected, 1));
        const spread = Math.max(robustSpread(history), floor);
        if (spread === 0) continue;
        const z = (actual - expected) / spread;
        checks.push({
          channel: names.get(key) ?? rows[0]?.channel.trim() ?? key,
          date,
          metric,
          actual,
          expected,
          low: Math.max(0, expected - Z_CUTOFF * spread),
          high: expected + Z_CUTOFF * spread,
          z,
          weeks: history.length,
          significant: Math.abs(z) >= Z_CUTOFF,
        });
      }
    }
  }
  return checks;
}

function enoughVolume(
  metric: WatchedFigure,
  date: LocalDate,
  expected: number,
  actual: number,
  at: (f: DailyFigure, d: LocalDate) => number | null,
): boolean {
  if (metric !== 'spend') return Math.max(actual, expected) >= MIN_COUNT;
  const usual = (f: DailyFigure) => {
    const earlier: number[] = [];
    for (let k = 1; k <= MAX_WEEKS; k += 1) {
      const v = at(f, addDays(date, -7 * k));
      if (v !== null) earlier.push(v);
    }
    return Math.max(at(f, date) ?? 0, earlier.length === 0 ? 0 : median(earlier));
  };
  return (
    (expected > 0 || actual > 0) && (usual('clicks') >= MIN_COUNT || usual('impressions') >= MIN_IMPRESSIONS)
  );
}
