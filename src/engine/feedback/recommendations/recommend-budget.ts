import type { CampaignAnalysis } from '../../analysis/campaign-analysis';
import { HUNDRED } from '../../money/decimal';
import { daysLeft } from '../calendar';
import type { RecommendationFinding } from './recommendation-finding';

/** Spend may run this many percentage points ahead of or behind elapsed time before pacing is advised. */
export const PACING_TOLERANCE_PCT = 10;

/**
 * While the campaign runs: stop or re-fund when the budget is used up; otherwise, when spend is off
 * pace, the spend per day that uses exactly the remaining budget over the days left (today included).
 * Off pace is the pacing forecast's verdict when there is one (docs/rules.md, Pacing forecast: the
 * end-of-campaign spend outside a band that narrows as the end nears); without one, the share of
 * budget spent more than 10 points off the share of time elapsed. Never "under" when the spend is
 * summed from ChannelMetrics rows with blank Cost cells (the spend is then only a floor).
 *
 * @example recommendBudget(a) // [{ code: 'pace_spend', direction: 'over', perDay: 100, daysLeft: 15, … }]
 */
export function recommendBudget(a: CampaignAnalysis): RecommendationFinding[] {
  const days = daysLeft(a);
  const { budget } = a;
  const currency = budget.currency;
  if (days === 0 || budget.allocated.isZero()) return [];
  if (budget.remaining.lte(0)) {
    return [
      {
        code: 'budget_exhausted',
        currency,
        spent: budget.spent,
        allocated: budget.allocated,
        overBy: budget.remaining.neg(),
        daysLeft: days,
      },
    ];
  }
  const elapsedPct = a.timeline.elapsed.times(HUNDRED);
  const pace = {
    code: 'pace_spend' as const,
    currency,
    perDay: budget.remaining.div(days),
    remaining: budget.remaining,
    daysLeft: days,
    spentPct: budget.utilizationPct,
    elapsedPct,
  };
  // Spend summed from ChannelMetrics with blank Cost cells is a floor: "under" would rest on blanks.
  const spendIsFloor = budget.spentSource === 'channel_metrics' && a.totals.blanks.cost > 0;
  const f = a.forecast;
  if (f !== null && f.pacing !== null) {
    if (f.pacing.status === 'on_pace' || (f.pacing.status === 'under' && spendIsFloor)) return [];
    return [
      {
        ...pace,
        direction: f.pacing.status,
        forecast: {
          method: f.method,
          expected: f.spend.expected,
          projectedPct: f.pacing.projectedPct,
          bandPct: f.pacing.bandPct,
          byWeekday: f.dailyBudget?.byWeekday ?? null,
        },
      },
    ];
  }
  if (elapsedPct.isZero()) return [];
  const gap = budget.utilizationPct.minus(elapsedPct);
  if (gap.abs().lte(PACING_TOLERANCE_PCT)) return [];
  if (gap.lt(0) && spendIsFloor) return [];
  return [{ ...pace, direction: gap.gt(0) ? 'over' : 'under', forecast: null }];
}
