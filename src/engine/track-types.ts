import type { Issue } from './issues/issue';
import type { Rejection } from './issues/rejection';
import type { Instant } from './model/primitives';
import type { TaskStatus } from './model/statuses';
import type { Task } from './model/task';
import type { CmoFeedback, ExecutionStatusReport, LearningLabel } from './report/output-schemas';

export interface TrackOptions {
  /** The report time. Hosts resolve it: an explicit choice (`--as-of`), else Settings As Of, else their clock. */
  readonly asOf: Instant;
  /** Identifies this run in the Task Log and the memory. */
  readonly runId: string;
  /** Makes a new UUID (report_id, feedback_id). Hosts pass `crypto.randomUUID`; tests a counter. */
  readonly newId: () => string;
  /** Campaigns chosen explicitly (any status); by default every `active` campaign is tracked. */
  readonly campaignIds?: readonly string[];
  /** Learnings already in memory, so only new ones are appended (instruction 6). */
  readonly knownLearnings?: ReadonlyArray<{ readonly campaignId: string; readonly learning: string }>;
}

/** One applied status change (or progress note), as the Task Log records it. */
export interface TaskChange {
  readonly taskId: string;
  /** Index of the task in `input.tasks` (and in `result.tasks`). */
  readonly taskIndex: number;
  /** Index of the TaskUpdates row that caused it. */
  readonly updateIndex: number;
  readonly at: Instant;
  readonly from: TaskStatus;
  readonly to: TaskStatus;
  readonly reason: string;
}

/** What happened to one TaskUpdates row that this run processed. */
export interface UpdateOutcome {
  readonly updateIndex: number;
  /** Set when applied: the run's as_of. */
  readonly appliedAt: Instant | null;
  readonly rejection: Rejection | null;
  /** The Outcome cell: `applied` or `rejected: <reason>`. */
  readonly outcome: string;
}

/** A learning for memory/learnings.json and the Learnings table. */
export interface LearningEntry {
  readonly recorded_at: string;
  readonly run_id: string;
  readonly campaign_id: string;
  readonly mission_id: string;
  readonly label: LearningLabel;
  readonly learning: string;
}

/** A campaign snapshot for memory/campaigns.json and the Campaign History table. */
export interface CampaignSnapshot {
  readonly recorded_at: string;
  readonly run_id: string;
  readonly campaign_id: string;
  readonly mission_id: string;
  readonly campaign_name: string;
  readonly report_id: string;
  readonly feedback_id: string;
  readonly overall_status: ExecutionStatusReport['overall_status'];
  readonly timeline_adherence: ExecutionStatusReport['timeline_adherence'];
  readonly task_summary: ExecutionStatusReport['task_summary'];
  readonly budget_status: ExecutionStatusReport['budget_status'];
  readonly metrics: CmoFeedback['metrics'];
  readonly confidence_in_data: number;
}

export interface CampaignResult {
  readonly campaignId: string;
  readonly report: ExecutionStatusReport;
  readonly feedback: CmoFeedback;
  readonly snapshot: CampaignSnapshot;
  /** Learnings of this run not already in `knownLearnings`. */
  readonly newLearnings: readonly LearningEntry[];
}

export interface TrackResult {
  readonly asOf: Instant;
  readonly runId: string;
  /** Every task after this run's updates, in input order. */
  readonly tasks: readonly Task[];
  /** Indexes of tasks whose row changed. */
  readonly changedTaskIndexes: readonly number[];
  readonly taskChanges: readonly TaskChange[];
  /** Outcomes of the TaskUpdates rows processed by this run (rows already processed are absent). */
  readonly updateOutcomes: readonly UpdateOutcome[];
  readonly campaigns: readonly CampaignResult[];
  readonly warnings: readonly Issue[];
}

export type TrackOutcome =
  | { readonly ok: true; readonly result: TrackResult }
  | { readonly ok: false; readonly issues: readonly Issue[] };
