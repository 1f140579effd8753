import { error, type Issue } from '../issues/issue';
import { formatMoney } from '../money/currency';
import { Dec } from '../money/decimal';
import { sumExact } from '../money/sum';
import type { RowsToCheck } from './rows-to-check';

function costsByCampaign(rows: RowsToCheck): Map<string, number[]> {
  const costs = new Map<string, number[]>();
  for (const { row } of rows.channelMetrics) {
    const list = costs.get(row.campaignId);
    if (list === undefined) costs.set(row.campaignId, [row.cost]);
    else list.push(row.cost);
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
      row.budgetSpent === null ? sumExact(costs.get(row.campaignId) ?? []) : new Dec(row.budgetSpent);
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
