import { cellText } from './cells';
import { fail } from '../errors/excel-error';
import { presentCells } from './present-cells';

const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['n', false],
  ['1', true],
  ['0', false],
]);

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
          ? WORDS.get(String(cell).trim().toLowerCase())
          : undefined;
    if (value === undefined) fail({ code: 'not_true_or_false', argument, value: cellText(cell) });
    result ||= value;
  }
  return result;
}
