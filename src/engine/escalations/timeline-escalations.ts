import type { EscalationFinding, FailedTask } from '../analysis/campaign-analysis';

/**
 * A timeline escalation for every failed task, with the unfinished tasks that depend on it directly or
 * through others: `critical` when the failed task is critical or holds up any task, else `medium`.
 *
 * @example timelineEscalations(failedTasks(tasks, dependantsIndex(allTasks))) // [{ type: 'timeline', severity: 'critical', impactedTaskIds: ['T4'], ... }]
 */
export function timelineEscalations(failed: readonly FailedTask[]): EscalationFinding[] {
  return failed.map(({ task, impactedTaskIds }) => ({
    type: 'timeline',
    severity: task.critical || impactedTaskIds.length > 0 ? 'critical' : 'medium',
    code: 'task_failed',
    task,
    impactedTaskIds,
  }));
}
