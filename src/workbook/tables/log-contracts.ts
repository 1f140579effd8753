import type { Instant } from '../../engine/model/primitives';
import { TASK_STATUSES, type TaskStatus } from '../../engine/model/statuses';
import { readChoice } from '../cells/read-choice';
import { readDateTime } from '../cells/read-date';
import { readText } from '../cells/read-text';
import { LOG_TABLES } from '../source-map';
import { optional, required } from './field-spec';
import type { TableSpec } from './read-table';

/** One row of the Task Log: an applied status change. */
export interface TaskLogRow {
  readonly at: Instant | null;
  readonly runId: string;
  readonly taskId: string;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
  readonly reason: string | null;
}

/** One row of the Learnings table. */
export interface LearningRow {
  readonly recordedAt: Instant | null;
  readonly runId: string | null;
  readonly campaignId: string;
  readonly missionId: string | null;
  readonly label: string | null;
  readonly learning: string;
}

/**
 * Column headers of the log tables the tool writes and reads back. The write plan appends under
 * these; the reader finds them by name like any other column.
 */
export const LOG_COLUMNS = Object.freeze({
  taskLog: { at: 'Time', runId: 'Run ID', taskId: 'Task ID', from: 'From', to: 'To', reason: 'Reason' },
  learnings: {
    recordedAt: 'Recorded At',
    runId: 'Run ID',
    campaignId: 'Campaign ID',
    missionId: 'Mission ID',
    label: 'Label',
    learning: 'Learning',
  },
} as const satisfies {
  taskLog: Record<keyof TaskLogRow, string>;
  learnings: Record<keyof LearningRow, string>;
});

const status = readChoice(TASK_STATUSES);
const at = readDateTime('start');

export const TASK_LOG: TableSpec<TaskLogRow> = {
  key: 'taskLog',
  label: LOG_TABLES.taskLog.sheet,
  labels: LOG_COLUMNS.taskLog,
  fields: {
    at: optional(at),
    runId: required(readText),
    taskId: required(readText),
    from: required(status),
    to: required(status),
    reason: optional(readText),
  },
};

export const LEARNINGS: TableSpec<LearningRow> = {
  key: 'learnings',
  label: LOG_TABLES.learnings.sheet,
  labels: LOG_COLUMNS.learnings,
  fields: {
    recordedAt: optional(at),
    runId: optional(readText),
    campaignId: required(readText),
    missionId: optional(readText),
    label: optional(readText),
    learning: required(readText),
  },
};

/** Campaign History is only appended to: the reader needs where it is, none of its values. */
export const CAMPAIGN_HISTORY: TableSpec<Record<string, never>> = {
  key: 'campaignHistory',
  label: LOG_TABLES.campaignHistory.sheet,
  labels: {},
  fields: {},
};
