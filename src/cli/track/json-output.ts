import type { IssuePath } from '../../engine/issues/issue';
import { renderRejection } from '../../engine/messages/render-rejection';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { isoTimestamp } from '../../engine/time/iso';
import { rejectionField } from '../../workbook/describe/rejection-field';
import type { TrackResult } from '../../engine/track-types';

/** What `track --json` prints (product.md §5). */
export interface TrackJson {
  readonly as_of: string;
  readonly campaigns: ReadonlyArray<{ campaign_id: string; report: unknown; feedback: unknown }>;
  readonly task_changes: ReadonlyArray<{ task_id: string; from: string; to: string; reason: string }>;
  readonly rejected_updates: ReadonlyArray<{
    address: string;
    task_id: string;
    new_status: string;
    reason: string;
  }>;
}

/**
 * The JSON of a run. `locate` gives a cell address in Excel's notation for a model path, or
 * `null` when the column does not exist (then the New Status cell is used).
 *
 * @example trackJson(result, input, (p) => addressOf(sourceMap, p)?.a1 ?? null).rejected_updates[0]?.address // 'TaskUpdates!B6'
 */
export function trackJson(
  result: TrackResult,
  input: TrackingInput,
  locate: (path: IssuePath) => string | null,
): TrackJson {
  return {
    as_of: isoTimestamp(result.asOf),
    campaigns: result.campaigns.map((c) => ({
      campaign_id: c.campaignId,
      report: c.report,
      feedback: c.feedback,
    })),
    task_changes: result.taskChanges.map((c) => ({
      task_id: c.taskId,
      from: c.from,
      to: c.to,
      reason: c.reason,
    })),
    rejected_updates: result.updateOutcomes.flatMap((o) => {
      if (o.rejection === null) return [];
      const update = input.taskUpdates[o.updateIndex];
      const row = ['taskUpdates', o.updateIndex];
      return [
        {
          address:
            locate([...row, rejectionField(o.rejection)]) ??
            locate([...row, 'newStatus']) ??
            `TaskUpdates row ${o.updateIndex + 1}`,
          task_id: update?.taskId ?? '',
          new_status: update?.newStatus ?? '',
          reason: renderRejection(o.rejection),
        },
      ];
    }),
  };
}
