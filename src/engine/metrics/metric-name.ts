import { DERIVED_METRICS, type DerivedMetric } from '../analysis/campaign-analysis';

/** Other ways people name the derived metrics (after lower-casing and joining words with `_`). */
const ALIASES: Readonly<Record<string, DerivedMetric>> = {
  impr: 'impressions',
  spend: 'cost',
  amount_spent: 'cost',
  conversion_value: 'revenue',
  conv_value: 'revenue',
  click_through_rate: 'ctr',
  clickthrough_rate: 'ctr',
  cost_per_click: 'cpc',
  cost_per_mille: 'cpm',
  cost_per_thousand_impressions: 'cpm',
  cost_per_acquisition: 'cpa',
  cost_per_conversion: 'cpa',
  conv_rate: 'conversion_rate',
  cvr: 'conversion_rate',
  return_on_ad_spend: 'roas',
};

function key(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_\-–—./]+/g, '_')
    .replace(/^_|_$/g, '');
}

/**
 * The derived metric a KPI's Metric names (`Conversion Rate`, `conversion-rate`, `CTR`, `Cost per
 * conversion`), or `null` when it names something else.
 *
 * @example derivedMetricOf('Conversion Rate') // 'conversion_rate'
 * @example derivedMetricOf('Newsletter sign-ups') // null
 */
export function derivedMetricOf(name: string): DerivedMetric | null {
  const k = key(name);
  if ((DERIVED_METRICS as readonly string[]).includes(k)) return k as DerivedMetric;
  // Own keys only: a metric named `constructor` is a metric of its own, not Object's constructor.
  return Object.prototype.hasOwnProperty.call(ALIASES, k) ? (ALIASES[k] ?? null) : null;
}

/**
 * A KPI's Metric as the report names it: the derived key when it names one, else the name as written
 * (trimmed).
 *
 * @example normalizeMetricName('conversion-rate') // 'conversion_rate'
 * @example normalizeMetricName(' Newsletter sign-ups ') // 'Newsletter sign-ups'
 */
export function normalizeMetricName(name: string): string {
  return derivedMetricOf(name) ?? name.trim();
}
