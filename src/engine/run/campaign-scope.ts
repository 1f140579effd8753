import type { Issue } from '../issues/issue';
import type { Rejection } from '../issues/rejection';
import type { Task } from '../model/task';
import type { TrackingInput } from '../model/tracking-input';
import type { UpdateOutcome } from '../track-types';

const ROW_TABLES = ['campaigns', 'tasks', 'kpis', 'channelMetrics'] as const;

/** Every tracked campaign asks about the same task lists: each is indexed by Task ID once. */
const taskIndexes = new WeakMap<readonly Task[], ReadonlyMap<string, Task>>();

function taskById(tasks: readonly Task[], taskId: string): Task | undefined {
  let index = taskIndexes.get(tasks);
  if (index === undefined) {
    const byId = new Map<string, Task>();
    // The first row with an id wins, as a search from the top would find it.
    for (const t of tasks) if (!byId.has(t.taskId)) byId.set(t.taskId, t);
    index = byId;
    taskIndexes.set(tasks, index);
  }
  return index.get(taskId);
}

/** The campaign a warning is about, or `null` when it concerns the whole workbook. */
function campaignOfIssue(issue: Issue, input: TrackingInput): string | null {
  if (issue.code === 'primary_kpi_count') return issue.campaignId;
  const [table, row] = issue.path;
  if (typeof row !== 'number') return null;
  if (table === 'taskUpdates') {
    const taskId = input.taskUpdates[row]?.taskId;
    return taskId === undefined ? null : (taskById(input.tasks, taskId)?.campaignId ?? null);
  }
  const rows = ROW_TABLES.find((t) => t === table);
  return rows === undefined ? null : (input[rows][row]?.campaignId ?? null);
}

/**
 * Whether a warning still holds after this run's updates: a blocked task without Blocked Since that
 * an update has moved on (or given a Blocked Since) is no longer worth an issue.
 */
function stillHolds(issue: Issue, tasks: readonly Task[]): boolean {
  if (issue.code !== 'blocked_without_since') return true;
  const task = taskById(tasks, issue.taskId);
  return task !== undefined && task.status === 'blocked' && task.blockedSince === null;
}

/**
 * The warnings a campaign's feedback shows: those about its own rows, and those about the whole
 * workbook (Settings, a table), as long as they still hold after the updates.
 *
 * @example warningsFor('C1', warnings, input, tasks) // [{ code: 'primary_kpi_count', campaignId: 'C1', … }]
 */
export function warningsFor(
  campaignId: string,
  warnings: readonly Issue[],
  input: TrackingInput,
  tasksAfter: readonly Task[],
): Issue[] {
  return warnings.filter((w) => {
    const owner = campaignOfIssue(w, input);
    return (owner === null || owner === campaignId) && stillHolds(w, tasksAfter);
  });
}

/**
 * The rejections of this run that concern a campaign: updates of its own tasks only. An update naming
 * a task that does not exist belongs to no campaign: it is reported on its own row (TaskUpdates'
 * Outcome) and in the run's summary, never in every campaign's feedback.
 *
 * @example rejectionsFor('C1', outcomes, input) // [{ code: 'illegal_transition', from: 'completed', to: 'pending' }]
 */
export function rejectionsFor(
  campaignId: string,
  outcomes: readonly UpdateOutcome[],
  input: TrackingInput,
): Rejection[] {
  return outcomes.flatMap((o) => {
    if (o.rejection === null) return [];
    const taskId = input.taskUpdates[o.updateIndex]?.taskId ?? '';
    const owner = taskById(input.tasks, taskId)?.campaignId;
    return owner === campaignId ? [o.rejection] : [];
  });
}
