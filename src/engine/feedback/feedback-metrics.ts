import type { CampaignAnalysis, MetricTotals } from '../analysis/campaign-analysis';
import { conversionRate } from '../metrics/conversion-rate';
import { cpa } from '../metrics/cpa';
import { ctr } from '../metrics/ctr';
import { roas } from '../metrics/roas';
import type { Dec } from '../money/decimal';
import { dataPending } from '../report/data-pending';
import { money, pct1, ratio2 } from '../report/rounding';
import type { FeedbackMetrics, MetricLabel } from '../report/output-schemas';

export type FeedbackMetricKey = keyof FeedbackMetrics;
export const FEEDBACK_METRIC_KEYS: readonly FeedbackMetricKey[] = [
  'impressions',
  'clicks',
  'conversions',
  'cost',
  'ctr',
  'conversion_rate',
  'cpa',
  'roas',
];

/** How each figure is rounded: counts two decimals (conversions may be fractional), money its minor unit. */
type Rounding = 'count' | 'money' | 'pct' | 'ratio';

interface Figure {
  readonly value: Dec | null;
  readonly rounding: Rounding;
}

function figures(t: MetricTotals): Record<FeedbackMetricKey, Figure> {
  const some = <T>(value: T) => (t.rows === 0 ? null : value);
  return {
    impressions: { value: some(t.impressions), rounding: 'count' },
    clicks: { value: some(t.clicks), rounding: 'count' },
    conversions: { value: some(t.conversions), rounding: 'count' },
    cost: { value: some(t.cost), rounding: 'money' },
    ctr: { value: ctr(t.clicks, t.impressions), rounding: 'pct' },
    conversion_rate: { value: conversionRate(t.conversions, t.clicks), rounding: 'pct' },
    cpa: { value: cpa(t.cost, t.conversions), rounding: 'money' },
    roas: { value: t.revenue === null ? null : roas(t.revenue, t.costWithRevenue), rounding: 'ratio' },
  };
}

function round(value: Dec, rounding: Rounding, currency: string): number {
  switch (rounding) {
    case 'money':
      return money(value, currency);
    case 'pct':
      return pct1(value);
    case 'count':
    case 'ratio':
      return ratio2(value);
  }
}

export interface FeedbackMetricFigures {
  readonly metrics: FeedbackMetrics;
  readonly labels: Record<FeedbackMetricKey, MetricLabel>;
}

/**
 * The CMO feedback's `metrics`: totals over the campaign's ChannelMetrics, each rounded once from
 * the exact sums, or `DATA PENDING — ETA: …` when there is no data (no rows, a zero denominator,
 * no revenue). Every figure is [ESTIMATED] as soon as any of the campaign's rows is estimated.
 *
 * @example feedbackMetrics(a).metrics.ctr // 3 (450 clicks / 15,000 impressions × 100)
 */
export function feedbackMetrics(a: CampaignAnalysis): FeedbackMetricFigures {
  const pending = dataPending(a.defaultEta);
  const currency = a.budget.currency;
  const valueLabel: MetricLabel = a.totals.estimatedRows > 0 ? '[ESTIMATED]' : '[MEASURED]';
  const all = figures(a.totals);
  const metrics = {} as Record<FeedbackMetricKey, FeedbackMetrics[FeedbackMetricKey]>;
  const labels = {} as Record<FeedbackMetricKey, MetricLabel>;
  for (const key of FEEDBACK_METRIC_KEYS) {
    const { value, rounding } = all[key];
    metrics[key] = value === null ? pending : round(value, rounding, currency);
    labels[key] = value === null ? '[PENDING]' : valueLabel;
  }
  return { metrics, labels };
}
