import { BOOLEAN_WORDS } from '../../src/engine/model/boolean-words';
import { cellText } from './cells';
import { fail } from '../errors/excel-error';
import { presentCells } from './present-cells';

/**
 * A TRUE/FALSE argument (also yes/no, y/n, 1/0, as the workbook reads them). Over a range it is TRUE
 * when any cell is; blank is FALSE.
 *
 * @example anyTrue('critical_task_late', [[false], ['Yes']]) // true
 */
export function anyTrue(argument: string, arg: unknown): boolean {
  let result = false;
  for (const cell of presentCells(argument, arg)) {
    const value =
      typeof cell === 'boolean'
        ? cell
        : typeof cell === 'number' || typeof cell === 'string'
          ? BOOLEAN_WORDS.get(String(cell).trim().toLowerCase())
          : undefined;
    if (value === undefined) fail({ code: 'not_true_or_false', argument, value: cellText(cell) });
    result ||= value;
  }
  return result;
}
