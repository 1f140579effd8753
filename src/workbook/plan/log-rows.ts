import type { TrackingInput } from '../../engine/model/tracking-input';
import type { TrackResult } from '../../engine/track-types';
import { minorUnits } from '../../engine/money/currency';
import { parseIsoInstant } from '../../engine/time/iso';
import type { LogColumnKey } from '../log-columns';
import type { LogTableKey, SourceMap } from '../source-map';
import { formatA1 } from '../address/a1';
import { fitCell } from './cell-text';
import { DATE_TIME_FORMAT, serialAt } from './excel-time';
import { amountFormat, COUNT_FORMAT, PERCENT_POINTS_FORMAT } from './number-formats';
import { beforeJson } from './task-before';
import type { PlanValue } from './write-plan';

/** The rows a run adds to one log, each keyed by the log's column keys (`LOG_COLUMNS`). */
export interface LogBlock<K extends LogTableKey = LogTableKey> {
  readonly log: K;
  readonly rows: ReadonlyArray<Readonly<Partial<Record<LogColumnKey<K>, PlanValue>>>>;
  readonly formats: Readonly<Partial<Record<LogColumnKey<K>, string>>>;
}

function timeCell(iso: string, timeZone: string): PlanValue {
  const instant = parseIsoInstant(iso);
  return instant === null ? iso : serialAt(instant, timeZone);
}

/**
 * The addresses of the TaskUpdates rows a run rejected (their first cell, as the Task Log's Update
 * column names a row), by the campaign of the task each names; a row naming no known task goes with
 * the first tracked campaign.
 *
 * @example rejectedUpdatesByCampaign(result, input, sourceMap).get('CMP-1') // ['TaskUpdates!A5']
 */
export function rejectedUpdatesByCampaign(
  result: TrackResult,
  input: TrackingInput,
  sourceMap: SourceMap,
): Map<string, string[]> {
  const updates = sourceMap['taskUpdates'];
  const first = result.campaigns[0]?.campaignId;
  const byCampaign = new Map<string, string[]>();
  if (updates === undefined || first === undefined) return byCampaign;
  const campaignOf = new Map(input.tasks.map((t) => [t.taskId, t.campaignId]));
  for (const outcome of result.updateOutcomes) {
    const row = updates.rows[outcome.updateIndex];
    if (outcome.rejection === null || row === undefined) continue;
    const taskId = input.taskUpdates[outcome.updateIndex]?.taskId ?? '';
    const owner = campaignOf.get(taskId);
    const campaign =
      owner !== undefined && result.campaigns.some((c) => c.campaignId === owner) ? owner : first;
    const list = byCampaign.get(campaign) ?? [];
    list.push(formatA1({ sheet: updates.sheet, row, column: updates.firstColumn }));
    byCampaign.set(campaign, list);
  }
  return byCampaign;
}

/**
 * Task Log rows: one per applied change, with the address of the TaskUpdates row that caused it and
 * the task's tracked fields as they were before this run (the Before column, which a revert restores).
 *
 * @example taskLogBlock(result, input, sourceMap, 'UTC').rows[0]?.update // 'TaskUpdates!A5'
 */
export function taskLogBlock(
  result: TrackResult,
  input: TrackingInput,
  sourceMap: SourceMap,
  timeZone: string,
): LogBlock<'taskLog'> {
  const updates = sourceMap['taskUpdates'];
  const rows = result.taskChanges.map((change) => {
    const row = updates?.rows[change.updateIndex];
    const before = input.tasks[change.taskIndex];
    const title = result.tasks[change.taskIndex]?.title ?? before?.title ?? null;
    return {
      time: serialAt(change.at, timeZone),
      runId: result.runId,
      taskId: change.taskId,
      title: fitCell(title),
      from: change.from,
      to: change.to,
      reason: fitCell(change.reason),
      update:
        updates !== undefined && row !== undefined
          ? formatA1({ sheet: updates.sheet, row, column: updates.firstColumn })
          : null,
      before: before === undefined ? null : beforeJson(before),
    };
  });
  return { log: 'taskLog', rows, formats: { time: DATE_TIME_FORMAT } };
}

/** What a run wrote for one campaign besides its snapshot: its sheets and the updates it rejected. */
export interface CampaignRunRecord {
  readonly report: string;
  readonly feedback: string;
  /** Addresses of the TaskUpdates rows the run rejected (`TaskUpdates!A5`). */
  readonly rejectedUpdates: readonly string[];
}

/**
 * Campaign History rows: one snapshot per tracked campaign, flattened, with the names of its Report
 * and CMO Feedback sheets and the TaskUpdates rows the run rejected (so a revert can reopen them).
 * Spent and Allocated get the money format of the campaigns' minor unit when they all share one.
 *
 * @example campaignHistoryBlock(result, records, 'UTC').rows[0]?.feedbackSheet // 'CMO Feedback CMP-1 2026-11-24'
 */
export function campaignHistoryBlock(
  result: TrackResult,
  records: ReadonlyMap<string, CampaignRunRecord>,
  timeZone: string,
): LogBlock<'campaignHistory'> {
  const rows = result.campaigns.map(({ snapshot: s, campaignId }) => {
    const record = records.get(campaignId);
    const rejected = record?.rejectedUpdates ?? [];
    return {
      recordedAt: timeCell(s.recorded_at, timeZone),
      runId: s.run_id,
      campaignId: s.campaign_id,
      missionId: s.mission_id,
      name: fitCell(s.campaign_name),
      overallStatus: s.overall_status,
      timeline: s.timeline_adherence,
      tasksCompleted: s.task_summary.completed,
      tasksTotal: s.task_summary.total,
      spent: s.budget_status.spent,
      allocated: s.budget_status.allocated,
      currency: s.budget_status.currency,
      utilizationPct: s.budget_status.utilization_pct,
      confidence: s.confidence_in_data,
      reportId: s.report_id,
      feedbackId: s.feedback_id,
      reportSheet: record?.report ?? null,
      feedbackSheet: record?.feedback ?? null,
      rejectedUpdates: rejected.length === 0 ? null : JSON.stringify(rejected),
    };
  });
  const digits = new Set(result.campaigns.map((c) => minorUnits(c.snapshot.budget_status.currency)));
  const [only] = [...digits];
  const money =
    digits.size === 1 && only !== undefined
      ? { spent: amountFormat(only), allocated: amountFormat(only) }
      : {};
  return {
    log: 'campaignHistory',
    rows,
    formats: {
      recordedAt: DATE_TIME_FORMAT,
      tasksCompleted: COUNT_FORMAT,
      tasksTotal: COUNT_FORMAT,
      utilizationPct: PERCENT_POINTS_FORMAT,
      ...money,
    },
  };
}

/** Learnings rows: only the learnings this run found that memory did not hold yet. */
export function learningsBlock(result: TrackResult, timeZone: string): LogBlock<'learnings'> {
  const rows = result.campaigns.flatMap((c) =>
    c.newLearnings.map((l) => ({
      recordedAt: timeCell(l.recorded_at, timeZone),
      runId: l.run_id,
      campaignId: l.campaign_id,
      missionId: l.mission_id,
      label: l.label,
      learning: fitCell(l.learning),
    })),
  );
  return { log: 'learnings', rows, formats: { recordedAt: DATE_TIME_FORMAT } };
}
