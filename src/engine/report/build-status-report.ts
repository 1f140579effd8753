import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import { blockerText, renderBlockerResolution } from '../messages/render-blocker-resolution';
import { renderEscalation } from '../messages/render-escalation';
import { HUNDRED, roundTo } from '../money/decimal';
import { percentDecimals } from '../messages/format-figure';
import type { CompletedTask } from '../tasks/completed-task-records';
import { isoDuration, isoTimestamp } from '../time/iso';
import { figureGaps } from '../metrics/figure-gaps';
import { channelBreakdown } from './channel-breakdown';
import { adCampaignComparisons, channelComparisons, channelEfficiency } from './channel-judgement';
import { anomaliesOutput, forecastOutput } from './forecast-output';
import { dataGaps } from './data-gaps';
import type { ExecutionStatusReport } from './output-schemas';
import { performanceEntry } from './performance-entry';
import { money, pct1 } from './rounding';

export interface StatusReportIds {
  readonly reportId: string;
  readonly runId: string;
  /** The campaign's completed-task records (instruction 2), in task order. */
  readonly completedTasks: readonly CompletedTask[];
}

/**
 * The Execution Status Report of one campaign, in the source's shape plus the documented extra keys.
 * Every figure is rounded once from the analysis' unrounded figures.
 *
 * @example executionStatusReportSchema.parse(buildStatusReport(analysis, { reportId, runId, completedTasks }))
 */
export function buildStatusReport(a: CampaignAnalysis, ids: StatusReportIds): ExecutionStatusReport {
  const { campaign, budget, counts, timeline } = a;
  const currency = budget.currency;
  return {
    report_id: ids.reportId,
    campaign_id: campaign.campaignId,
    timestamp: isoTimestamp(a.asOf),
    overall_status: a.overallStatus,
    task_summary: {
      total: counts.total,
      completed: counts.completed,
      in_progress: counts.in_progress,
      pending: counts.pending,
      blocked: counts.blocked,
      failed: counts.failed,
      cancelled: counts.cancelled,
    },
    budget_status: {
      allocated: money(budget.allocated, currency),
      spent: money(budget.spent, currency),
      remaining: money(budget.remaining, currency),
      // One decimal, more where the budget flag needs them (docs/rules.md, Figures side by side).
      utilization_pct:
        roundTo(
          budget.utilizationPct,
          percentDecimals(budget.utilizationPct, [a.settings.budgetFlagSpentPct, 100]),
        ) + 0,
      currency,
    },
    performance_vs_target: a.kpis.map((kpi) => performanceEntry(kpi, a)),
    escalations: a.escalations.map((finding) => {
      const text = renderEscalation(finding, a);
      return {
        type: finding.type,
        description: text.description,
        severity: finding.severity,
        recommended_action: text.recommendedAction,
        ...(finding.code === 'kpi_below_threshold' ? { metric: finding.kpi.metric } : {}),
        ...(finding.code === 'task_blocked_too_long' || finding.code === 'task_failed'
          ? { task_id: finding.task.taskId }
          : {}),
      };
    }),
    blockers: a.blocked.map((b) => ({
      task_id: b.task.taskId,
      blocker: blockerText(b.task),
      duration: b.blockedMs === null ? 'unknown' : isoDuration(b.blockedMs),
      proposed_resolution: renderBlockerResolution(b, a),
      critical: b.task.critical,
      blocked_since: b.task.blockedSince === null ? null : isoTimestamp(b.task.blockedSince),
    })),
    run_id: ids.runId,
    mission_id: campaign.missionId,
    campaign_name: campaign.name,
    task_completion_rate_pct: pct1(timeline.completionRatePct),
    timeline_adherence: timeline.adherence,
    elapsed_pct: pct1(timeline.elapsed.times(HUNDRED)),
    completed_tasks: [...ids.completedTasks],
    channel_breakdown: a.channels.map((c) => channelBreakdown(c, currency)),
    phase: timeline.phase,
    channel_comparisons: channelComparisons(a),
    ad_campaign_comparisons: adCampaignComparisons(a),
    channel_efficiency: channelEfficiency(a),
    forecast: forecastOutput(a),
    anomalies: anomaliesOutput(a),
    data_gaps: dataGaps(figureGaps(a.channels)),
  };
}
