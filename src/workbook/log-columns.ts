import type { LogTableKey } from './source-map';

/**
 * The columns of the log tables, by field key, with their headers. The reader maps an existing
 * log's header to these keys (names compared as everywhere: case, spaces, `_` and `-` ignored), so
 * `TableLocation.columns` of a log is keyed by them; the write plan writes each value under its key.
 */
export const LOG_COLUMNS = {
  taskLog: {
    time: 'Time',
    runId: 'Run ID',
    taskId: 'Task ID',
    title: 'Title',
    from: 'From',
    to: 'To',
    reason: 'Reason',
    update: 'Update',
    /** The task's tracked fields before the run, as JSON (see `plan/task-before.ts`): what a revert restores. */
    before: 'Before',
  },
  campaignHistory: {
    recordedAt: 'Recorded At',
    runId: 'Run ID',
    campaignId: 'Campaign ID',
    missionId: 'Mission ID',
    name: 'Name',
    overallStatus: 'Overall Status',
    timeline: 'Timeline',
    tasksCompleted: 'Tasks Completed',
    tasksTotal: 'Tasks Total',
    spent: 'Spent',
    allocated: 'Allocated',
    currency: 'Currency',
    utilizationPct: 'Utilization %',
    confidence: 'Confidence',
    reportId: 'Report ID',
    feedbackId: 'Feedback ID',
    reportSheet: 'Report Sheet',
    feedbackSheet: 'Feedback Sheet',
    /** The TaskUpdates rows the run rejected, as a JSON list of their addresses: what a revert reopens. */
    rejectedUpdates: 'Rejected Updates',
  },
  learnings: {
    recordedAt: 'Recorded At',
    runId: 'Run ID',
    campaignId: 'Campaign ID',
    missionId: 'Mission ID',
    label: 'Label',
    learning: 'Learning',
  },
} as const satisfies Record<LogTableKey, Record<string, string>>;

export type LogColumnKey<K extends LogTableKey> = keyof (typeof LOG_COLUMNS)[K];
