import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { RangeFigure } from '../forecast/pacing-forecast';
import { minorUnits } from '../money/currency';
import { Dec, roundTo } from '../money/decimal';
import { WEEKDAYS, type Weekday } from '../time/weekday';
import type { ExecutionStatusReport } from './output-schemas';
import { figureNumber, money, pct1 } from './rounding';

function byWeekday(
  amounts: Readonly<Record<Weekday, Dec>> | null,
  currency: string,
): Record<Weekday, number> | null {
  if (amounts === null) return null;
  return Object.fromEntries(WEEKDAYS.map((d) => [d, money(amounts[d], currency)])) as Record<Weekday, number>;
}

/**
 * The report's `forecast`: end-of-campaign spend and primary KPI with their 95 % ranges, the
 * recommended daily budget (per weekday when by day of week) and the pacing warning; `null` when the
 * campaign is not running or has fewer than 2 days of rows.
 *
 * @example forecastOutput(a)?.spend // { expected: 12244.7, low: 8483.38, high: 16006.02 }
 */
export function forecastOutput(a: CampaignAnalysis): ExecutionStatusReport['forecast'] {
  const f = a.forecast;
  if (f === null) return null;
  const currency = a.budget.currency;
  const cash = (r: RangeFigure) => ({
    expected: money(r.expected, currency),
    low: money(r.low, currency),
    high: money(r.high, currency),
  });
  const k = f.primaryKpi;
  return {
    method: f.method,
    data_from: f.from,
    data_to: f.to,
    days_of_data: f.daysOfData,
    end_date: f.endDate,
    days_ahead: f.daysAhead,
    spend: cash(f.spend),
    primary_kpi:
      k === null
        ? null
        : {
            metric: k.metric,
            expected: figureNumber(k.expected, k.unit, currency),
            low: figureNumber(k.low, k.unit, currency),
            high: figureNumber(k.high, k.unit, currency),
          },
    recommended_daily_budget: f.dailyBudget === null ? null : money(f.dailyBudget.average, currency),
    recommended_daily_budget_by_weekday: byWeekday(f.dailyBudget?.byWeekday ?? null, currency),
    pacing:
      f.pacing === null
        ? null
        : {
            projected_pct_of_budget: pct1(f.pacing.projectedPct),
            band_pct: pct1(f.pacing.bandPct),
            status: f.pacing.status,
          },
  };
}

/**
 * The report's `anomalies`: every channel-day checked, spend in the currency's minor unit, the rest
 * with at most two decimals, z to two decimals.
 *
 * @example anomaliesOutput(a)[0] // { channel: 'Search', date: '2026-03-14', metric: 'spend', actual: 1250, expected: 410, … }
 */
export function anomaliesOutput(a: CampaignAnalysis): ExecutionStatusReport['anomalies'] {
  const currency = a.budget.currency;
  const digits = minorUnits(currency);
  const num = (metric: string, x: number) =>
    (metric === 'spend' ? roundTo(new Dec(x), digits) : roundTo(new Dec(x), 2)) + 0;
  return a.anomalies.map((d) => ({
    channel: d.channel,
    date: d.date,
    metric: d.metric,
    actual: num(d.metric, d.actual),
    expected: num(d.metric, d.expected),
    low: num(d.metric, d.low),
    high: num(d.metric, d.high),
    z: Math.round(d.z * 100) / 100 + 0,
    weeks: d.weeks,
    significant: d.significant,
  }));
}
