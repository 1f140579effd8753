import type { TaskUpdate } from '../model/task-update';

/**
 * Whether a TaskUpdates row was handled by an earlier run, so this run leaves it alone: it has an
 * Applied At, or its Outcome says `applied` or begins with `rejected`. Clearing the Outcome of a
 * rejected row (and its Applied At, if any) makes the next run try it again.
 *
 * @example isProcessed({ ...update, outcome: 'rejected: task "T9" does not exist' }) // true
 * @example isProcessed({ ...update, appliedAt: null, outcome: null }) // false
 */
export function isProcessed(update: TaskUpdate): boolean {
  if (update.appliedAt !== null) return true;
  const outcome = update.outcome?.trimStart().slice(0, 16).toLowerCase() ?? '';
  return outcome.startsWith('rejected') || outcome.startsWith('applied');
}
