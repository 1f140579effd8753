import { error, type Issue } from '../issues/issue';
import { formatMoney } from '../money/currency';
import { ExactSum } from '../metrics/exact-sum';
import { Dec, ZERO } from '../money/decimal';
import type { RowsToCheck } from './rows-to-check';

/** Exact cost sums of the campaigns with Budget Allocated 0 (the only ones this check needs). */
function costsByCampaign(rows: RowsToCheck): Map<string, ExactSum> {
  const costs = new Map<string, ExactSum>();
  for (const { row } of rows.campaigns)
    if (row.budgetAllocated === 0) costs.set(row.campaignId, new ExactSum());
  if (costs.size === 0) return costs;
  for (const { row } of rows.channelMetrics) {
    // A blank Cost is not reported: it adds nothing.
    if (row.cost !== null) costs.get(row.campaignId)?.add(row.cost);
  }
  return costs;
}

/**
 * A campaign with Budget Allocated 0 that has spent money: its Budget Spent, or when that is blank
 * the exact sum of its ChannelMetrics cost. Budget utilisation has no meaning then. The spend is
 * formatted in the campaign's currency (else Settings Currency, else USD); the path is the Budget
 * Allocated cell.
 *
 * @example spendWithoutBudget(rowsOf(input)) // [{ code: 'spend_without_budget', path: ['campaigns', 0, 'budgetAllocated'], spent: '$1,250.00', currency: 'USD' }]
 */
export function spendWithoutBudget(rows: RowsToCheck): Issue[] {
  const costs = costsByCampaign(rows);
  const issues: Issue[] = [];
  for (const { index, row } of rows.campaigns) {
    if (row.budgetAllocated !== 0) continue;
    const spent =
      row.budgetSpent === null ? (costs.get(row.campaignId)?.total() ?? ZERO) : new Dec(row.budgetSpent);
    if (!spent.greaterThan(0)) continue;
    const currency = row.currency ?? rows.settings?.currency ?? 'USD';
    issues.push(
      error(['campaigns', index, 'budgetAllocated'], {
        code: 'spend_without_budget',
        spent: formatMoney(spent, currency),
        currency,
      }),
    );
  }
  return issues;
}
