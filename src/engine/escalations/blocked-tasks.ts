import type { BlockedTask } from '../analysis/campaign-analysis';
import type { Instant } from '../model/primitives';
import type { Task } from '../model/task';
import type { DependantsOf } from './dependants';

/**
 * Every blocked task, with how long it has been blocked (`null` when Blocked Since is empty; 0 when it
 * is after the report time) and the unfinished tasks waiting on it.
 *
 * @example blockedTasks(tasks, asOf, dependantsIndex(allTasks))[0]?.blockedMs // 97_200_000 (27 hours)
 */
export function blockedTasks(
  tasks: readonly Task[],
  asOf: Instant,
  dependantsOf: DependantsOf,
): BlockedTask[] {
  return tasks
    .filter((task) => task.status === 'blocked')
    .map((task) => ({
      task,
      blockedMs: task.blockedSince === null ? null : Math.max(0, asOf - task.blockedSince),
      waitingTaskIds: dependantsOf(task.taskId),
    }));
}
