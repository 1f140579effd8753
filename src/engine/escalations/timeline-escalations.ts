import type { EscalationFinding } from '../analysis/campaign-analysis';
import type { Task } from '../model/task';
import type { DependantsOf } from './dependants';

/**
 * A timeline escalation for every failed task, with the unfinished tasks that depend on it directly or
 * through others: `critical` when the failed task is critical or holds up any task, else `medium`.
 *
 * @example timelineEscalations(tasks, dependantsIndex(allTasks)) // [{ type: 'timeline', severity: 'critical', impactedTaskIds: ['T4'], ... }]
 */
export function timelineEscalations(tasks: readonly Task[], dependantsOf: DependantsOf): EscalationFinding[] {
  return tasks
    .filter((task) => task.status === 'failed')
    .map((task) => {
      const impactedTaskIds = dependantsOf(task.taskId);
      return {
        type: 'timeline',
        severity: task.critical || impactedTaskIds.length > 0 ? 'critical' : 'medium',
        code: 'task_failed',
        task,
        impactedTaskIds,
      };
    });
}
