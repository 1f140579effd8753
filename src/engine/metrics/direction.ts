import type { DerivedMetric, Direction, ParsedTarget } from '../analysis/campaign-analysis';

const LOWER_IS_BETTER: ReadonlySet<DerivedMetric> = new Set(['cost', 'cpc', 'cpm', 'cpa']);

/**
 * Whether a KPI is better low or high: cost, CPC, CPM and CPA are better low, and so is any metric
 * whose Target is written with ≤, <=, <, max, at most or up to; everything else is better high.
 *
 * @example directionOf('cpa', parseTarget('80')) // 'lower_is_better'
 * @example directionOf(null, parseTarget('max 5')) // 'lower_is_better'
 * @example directionOf('ctr', parseTarget('3.5%')) // 'higher_is_better'
 */
export function directionOf(derived: DerivedMetric | null, target: ParsedTarget): Direction {
  return target.lowerIsBetterMarked || (derived !== null && LOWER_IS_BETTER.has(derived))
    ? 'lower_is_better'
    : 'higher_is_better';
}
