import type { FailedTask } from '../analysis/campaign-analysis';
import type { Task } from '../model/task';
import type { DependantsOf } from './dependants';

/**
 * Every failed task, with the unfinished tasks it holds up (directly or through others, in any
 * campaign).
 *
 * @example failedTasks(tasks, dependantsIndex(allTasks))[0]?.impactedTaskIds // ['T6', 'T11']
 */
export function failedTasks(tasks: readonly Task[], dependantsOf: DependantsOf): FailedTask[] {
  return tasks
    .filter((task) => task.status === 'failed')
    .map((task) => ({ task, impactedTaskIds: dependantsOf(task.taskId) }));
}
