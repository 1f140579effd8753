import { Dec } from '../money/decimal';
import { percentOf } from '../money/decimal';

/**
 * Task completion rate in percent: completed / total × 100, where total counts every task, cancelled
 * ones included (the source's definition). Statuses are compared trimmed and case-insensitively;
 * blank entries are not tasks. `null` when there is no task.
 *
 * @example taskCompletionRate(['completed', 'in_progress', 'cancelled', 'completed'])?.toString() // '50'
 * @example taskCompletionRate([]) // null
 */
export function taskCompletionRate(statuses: readonly string[]): Dec | null {
  let total = 0;
  let completed = 0;
  for (const raw of statuses) {
    const status = raw.trim().toLowerCase();
    if (status === '') continue;
    total += 1;
    if (status === 'completed') completed += 1;
  }
  return percentOf(new Dec(completed), new Dec(total));
}
