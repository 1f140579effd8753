import type { Dec } from '../money/decimal';

/**
 * `numerator / denominator`, unrounded, or `null` when the denominator is zero (Excel's `#DIV/0!`).
 *
 * @example ratio(new Dec(5), new Dec(2))?.toString() // '2.5'
 * @example ratio(new Dec(5), new Dec(0)) // null
 */
export function ratio(numerator: Dec, denominator: Dec): Dec | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}
