import type { CampaignAnalysis, EscalationFinding } from '../analysis/campaign-analysis';
import type { EscalationText } from './escalation-text';
import { renderBlockerEscalation } from './render-blocker-escalation';
import { renderBudgetEscalation } from './render-budget-escalation';
import { renderFailedTaskEscalation } from './render-failed-task-escalation';
import { renderPerformanceEscalation } from './render-performance-escalation';

/**
 * An escalation in words for the CMO: what happened, with the task or KPI and its numbers, and what
 * to do about it.
 *
 * @example renderEscalation(analysis.escalations[0], analysis).recommendedAction
 */
export function renderEscalation(finding: EscalationFinding, analysis: CampaignAnalysis): EscalationText {
  switch (finding.code) {
    case 'kpi_below_threshold':
      return renderPerformanceEscalation(finding, analysis);
    case 'budget_ahead_of_progress':
      return renderBudgetEscalation(finding, analysis);
    case 'task_blocked_too_long':
      return renderBlockerEscalation(finding, analysis);
    case 'task_failed':
      return renderFailedTaskEscalation(finding, analysis);
  }
}
