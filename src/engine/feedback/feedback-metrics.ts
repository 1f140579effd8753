import type { CampaignAnalysis, MetricTotals } from '../analysis/campaign-analysis';
import { derivedActual } from '../metrics/derived-actual';
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

const ROUNDING: Readonly<Record<FeedbackMetricKey, Rounding>> = {
  impressions: 'count',
  clicks: 'count',
  conversions: 'count',
  cost: 'money',
  ctr: 'pct',
  conversion_rate: 'pct',
  cpa: 'money',
  roas: 'ratio',
};

/** A figure's exact value, or `null` when it has no data (unbounded CPA included). */
function figure(key: FeedbackMetricKey, t: MetricTotals): Dec | null {
  // The ETA of a pending figure is never read here.
  const actual = derivedActual(key, t, '');
  return actual.kind === 'value' ? actual.value : null;
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
 * the exact sums, or `DATA PENDING — ETA: …` when there is no data (no rows, no row reporting the
 * figure, a zero denominator, no revenue). Sums count the reported values; ratios the rows that report
 * both figures (docs/rules.md, Missing figures). Every figure is [ESTIMATED] as soon as any of the
 * campaign's rows is estimated.
 *
 * @example feedbackMetrics(a).metrics.ctr // 3 (450 clicks / 15,000 impressions × 100)
 */
export function feedbackMetrics(a: CampaignAnalysis): FeedbackMetricFigures {
  const pending = dataPending(a.defaultEta);
  const currency = a.budget.currency;
  const valueLabel: MetricLabel = a.totals.estimatedRows > 0 ? '[ESTIMATED]' : '[MEASURED]';
  const metrics = {} as Record<FeedbackMetricKey, FeedbackMetrics[FeedbackMetricKey]>;
  const labels = {} as Record<FeedbackMetricKey, MetricLabel>;
  for (const key of FEEDBACK_METRIC_KEYS) {
    const value = figure(key, a.totals);
    metrics[key] = value === null ? pending : round(value, ROUNDING[key], currency);
    labels[key] = value === null ? '[PENDING]' : valueLabel;
  }
  return { metrics, labels };
}
