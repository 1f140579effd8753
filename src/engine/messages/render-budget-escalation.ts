import type { CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import { formatMoney } from '../money/currency';
import type { EscalationText } from './escalation-text';
import { formatPercent, percentDecimals } from './format-figure';
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
 * Spending ahead of task progress, in words. Both percentages are shown precisely enough to fall on
 * the right side of the flags they are judged against (`80.00001%`, never `80.0%`, over an 80 % flag).
 * The action fits the phase: cap spending while the campaign runs, check prepayments before it starts,
 * settle what the money bought once it has ended.
 *
 * @example renderBudgetEscalation(finding, analysis).description
 * // '$4,100.00 of the $5,000.00 budget is spent (82.0%) while only 40.0% of tasks are completed (4 of 10); …'
 */
export function renderBudgetEscalation(f: Finding, a: CampaignAnalysis): EscalationText {
  const cur = a.budget.currency;
  const money = (v: Parameters<typeof formatMoney>[0]) => formatMoney(v, cur);
  const { counts, budget, settings } = a;
  const open = counts.total - counts.completed - counts.cancelled;
  const spentPct = formatPercent(f.spentPct, percentDecimals(f.spentPct, [settings.budgetFlagSpentPct, 100]));
  const donePct = formatPercent(
    f.completionRatePct,
    percentDecimals(f.completionRatePct, [settings.budgetFlagCompletionPct]),
  );
  const progress = `only ${donePct} of tasks are completed (${counts.completed} of ${counts.total})`;
  const rule = `budgets more than ${settings.budgetFlagSpentPct}% spent with under ${settings.budgetFlagCompletionPct}% of tasks completed are escalated`;
  const over = budget.remaining.isNegative() ? `, ${money(budget.remaining.neg())} over` : '';
  const description =
    f.severity === 'critical'
      ? `The budget is used up: ${money(budget.spent)} spent of ${money(budget.allocated)} (${spentPct}${over}) while ${progress}; ${rule}.`
      : `${money(budget.spent)} of the ${money(budget.allocated)} budget is spent (${spentPct}) while ${progress}; ${rule}.`;
  switch (a.timeline.phase) {
    case 'ended':
      return {
        description,
        recommendedAction: `The campaign has ended: confirm that no channel is still spending, then review with the CMO what the spend bought and whether the ${taskCount(open)} still open should be finished under a new budget or cancelled.`,
      };
    case 'not_started':
      return {
        description,
        recommendedAction: `The campaign has not started yet: confirm that this spend (prepayments, production) is intended, and agree with the CMO how the ${taskCount(open)} still open will be paid for before launch.`,
      };
    case 'running':
      return {
        description,
        recommendedAction:
          f.severity === 'critical'
            ? `Stop or cap spending today${largestSpender(a)}, then ask the CMO either for extra budget to finish the ${taskCount(open)} still open or to cut that scope.`
            : `Slow spending before the budget runs out: ${money(budget.remaining)} is left for ${taskCount(open)} still open. Lower the daily caps${largestSpender(a)} until delivery catches up, or agree extra budget with the CMO.`,
      };
  }
}
