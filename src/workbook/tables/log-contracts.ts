import type { Instant } from '../../engine/model/primitives';
import { TASK_STATUSES, type TaskStatus } from '../../engine/model/statuses';
import { readChoice } from '../cells/read-choice';
import { readDateTime } from '../cells/read-date';
import { readId } from '../cells/read-id';
import { readText } from '../cells/read-text';
import { LOG_COLUMNS } from '../log-columns';
import { LOG_TABLES } from '../source-map';
import { optional, required } from './field-spec';
import type { TableSpec } from './read-table';

/** One row of the Task Log: an applied status change. */
export interface TaskLogRow {
  readonly time: Instant | null;
  readonly runId: string;
  readonly taskId: string;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
  readonly reason: string | null;
  /** Address of the TaskUpdates row that caused the change (`TaskUpdates!A5`). */
  readonly update: string | null;
  /** The task's tracked fields before the run, as JSON (`plan/task-before.ts`). */
  readonly before: string | null;
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

const status = readChoice(TASK_STATUSES);
const at = readDateTime('start');

export const TASK_LOG: TableSpec<TaskLogRow> = {
  key: 'taskLog',
  label: LOG_TABLES.taskLog.sheet,
  labels: LOG_COLUMNS.taskLog,
  fields: {
    time: optional(at),
    runId: required(readText),
    taskId: required(readId),
    from: required(status),
    to: required(status),
    reason: optional(readText),
    update: optional(readText),
    before: optional(readText),
  },
};

export const LEARNINGS: TableSpec<LearningRow> = {
  key: 'learnings',
  label: LOG_TABLES.learnings.sheet,
  labels: LOG_COLUMNS.learnings,
  fields: {
    recordedAt: optional(at),
    runId: optional(readText),
    campaignId: required(readId),
    missionId: optional(readId),
    label: optional(readText),
    learning: required(readText),
  },
};

/** What a revert needs of a Campaign History row: the run and the sheets it added. */
export interface CampaignHistoryRow {
  readonly runId: string | null;
  readonly campaignId: string | null;
  readonly reportSheet: string | null;
  readonly feedbackSheet: string | null;
  /** JSON list of the addresses of the TaskUpdates rows the run rejected. */
  readonly rejectedUpdates: string | null;
}

/** Campaign History is only appended to; the reader locates its columns and reads the run's sheets. */
export const CAMPAIGN_HISTORY: TableSpec<CampaignHistoryRow> = {
  key: 'campaignHistory',
  label: LOG_TABLES.campaignHistory.sheet,
  labels: LOG_COLUMNS.campaignHistory,
  fields: {
    runId: optional(readText),
    campaignId: optional(readId),
    reportSheet: optional(readText),
    feedbackSheet: optional(readText),
    rejectedUpdates: optional(readText),
  },
};
