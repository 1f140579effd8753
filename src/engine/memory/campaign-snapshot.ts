import type { CmoFeedback, ExecutionStatusReport } from '../report/output-schemas';
import type { CampaignSnapshot } from '../track-types';

/**
 * The line a run appends to memory/campaigns.json (and the Campaign History table) for one campaign:
 * the report's status, tasks and budget and the feedback's metrics and confidence, at the report time.
 *
 * @example campaignSnapshot(report, feedback).overall_status // 'at_risk'
 */
export function campaignSnapshot(report: ExecutionStatusReport, feedback: CmoFeedback): CampaignSnapshot {
  return {
    recorded_at: report.timestamp,
    run_id: report.run_id,
    campaign_id: report.campaign_id,
    mission_id: report.mission_id,
    campaign_name: report.campaign_name,
    report_id: report.report_id,
    feedback_id: feedback.feedback_id,
    overall_status: report.overall_status,
    timeline_adherence: report.timeline_adherence,
    task_summary: report.task_summary,
    budget_status: report.budget_status,
    metrics: feedback.metrics,
    confidence_in_data: feedback.confidence_in_data,
  };
}
