import { cellsOf, excelErrorOf, isBlank } from './cells';
import { fail } from '../errors/excel-error';

/**
 * The cells of an argument that hold something, blanks left out. A cell holding an Excel error
 * stops the function with that error (`#N/A` in, `#N/A` out).
 *
 * @example presentCells('clicks', [[30], [null], [12]]) // [30, 12]
 */
export function presentCells(argument: string, arg: unknown): readonly unknown[] {
  const present = cellsOf(arg).filter((cell) => !isBlank(cell));
  for (const cell of present) {
    const error = excelErrorOf(cell);
    if (error !== null) fail({ code: 'cell_error', argument, error });
  }
  return present;
}

/**
 * The one cell of an argument that holds something, or null when it is blank. A range with more
 * than one value is a problem: dates, targets and flags are single values, never sums.
 *
 * @example singleCell('start', [[null], [46023]]) // 46023
 */
export function singleCell(argument: string, arg: unknown): unknown {
  const present = presentCells(argument, arg);
  if (present.length > 1) fail({ code: 'one_value_expected', argument, count: present.length });
  return present[0] ?? null;
}
