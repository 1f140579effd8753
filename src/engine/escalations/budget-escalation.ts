import type { BudgetFigures, EscalationFinding, TimelineFigures } from '../analysis/campaign-analysis';
import type { Settings } from '../model/settings';

/**
 * A budget escalation when more than Settings Budget Flag Spent % (80) of the budget is spent while
 * the task completion rate is below Budget Flag Completion % (50): `high`, or `critical` once the
 * whole budget is spent (spent ≥ allocated). `null` otherwise.
 *
 * @example budgetEscalation(budget, timeline, settings) // 4,100 of 5,000 spent (82 %) with 40 % of tasks
 * // complete: { type: 'budget', severity: 'high', spentPct: 82, completionRatePct: 40, ... }
 */
export function budgetEscalation(
  budget: BudgetFigures,
  timeline: Pick<TimelineFigures, 'completionRatePct'>,
  settings: Pick<Settings, 'budgetFlagSpentPct' | 'budgetFlagCompletionPct'>,
): EscalationFinding | null {
  const overSpent = budget.spent.times(100).gt(budget.allocated.times(settings.budgetFlagSpentPct));
  if (!overSpent || !timeline.completionRatePct.lt(settings.budgetFlagCompletionPct)) return null;
  return {
    type: 'budget',
    severity: budget.spent.gte(budget.allocated) ? 'critical' : 'high',
    code: 'budget_ahead_of_progress',
    spentPct: budget.utilizationPct,
    completionRatePct: timeline.completionRatePct,
  };
}
