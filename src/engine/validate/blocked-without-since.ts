import { type Issue, warning } from '../issues/issue';
import type { RowsToCheck } from './rows-to-check';

/**
 * A warning for each blocked task with an empty Blocked Since: the run goes on, but how long the
 * task has been blocked is unknown.
 *
 * @example blockedWithoutSince(rowsOf(input)) // [{ code: 'blocked_without_since', severity: 'warning', path: ['tasks', 3, 'blockedSince'], taskId: 'T4' }]
 */
export function blockedWithoutSince(rows: RowsToCheck): Issue[] {
  return rows.tasks
    .filter(({ row }) => row.status === 'blocked' && row.blockedSince === null)
    .map(({ index, row }) =>
      warning(['tasks', index, 'blockedSince'], { code: 'blocked_without_since', taskId: row.taskId }),
    );
}
