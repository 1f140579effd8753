import type { Issue } from '../../engine/issues/issue';
import { renderRejection } from '../../engine/messages/render-rejection';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { isoTimestamp } from '../../engine/time/iso';
import type { TrackResult } from '../../engine/track-types';
import { addressOf } from '../../workbook/address/address-of';
import { describeIssues } from '../../workbook/describe/describe-issues';
import { rejectionField } from '../../workbook/describe/rejection-field';
import type { SourceMap } from '../../workbook/source-map';
import type { RunPreview } from '../operator-actions';

export interface PreviewArgs {
  readonly result: TrackResult;
  readonly input: TrackingInput;
  readonly sourceMap: SourceMap;
  /** The reader's warnings and the engine's. */
  readonly warnings: readonly Issue[];
}

/**
 * What the pane shows before writing: the report and feedback per campaign, the status changes, the
 * rejected updates (each with the cell to fix) and the warnings with their addresses.
 *
 * @example runPreview({ result, input, sourceMap, warnings }).taskChanges[0] // { taskId: 'T-3', from: 'in_progress', to: 'completed', … }
 */
export function runPreview(args: PreviewArgs): RunPreview {
  const { result, input, sourceMap } = args;
  return {
    kind: 'preview',
    asOf: isoTimestamp(result.asOf),
    runId: result.runId,
    campaigns: result.campaigns.map((c) => ({
      campaignId: c.campaignId,
      name: c.report.campaign_name,
      report: c.report,
      feedback: c.feedback,
    })),
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
      return [
        {
          address: addressOf(sourceMap, [...path, rejectionField(o.rejection)]) ?? addressOf(sourceMap, path),
          taskId: update?.taskId ?? '',
          newStatus: update?.newStatus ?? '',
          reason: renderRejection(o.rejection),
        },
      ];
    }),
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
