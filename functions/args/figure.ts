import type { FigureUnit } from '../../src/engine/analysis/campaign-analysis';
import { parseFigure } from '../../src/engine/metrics/parse-figure';
import { Dec } from '../../src/engine/money/decimal';
import { fail } from '../errors/excel-error';
import { cellText } from './cells';

export type Unit = FigureUnit | 'number';

/** Counts and money: `1200`, `1,200`, `$1,200.50`, `15k`. */
export const AMOUNT: ReadonlySet<Unit> = new Set(['number', 'money']);
/** Shares: `0.4`, `40%`. */
export const SHARE: ReadonlySet<Unit> = new Set(['number', 'percent']);
/** Any figure a KPI's actual can be: counts, money, percentages, multipliers (`2.4x`). */
export const ANY_FIGURE: ReadonlySet<Unit> = new Set(['number', 'money', 'percent', 'multiplier']);

/**
 * A cell's figure, read the way the engine reads figures people type (`parseFigure`): a number, or
 * text such as `1,200`, `$80` or `3.5%`. A percentage becomes the fraction Excel stores for it
 * (`3.5%` → 0.035), so it compares with percent-formatted cells. A unit outside `accepts`, a bound
 * (`≤ 80`: only targets have one), TRUE/FALSE and any other text are not numbers.
 *
 * @example figureOfCell('cost', '$1,200.50', AMOUNT).toString() // '1200.5'
 * @example figureOfCell('progress', '40%', SHARE).toString() // '0.4'
 */
export function figureOfCell(argument: string, cell: unknown, accepts: ReadonlySet<Unit>): Dec {
  if (typeof cell === 'number' && Number.isFinite(cell)) return new Dec(cell);
  const figure = typeof cell === 'string' ? parseFigure(cell) : null;
  if (figure === null || figure.bound !== null || !accepts.has(figure.unit))
    return fail({ code: 'not_a_number', argument, value: cellText(cell) });
  return figure.unit === 'percent' ? figure.value.div(100) : figure.value;
}
