import type { Issue } from '../../engine/issues/issue';
import { campaignPhase } from '../../engine/analysis/phase';
import { IN_WORDS, renderRejection } from '../../engine/messages/render-rejection';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { isoTimestamp } from '../../engine/time/iso';
import { localDateOf } from '../../engine/time/zoned';
import type { TrackResult } from '../../engine/track-types';
import { addressOf } from '../../workbook/address/address-of';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { rejectionField } from '../../workbook/describe/rejection-field';
import { sheetsByCampaign } from '../../workbook/plan/plan-sheets';
import type { WritePlan } from '../../workbook/plan/write-plan';
import type { SourceMap } from '../../workbook/source-map';
import type { RunPreview, SheetWrites } from '../operator-actions';

export interface PreviewArgs {
  readonly result: TrackResult;
  readonly input: TrackingInput;
  readonly sourceMap: SourceMap;
  /** What a commit writes: the sheets it adds and replaces. */
  readonly plan: WritePlan;
  /** The reader's warnings and the engine's. */
  readonly warnings: readonly Issue[];
}

/** The sheets the plan writes: each campaign's pair (the plan adds them in the campaigns' order), the logs it creates. */
function sheetWrites(result: TrackResult, plan: WritePlan): SheetWrites {
  const ids = result.campaigns.map((c) => c.campaignId);
  const { campaignSheets, otherSheets } = sheetsByCampaign(plan, ids);
  const logSheets = new Set(plan.ops.flatMap((op) => (op.kind === 'createTable' ? [op.sheet] : [])));
  return {
    campaigns: ids.map((campaignId) => {
      const [report = '', feedback = ''] = campaignSheets.get(campaignId) ?? [];
      return { campaignId, report, feedback };
    }),
    replaced: plan.replacedSheets ?? [],
    logs: otherSheets.filter((s) => logSheets.has(s)),
    others: otherSheets.filter((s) => !logSheets.has(s)),
  };
}

/**
 * What the pane shows before writing: the report and feedback per campaign with its phase and dates,
 * the status changes, the rejected updates (each with its task's title and the cell to fix), the
 * sheets a commit writes and the warnings with their addresses.
 *
 * @example runPreview({ result, input, sourceMap, warnings }).taskChanges[0] // { taskId: 'T-3', from: 'in_progress', to: 'completed', … }
 */
export function runPreview(args: PreviewArgs): RunPreview {
  const { result, input, sourceMap } = args;
  const { timeZone } = input.settings;
  return {
    kind: 'preview',
    asOf: isoTimestamp(result.asOf),
    timeZone,
    performanceThresholdPct: input.settings.performanceThresholdPct,
    runId: result.runId,
    campaigns: result.campaigns.map((c) => {
      const campaign = input.campaigns.find((k) => k.campaignId === c.campaignId);
      return {
        campaignId: c.campaignId,
        name: c.report.campaign_name,
        phase: campaign === undefined ? 'running' : campaignPhase(campaign, result.asOf),
        startDate: campaign === undefined ? '' : localDateOf(campaign.startAt, timeZone),
        endDate: campaign === undefined ? '' : localDateOf(campaign.endAt - 1, timeZone),
        report: c.report,
        feedback: c.feedback,
      };
    }),
    campaignList: input.campaigns.map((c) => ({ campaignId: c.campaignId, name: c.name, status: c.status })),
    taskChanges: result.taskChanges.map((c) => ({
      taskId: c.taskId,
      title: result.tasks[c.taskIndex]?.title ?? input.tasks[c.taskIndex]?.title ?? c.taskId,
      from: c.from,
      to: c.to,
      reason: c.reason,
    })),
    rejectedUpdates: result.updateOutcomes.flatMap((o) => {
      if (o.rejection === null) return [];
      const update = input.taskUpdates[o.updateIndex];
      const path = ['taskUpdates', o.updateIndex];
      const taskId = update?.taskId ?? '';
      return [
        {
          address: addressOf(sourceMap, [...path, rejectionField(o.rejection)]) ?? addressOf(sourceMap, path),
          taskId,
          title: input.tasks.find((t) => t.taskId === taskId)?.title ?? null,
          newStatus: update?.newStatus ?? '',
          reason: renderRejection(o.rejection, IN_WORDS),
        },
      ];
    }),
    sheets: sheetWrites(result, args.plan),
    warnings: describeIssues(args.warnings, sourceMap),
  };
}

/**
 * Whether two previews describe the same run: same report time, run, outputs, changes, rejections
 * and warnings.
 *
 * @example samePreview(preview, fresh) // false when a task changed in between
 */
export function samePreview(a: RunPreview, b: RunPreview): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
