import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { confidenceInData } from '../feedback/confidence';
import type { CmoFeedbackContext } from '../feedback/feedback-context';
import { feedbackMetrics } from '../feedback/feedback-metrics';
import { executionSummary } from '../feedback/execution-summary';
import { nextActions } from '../feedback/next-actions';
import { issueFindings } from '../feedback/issues/issue-findings';
import { learningFindings } from '../feedback/learnings/learnings';
import { recommendationFindings } from '../feedback/recommendations/recommendations';
import { renderExecutionResult } from '../messages/render-execution-result';
import { renderFeedbackIssue } from '../messages/render-feedback-issue';
import { renderLearning } from '../messages/render-learning';
import { renderRecommendation } from '../messages/render-recommendation';
import { figureGaps } from '../metrics/figure-gaps';
import { isoTimestamp } from '../time/iso';
import { dataGaps } from './data-gaps';
import type { CmoFeedback } from './output-schemas';

/**
 * The CMO Feedback of one campaign (instruction 5): the source's keys in its order, then ours
 * (docs/outputs.md). Every figure comes from the analysis; every sentence from `messages/`.
 *
 * @example buildCmoFeedback(analysis, { feedbackId, reportId, runId, channelMetrics, warnings: [], rejections: [] })
 * // { feedback_id, mission_id: 'M1', campaign_id: 'C1', …, confidence_in_data: 82, … }
 */
export function buildCmoFeedback(a: CampaignAnalysis, ctx: CmoFeedbackContext): CmoFeedback {
  const { metrics, labels } = feedbackMetrics(a);
  const recommendations = recommendationFindings(a);
  return {
    feedback_id: ctx.feedbackId,
    mission_id: a.campaign.missionId,
    campaign_id: a.campaign.campaignId,
    timestamp: isoTimestamp(a.asOf),
    execution_result: renderExecutionResult(executionSummary(a)),
    metrics,
    learnings: learningFindings(a).map(renderLearning),
    issues: issueFindings(a, ctx.warnings, ctx.rejections, recommendations).map(renderFeedbackIssue),
    recommendations: recommendations.map(renderRecommendation),
    confidence_in_data: confidenceInData(a).score,
    report_id: ctx.reportId,
    run_id: ctx.runId,
    currency: a.budget.currency,
    metric_labels: labels,
    data_as_of: a.totals.lastDate,
    phase: a.timeline.phase,
    next_actions: nextActions(a, recommendations).map((n) => ({
      action: renderRecommendation(n.finding),
      urgency: n.urgency,
      due: n.due,
    })),
    data_gaps: dataGaps(figureGaps(a.channels)),
  };
}
