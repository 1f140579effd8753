import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { HUNDRED } from '../../money/decimal';
import { daysLeft } from '../calendar';
import { isCumulative } from '../kpi-kind';
import type { RecommendationFinding } from './recommendation-finding';

/**
 * For each cumulative KPI behind its straight-line pace (actual < target × elapsed fraction) while
 * the campaign runs: how much more is needed per day, over the days left (today included), to reach
 * the target. Not for a KPI whose figures some rows leave blank (docs/rules.md, Missing figures).
 *
 * @example recommendKpis(a) // [{ code: 'kpi_catch_up', metric: 'conversions', needed: 54, perDay: 3.6, … }]
 */
export function recommendKpis(a: CampaignAnalysis): RecommendationFinding[] {
  const days = daysLeft(a);
  const e = a.timeline.elapsed;
  if (days === 0 || e.isZero()) return [];
  return a.kpis.flatMap((k): RecommendationFinding[] => {
    // What is still needed would count blank cells as zeros: the blanks are recommended instead.
    if (k.actual.kind !== 'value' || !isCumulative(k) || k.gaps.length > 0) return [];
    const actual = k.actual.value;
    if (actual.gte(k.target.value.times(e))) return [];
    const needed = k.target.value.minus(actual);
    return [
      {
        code: 'kpi_catch_up',
        currency: a.budget.currency,
        metric: k.metric,
        unit: k.actual.unit,
        actual,
        target: k.target,
        needed,
        perDay: needed.div(days),
        daysLeft: days,
        elapsedPct: e.times(HUNDRED),
      },
    ];
  });
}
