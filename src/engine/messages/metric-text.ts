import type { DerivedMetric } from '../analysis/campaign-analysis';
import { derivedMetricOf } from '../metrics/metric-name';

/** How people read the metrics the engine derives (the JSON keeps the codes themselves). */
export const METRIC_TEXT: Readonly<Record<DerivedMetric, string>> = {
  impressions: 'Impressions',
  clicks: 'Clicks',
  conversions: 'Conversions',
  cost: 'Cost',
  revenue: 'Revenue',
  ctr: 'CTR',
  cpc: 'CPC',
  cpm: 'CPM',
  cpa: 'CPA',
  conversion_rate: 'Conversion rate',
  roas: 'ROAS',
  engagement_rate: 'Engagement rate',
};

/**
 * A KPI's Metric as people read it: a metric the engine derives by its usual name (`cpa` → `CPA`),
 * any other metric as the workbook spells it.
 *
 * @example metricText('conversion_rate') // 'Conversion rate'
 * @example metricText('MQLs') // 'MQLs'
 */
export function metricText(metric: string): string {
  const derived = derivedMetricOf(metric);
  return derived === null ? metric.trim() : METRIC_TEXT[derived];
}
