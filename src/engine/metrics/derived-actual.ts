import type { Actual, DerivedMetric, MetricTotals, RatioMetric } from '../analysis/campaign-analysis';
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

const RATIO: Readonly<Record<RatioMetric, (numerator: Dec, denominator: Dec) => Dec | null>> = {
  ctr,
  conversion_rate: conversionRate,
  cpc,
  cpm,
  cpa,
  roas,
  engagement_rate: engagementRate,
};

const UNBOUNDED: Readonly<Partial<Record<RatioMetric, Unbounded>>> = {
  cpc: 'no_clicks',
  cpm: 'no_impressions',
  cpa: 'no_conversions',
};

/**
 * A derived metric's actual from the ChannelMetrics totals. A sum counts the rows that report the
 * figure; a ratio divides its two sums over the rows that report both (docs/rules.md, Missing
 * figures). Pending when there are no rows or the figure has no basis yet (no row reports it, no
 * Revenue for revenue or ROAS, no Engagements for engagement rate, a zero denominator of a
 * higher-is-better ratio, or a cost ratio with nothing spent). A cost ratio with money spent and a
 * zero denominator (CPA with no conversions) is unbounded.
 *
 * @example derivedActual('cpa', totalsWithCost1200AndNoConversions, '2026-11-25')
 * // { kind: 'unbounded', what: 'no_conversions', spent: 1200 }
 */
export function derivedActual(metric: DerivedMetric, t: MetricTotals, eta: LocalDate): Actual {
  const pending: Actual = { kind: 'pending', eta };
  if (t.rows === 0) return pending;
  const of = (value: Dec | null): Actual =>
    value === null
      ? pending
      : { kind: 'value', value, unit: metricUnit(metric), estimated: t.estimatedRows > 0 };
  switch (metric) {
    case 'impressions':
    case 'clicks':
    case 'conversions':
    case 'cost':
      return t.blanks[metric] === t.rows ? pending : of(t[metric]);
    case 'revenue':
      return of(t.revenue);
    default: {
      const basis = t.bases[metric];
      if (basis.rows === 0) return pending;
      const value = RATIO[metric](basis.numerator, basis.denominator);
      const what = UNBOUNDED[metric];
      return value === null && what !== undefined && basis.numerator.gt(0)
        ? { kind: 'unbounded', what, spent: basis.numerator }
        : of(value);
    }
  }
}
