import type { CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import { formatMoney } from '../money/currency';
import type { EscalationText } from './escalation-text';
import { formatPercent } from './format-figure';
import { shortText } from './short-text';
import { taskCount } from './task-names';

type Finding = Extract<EscalationFinding, { code: 'budget_ahead_of_progress' }>;

function largestSpender(a: CampaignAnalysis): string {
  const top = a.channels.reduce<(typeof a.channels)[number] | null>(
    (best, c) => (best === null || c.cost.gt(best.cost) ? c : best),
    null,
  );
  return top === null || top.cost.isZero()
    ? ''
    : ` (the largest spender is ${shortText(top.channel)} with ${formatMoney(top.cost, a.budget.currency)})`;
}

/**
 * Spending ahead of task progress, in words.
 *
 * @example renderBudgetEscalation(finding, analysis).description
 * // '$4,100.00 of the $5,000.00 budget is spent (82.0%) while only 40.0% of tasks are completed (4 of 10); …'
 */
export function renderBudgetEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const cur = a.budget.currency;
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, cur);
  const { counts, budget, settings } = a;
  const open = counts.total - counts.completed - counts.cancelled;
  const progress = `only ${formatPercent(f.completionRatePct)} of tasks are completed (${counts.completed} of ${counts.total})`;
  const rule = `budgets more than ${settings.budgetFlagSpentPct}% spent with under ${settings.budgetFlagCompletionPct}% of tasks completed are escalated`;
  if (f.severity === 'critical') {
    const over = budget.remaining.isNegative() ? `, ${money(budget.remaining.neg())} over` : '';
    return {
      description: `The budget is used up: ${money(budget.spent)} spent of ${money(budget.allocated)} (${formatPercent(f.spentPct)}${over}) while ${progress}; ${rule}.`,
      recommendedAction: `Stop or cap spending today${largestSpender(a)}, then ask the CMO either for extra budget to finish the ${taskCount(open)} still open or to cut that scope.`,
    };
  }
  return {
    description: `${money(budget.spent)} of the ${money(budget.allocated)} budget is spent (${formatPercent(f.spentPct)}) while ${progress}; ${rule}.`,
    recommendedAction: `Slow spending before the budget runs out: ${money(budget.remaining)} is left for ${taskCount(open)} still open. Lower the daily caps${largestSpender(a)} until delivery catches up, or agree extra budget with the CMO.`,
  };
}
