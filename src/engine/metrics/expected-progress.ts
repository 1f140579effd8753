import type { Instant } from '../model/primitives';
import type { Task } from '../model/task';
import type { Dec } from '../money/decimal';
import { HUNDRED } from '../money/decimal';
import { isPastDue } from './past-due';

/**
 * What progress should be by now, in percent: the mean, over the tasks that are not cancelled, of
 * 1 for a task whose Due Date has passed, 0 for one whose Due Date is still ahead and the elapsed
 * fraction e for a task without a Due Date, × 100. With no such task it is e × 100.
 *
 * @example expectedProgressPct(threeTasks, asOf, new Dec(0.3)) // one past due, one ahead, one undated:
 * // (1 + 0 + 0.3) / 3 × 100 = 43.33…
 */
export function expectedProgressPct(tasks: readonly Task[], asOf: Instant, elapsed: Dec): Dec {
  let counted = 0;
  let due = 0;
  let undated = 0;
  for (const task of tasks) {
    if (task.status === 'cancelled') continue;
    counted += 1;
    if (task.dueAt === null) undated += 1;
    else if (isPastDue(task, asOf)) due += 1;
  }
  if (counted === 0) return elapsed.times(HUNDRED);
  return elapsed.times(undated).plus(due).div(counted).times(HUNDRED);
}
