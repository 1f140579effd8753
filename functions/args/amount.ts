import { ExactSum } from '../../src/engine/metrics/exact-sum';
import { Dec } from '../../src/engine/money/decimal';
import { AMOUNT, figureOfCell, type Unit } from './figure';
import { presentCells, singleCell } from './present-cells';

/** An argument's figures added up, and whether it held none (every cell blank). */
export interface Amount {
  readonly value: Dec;
  readonly blank: boolean;
}

/**
 * The exact sum of an argument's cells (a single cell or a range), blanks left out. Each number
 * counts as the decimal it shows, so 0.1 + 0.2 is 0.3.
 *
 * @example amountOf('cost', [[1200.5], [null], ['$799.50']]) // { value: 2000, blank: false }
 */
export function amountOf(argument: string, arg: unknown, accepts: ReadonlySet<Unit> = AMOUNT): Amount {
  const cells = presentCells(argument, arg);
  // Number cells (nearly all of a range) are summed without a decimal each; texts are read as figures.
  const numbers = new ExactSum();
  let texts = new Dec(0);
  for (const cell of cells) {
    if (typeof cell === 'number' && Number.isFinite(cell)) numbers.add(cell);
    else texts = texts.plus(figureOfCell(argument, cell, accepts));
  }
  return { value: numbers.total().plus(texts), blank: cells.length === 0 };
}

/**
 * One figure (a share, a gap), never a sum: the argument's single cell, or null when it is blank.
 *
 * @example singleFigure('progress', '40%', SHARE)?.toString() // '0.4'
 */
export function singleFigure(argument: string, arg: unknown, accepts: ReadonlySet<Unit>): Dec | null {
  const cell = singleCell(argument, arg);
  return cell === null ? null : figureOfCell(argument, cell, accepts);
}
