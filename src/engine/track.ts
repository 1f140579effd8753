import { analyzeCampaign } from './analysis/analyze-campaign';
import { hasErrors, type Issue } from './issues/issue';
import { campaignSnapshot } from './memory/campaign-snapshot';
import { newLearnings } from './memory/new-learnings';
import { kpiIssues } from './metrics/kpi-issues';
import type { Campaign } from './model/campaign';
import type { ChannelMetric } from './model/channel-metric';
import type { TrackingInput } from './model/tracking-input';
import { buildCmoFeedback } from './report/build-cmo-feedback';
import { buildStatusReport } from './report/build-status-report';
import { cmoFeedbackSchema, executionStatusReportSchema } from './report/output-schemas';
import { checkedOutput } from './run/checked-output';
import { rejectionsFor, warningsFor } from './run/campaign-scope';
import { rowsAfterReportDate } from './run/rows-after-report-date';
import { chooseCampaigns } from './run/choose-campaigns';

import { applyUpdates, type ApplyUpdatesResult } from './tasks/apply-updates';
import { completedTaskRecords } from './tasks/completed-task-records';
import type { CampaignResult, TrackOptions, TrackOutcome } from './track-types';
import { validateInput } from './validate/validate-input';

interface RunContext {
  readonly input: TrackingInput;
  readonly applied: ApplyUpdatesResult;
  readonly warnings: readonly Issue[];
  readonly options: TrackOptions;
  readonly rowsByCampaign: ReadonlyMap<string, readonly ChannelMetric[]>;
}

function trackCampaign(campaign: Campaign, run: RunContext): CampaignResult {
  const { input, applied, warnings, options } = run;
  const { asOf, runId } = options;
  const channelMetrics = run.rowsByCampaign.get(campaign.campaignId) ?? [];
  const analysis = analyzeCampaign({ campaign, input, tasks: applied.tasks, asOf, channelMetrics });
  const reportId = options.newId();
  const report = checkedOutput(
    executionStatusReportSchema,
    'ExecutionStatusReport',
    buildStatusReport(analysis, { reportId, runId, completedTasks: completedTaskRecords(analysis.tasks) }),
  );
  const feedback = checkedOutput(
    cmoFeedbackSchema,
    'CmoFeedback',
    buildCmoFeedback(analysis, {
      feedbackId: options.newId(),
      reportId,
      runId,
      warnings: warningsFor(campaign.campaignId, warnings, input, applied.tasks),
      rejections: rejectionsFor(campaign.campaignId, applied.outcomes, input),
    }),
  );
  return {
    campaignId: campaign.campaignId,
    report,
    feedback,
    snapshot: campaignSnapshot(report, feedback),
    newLearnings: newLearnings(feedback, options.knownLearnings ?? []),
  };
}

/** ChannelMetrics rows by Campaign ID, in row order: one pass, however many campaigns are tracked. */
function groupByCampaign(rows: readonly ChannelMetric[]): Map<string, ChannelMetric[]> {
  const groups = new Map<string, ChannelMetric[]>();
  for (const row of rows) {
    const group = groups.get(row.campaignId);
    if (group === undefined) groups.set(row.campaignId, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * The engine's entry point: checks the input, applies the TaskUpdates of the tracked campaigns,
 * and builds each campaign's Execution Status Report, CMO Feedback and memory entries. Bad input
 * comes back as issues (nothing computed); the same input and options always give the same result.
 *
 * @example
 * const outcome = track(input, { asOf: Date.UTC(2026, 10, 24), runId: 'run-1', newId: () => crypto.randomUUID() });
 * if (outcome.ok) outcome.result.campaigns[0]?.feedback.confidence_in_data; // 82
 */
export function track(raw: unknown, options: TrackOptions): TrackOutcome {
  const checked = validateInput(raw);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  const { input } = checked;
  const warnings = [
    ...checked.warnings,
    ...kpiIssues(input),
    ...rowsAfterReportDate(input.channelMetrics, options.asOf, input.settings.timeZone),
  ];
  if (hasErrors(warnings)) return { ok: false, issues: warnings };
  const chosen = chooseCampaigns(input.campaigns, options.campaignIds);
  if (!chosen.ok) return { ok: false, issues: [...chosen.issues, ...warnings] };
  const applied = applyUpdates({
    tasks: input.tasks,
    updates: input.taskUpdates,
    asOf: options.asOf,
    settings: input.settings,
    trackedCampaignIds: new Set(chosen.campaigns.map((c) => c.campaignId)),
  });
  const rowsByCampaign = groupByCampaign(input.channelMetrics);
  return {
    ok: true,
    result: {
      asOf: options.asOf,
      runId: options.runId,
      tasks: applied.tasks,
      changedTaskIndexes: applied.changedTaskIndexes,
      taskChanges: applied.changes,
      updateOutcomes: applied.outcomes,
      campaigns: chosen.campaigns.map((c) =>
        trackCampaign(c, { input, applied, warnings, options, rowsByCampaign }),
      ),
      warnings,
    },
  };
}
