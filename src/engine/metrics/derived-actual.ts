import type { Actual, DerivedMetric, MetricTotals } from '../analysis/campaign-analysis';
import type { LocalDate } from '../model/primitives';
import type { Dec } from '../money/decimal';
import { conversionRate } from './conversion-rate';
import { cpa } from './cpa';
import { cpc } from './cpc';
import { cpm } from './cpm';
import { ctr } from './ctr';
import { engagementRate } from './engagement-rate';
import { metricUnit } from './metric-unit';
import { roas } from './roas';

type Unbounded = Extract<Actual, { kind: 'unbounded' }>['what'];

/**
 * A derived metric's actual from the ChannelMetrics totals. Pending when there are no rows or the
 * figure has no basis yet (no Revenue for revenue or ROAS, no Engagements for engagement rate, a zero
 * denominator of a higher-is-better ratio, or a cost ratio with nothing spent). A cost ratio with money
 * spent and a zero denominator (CPA with no conversions) is unbounded.
 *
 * @example derivedActual('cpa', totalsWithCost1200AndNoConversions, '2026-11-25')
 * // { kind: 'unbounded', what: 'no_conversions' }
 */
export function derivedActual(metric: DerivedMetric, t: MetricTotals, eta: LocalDate): Actual {
  const pending: Actual = { kind: 'pending', eta };
  if (t.rows === 0) return pending;
  const of = (value: Dec | null): Actual =>
    value === null
      ? pending
      : { kind: 'value', value, unit: metricUnit(metric), estimated: t.estimatedRows > 0 };
  const costRatio = (value: Dec | null, what: Unbounded): Actual =>
    value === null && t.cost.gt(0) ? { kind: 'unbounded', what } : of(value);
  switch (metric) {
    case 'impressions':
    case 'clicks':
    case 'conversions':
    case 'cost':
    case 'revenue':
      return of(t[metric]);
    case 'ctr':
      return of(ctr(t.clicks, t.impressions));
    case 'conversion_rate':
      return of(conversionRate(t.conversions, t.clicks));
    case 'engagement_rate':
      return of(
        t.engagements === null
          ? null
          : engagementRate(t.engagements, t.impressionsWithEngagements ?? t.impressions),
      );
    case 'roas':
      return of(t.revenue === null ? null : roas(t.revenue, t.costWithRevenue));
    case 'cpc':
      return costRatio(cpc(t.cost, t.clicks), 'no_clicks');
    case 'cpm':
      return costRatio(cpm(t.cost, t.impressions), 'no_impressions');
    case 'cpa':
      return costRatio(cpa(t.cost, t.conversions), 'no_conversions');
  }
}
