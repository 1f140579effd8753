import type { TaskCounts } from '../analysis/campaign-analysis';
import type { Task } from '../model/task';

/**
 * How many tasks are in each status; the buckets add up to the total.
 *
 * @example taskCounts(tasks).total === taskCounts(tasks).completed + … + taskCounts(tasks).cancelled
 */
export function taskCounts(tasks: readonly Task[]): TaskCounts {
  const counts = { total: 0, pending: 0, in_progress: 0, completed: 0, blocked: 0, failed: 0, cancelled: 0 };
  for (const task of tasks) {
    counts.total += 1;
    counts[task.status] += 1;
  }
  return counts;
}
