import type { KpiFigure } from '../analysis/campaign-analysis';

const CUMULATIVE_DERIVED = new Set(['impressions', 'clicks', 'conversions', 'revenue']);

/**
 * Whether a KPI accumulates over the campaign (so its pace can be compared with elapsed time):
 * a higher-is-better count or amount — impressions, clicks, conversions, revenue, or a metric of
 * the user's own whose target is a plain number or money (`500` sign-ups). Rates (CTR, CPA, ROAS, …)
 * are levels, not paces.
 *
 * @example isCumulative(conversionsKpi) // true
 * @example isCumulative(ctrKpi) // false
 */
export function isCumulative(k: KpiFigure): boolean {
  if (k.direction !== 'higher_is_better') return false;
  if (k.derived !== null) return CUMULATIVE_DERIVED.has(k.derived);
  return k.target.unit === 'count' || k.target.unit === 'number' || k.target.unit === 'money';
}
