import type { Instant } from '../model/primitives';
import type { Task } from '../model/task';

/**
 * Whether a task's Due Date has passed at `asOf`. A date-only Due Date is the end of that day, so a
 * task due on the 10th passes its due date at midnight between the 10th and the 11th.
 *
 * @example isPastDue({ ...task, dueAt: Date.UTC(2026, 0, 11) }, Date.UTC(2026, 0, 11)) // true
 */
export function isPastDue(task: Task, asOf: Instant): boolean {
  return task.dueAt !== null && asOf >= task.dueAt;
}
