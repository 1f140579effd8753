import type { Dec } from '../../src/engine/money/decimal';
import { amountOf } from '../args/amount';
import { fail } from '../errors/excel-error';
import { cellNumber } from './cell-number';

/** One of the engine's ratio metrics (`ctr`, `cpa`, …): `null` when the denominator is zero. */
export type RatioMetric = (numerator: Dec, denominator: Dec) => Dec | null;

/** An argument as Excel's formula help names it, and what the formula passed. */
export type Named = readonly [name: string, arg: unknown];

/**
 * A ratio metric over two arguments, each a cell or a range added up exactly. Every cell blank: no
 * data (`#N/A`); a zero denominator: `#DIV/0!`; text that is not a number: `#VALUE!`.
 *
 * @example ratioFigure(ctr, ['clicks', [[30]]], ['impressions', [[1000]]], 'percent') // 0.03
 */
export function ratioFigure(
  metric: RatioMetric,
  [numeratorName, numeratorArg]: Named,
  [denominatorName, denominatorArg]: Named,
  scale: 'percent' | 'as_is',
): number {
  const numerator = amountOf(numeratorName, numeratorArg);
  const denominator = amountOf(denominatorName, denominatorArg);
  if (numerator.blank && denominator.blank) fail({ code: 'no_data' });
  const value = metric(numerator.value, denominator.value);
  return value === null
    ? fail({ code: 'division_by_zero', argument: denominatorName })
    : cellNumber(value, scale);
}
