import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { roundMoney } from '../money/currency';
import type { Dec } from '../money/decimal';

export interface BudgetGap {
  readonly currency: string;
  /** The Budget Spent cell. */
  readonly spent: Dec;
  /** The exact sum of the campaign's ChannelMetrics cost. */
  readonly channelCost: Dec;
  /** spent − channel cost: positive when money was spent outside the channels' rows. */
  readonly gap: Dec;
}

/**
 * The difference between Budget Spent (when the cell is filled) and the cost of the campaign's
 * ChannelMetrics rows, when there are rows and the two differ by at least the currency's smallest
 * unit: spend outside the channels (fees, production, a channel not imported) or rows missing, or a
 * Budget Spent out of date. `null` otherwise.
 *
 * @example budgetGap(a) // { spent: 15000.01, channelCost: 3011.26, gap: 11988.75, currency: 'EUR' }
 */
export function budgetGap(a: CampaignAnalysis): BudgetGap | null {
  const { budget, totals } = a;
  if (budget.spentSource !== 'budget_spent_cell' || totals.rows === 0) return null;
  const gap = budget.spent.minus(totals.cost);
  if (roundMoney(gap.abs(), budget.currency) === 0) return null;
  return { currency: budget.currency, spent: budget.spent, channelCost: totals.cost, gap };
}
