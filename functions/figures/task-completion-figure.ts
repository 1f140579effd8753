import { taskCompletionRate } from '../../src/engine/metrics/task-completion-rate';
import { taskStatuses } from '../args/task-statuses';
import { fail } from '../errors/excel-error';
import { cellNumber } from './cell-number';

/**
 * Task completion rate as a fraction: completed tasks / all tasks, cancelled ones counted (the
 * engine's `taskCompletionRate`). Blank cells are not tasks; no task at all is no data.
 *
 * @example taskCompletionFigure([['completed'], ['in_progress'], ['cancelled'], ['completed']]) // 0.5
 */
export function taskCompletionFigure(statusesArg: unknown): number {
  const rate = taskCompletionRate(taskStatuses('statuses', statusesArg));
  return rate === null ? fail({ code: 'no_data' }) : cellNumber(rate, 'percent');
}
