import type { Rejection } from '../issues/rejection';
import { renderChange } from '../messages/render-change';
import { outcomeText } from '../messages/render-rejection';
import type { Instant } from '../model/primitives';
import type { Settings } from '../model/settings';
import { UPDATE_STATUSES } from '../model/statuses';
import type { Task } from '../model/task';
import type { TaskUpdate } from '../model/task-update';
import { isoTimestamp } from '../time/iso';
import type { TaskChange, UpdateOutcome } from '../track-types';
import { isProcessed } from './processed-update';
import { transition } from './transition';
import { applyOrder } from './update-order';
import { requestOf } from './update-request';
import { updateStatusOf } from './update-status';

export interface ApplyUpdatesArgs {
  tasks: readonly Task[];
  updates: readonly TaskUpdate[];
  asOf: Instant;
  settings: Settings;
  /** Campaigns tracked in this run; updates for tasks of other campaigns are left for a later run. */
  trackedCampaignIds: ReadonlySet<string>;
}

export interface ApplyUpdatesResult {
  /** Every task after the updates, in input order. */
  tasks: Task[];
  /** Indexes of the tasks whose row differs from the input, ascending. */
  changedTaskIndexes: number[];
  /** One per applied update, in the order they applied. */
  changes: TaskChange[];
  /** One per update processed by this run, in row order. */
  outcomes: UpdateOutcome[];
}

const rejectedOutcome = (updateIndex: number, rejection: Rejection): UpdateOutcome => ({
  updateIndex,
  appliedAt: null,
  rejection,
  outcome: outcomeText(rejection),
});

function firstIndexById(tasks: readonly Task[]): Map<string, number> {
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (!index.has(t.taskId)) index.set(t.taskId, i);
  });
  return index;
}

function sameTask(a: Task, b: Task): boolean {
  return (Object.keys(a) as Array<keyof Task>).every((k) => Object.is(a[k], b[k]));
}

/**
 * Applies the TaskUpdates inbox to the tasks (docs/rules.md "Task updates"). Rows handled by an
 * earlier run and rows for tasks of campaigns not tracked now are left alone; the others apply in
 * Updated At order (then row order), each checked against the task as earlier updates left it.
 * Rejected rows change nothing. The arrays given are never changed.
 *
 * @example
 * const { tasks, changes, outcomes } = applyUpdates({ tasks: input.tasks, updates: input.taskUpdates, asOf, settings: input.settings, trackedCampaignIds: new Set(['C1']) });
 * // outcomes: [{ updateIndex: 0, appliedAt: asOf, rejection: null, outcome: 'applied' }, …]
 */
export function applyUpdates(args: ApplyUpdatesArgs): ApplyUpdatesResult {
  const { asOf, updates } = args;
  const tasks = [...args.tasks];
  const indexById = firstIndexById(tasks);
  const outcomes: UpdateOutcome[] = [];
  const changes: TaskChange[] = [];
  const queue: number[] = [];

  updates.forEach((update, updateIndex) => {
    if (isProcessed(update)) return;
    const taskIndex = indexById.get(update.taskId);
    if (taskIndex === undefined) {
      outcomes.push(rejectedOutcome(updateIndex, { code: 'unknown_task', taskId: update.taskId }));
    } else if (args.trackedCampaignIds.has(tasks[taskIndex]?.campaignId ?? '')) {
      queue.push(updateIndex);
    }
  });

  const statusOf = (taskId: string) => {
    const i = indexById.get(taskId);
    return i === undefined ? undefined : tasks[i]?.status;
  };

  for (const updateIndex of applyOrder(queue, updates, asOf)) {
    const update = updates[updateIndex];
    const taskIndex = indexById.get(update?.taskId ?? '');
    const task = taskIndex === undefined ? undefined : tasks[taskIndex];
    if (update === undefined || taskIndex === undefined || task === undefined) continue;
    const reject = (rejection: Rejection) => outcomes.push(rejectedOutcome(updateIndex, rejection));

    if (update.updatedAt !== null && update.updatedAt > asOf) {
      reject({
        code: 'updated_after_report_time',
        updatedAt: isoTimestamp(update.updatedAt),
        asOf: isoTimestamp(asOf),
      });
      continue;
    }
    const to = updateStatusOf(update.newStatus);
    if (to === null) {
      reject({ code: 'unknown_status', value: update.newStatus, allowed: UPDATE_STATUSES });
      continue;
    }
    const at = update.updatedAt ?? asOf;
    const result = transition(task, requestOf(update, to), {
      at,
      retryLimit: args.settings.retryLimit,
      statusOf,
    });
    if (!result.ok) {
      reject(result.rejection);
      continue;
    }
    tasks[taskIndex] = result.task;
    outcomes.push({ updateIndex, appliedAt: asOf, rejection: null, outcome: outcomeText(null) });
    changes.push({
      taskId: task.taskId,
      taskIndex,
      updateIndex,
      at,
      from: task.status,
      to: result.task.status,
      reason: renderChange(result.reason),
    });
  }

  const changedTaskIndexes = tasks.flatMap((t, i) => {
    const before = args.tasks[i];
    return before === undefined || t === before || sameTask(t, before) ? [] : [i];
  });
  outcomes.sort((a, b) => a.updateIndex - b.updateIndex);
  return { tasks, changedTaskIndexes, changes, outcomes };
}
