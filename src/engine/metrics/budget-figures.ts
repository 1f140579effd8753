import type { BudgetFigures, MetricTotals } from '../analysis/campaign-analysis';
import type { Campaign } from '../model/campaign';
import type { Settings } from '../model/settings';
import { Dec } from '../money/decimal';
import { budgetRemaining } from './budget-remaining';
import { budgetUtilization } from './budget-utilization';

/**
 * A campaign's budget: allocated, spent (the Budget Spent cell, or when blank the exact sum of its
 * ChannelMetrics cost), remaining (negative when overspent) and utilization in percent. With nothing
 * allocated, utilization is 0 while nothing is spent and 100 once anything is (the whole budget, zero,
 * is used up). Currency: the campaign's, else Settings', else USD.
 *
 * @example budgetFigures(campaign, totals, settings).utilizationPct // 42 when 2,100 of 5,000 is spent
 */
export function budgetFigures(campaign: Campaign, totals: MetricTotals, settings: Settings): BudgetFigures {
  const allocated = new Dec(campaign.budgetAllocated);
  const fromCell = campaign.budgetSpent !== null;
  const spent = fromCell ? new Dec(campaign.budgetSpent ?? 0) : totals.cost;
  return {
    currency: campaign.currency ?? settings.currency ?? 'USD',
    allocated,
    spent,
    remaining: budgetRemaining(allocated, spent),
    utilizationPct: budgetUtilization(spent, allocated) ?? new Dec(spent.isZero() ? 0 : 100),
    spentSource: fromCell ? 'budget_spent_cell' : 'channel_metrics',
  };
}
