import { TASK_STATUSES, type TaskStatus } from '../../src/engine/model/statuses';
import { cellText } from './cells';
import { fail } from '../errors/excel-error';
import { presentCells } from './present-cells';

/** Statuses match like the workbook's names: case, spaces, `_` and `-` ignored. */
const key = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
const STATUS_OF: ReadonlyMap<string, TaskStatus> = new Map(TASK_STATUSES.map((s) => [key(s), s]));

/**
 * The task statuses of a range, blanks left out: `In Progress` and `IN_PROGRESS` are `in_progress`.
 * Anything that is not a task status is a problem naming the statuses there are.
 *
 * @example taskStatuses('statuses', [['Completed'], [null], ['in progress']]) // ['completed', 'in_progress']
 */
export function taskStatuses(argument: string, arg: unknown): TaskStatus[] {
  return presentCells(argument, arg).map((cell) => {
    const status = typeof cell === 'string' ? STATUS_OF.get(key(cell)) : undefined;
    return status ?? fail({ code: 'not_a_status', argument, value: cellText(cell), allowed: TASK_STATUSES });
  });
}
