import type { Dec } from '../../src/engine/money/decimal';

/**
 * How an engine figure goes into a cell. The engine states rates in percent (3 means 3 %); Excel
 * stores a percentage as a fraction (0.03, shown as 3 % by the % format), so `percent` figures are
 * divided by 100, exactly. Money, counts and multipliers go in as they are. Never rounded: the cell's
 * number format rounds for display, as with Excel's own arithmetic.
 *
 * @example cellNumber(new Dec(3), 'percent') // 0.03
 * @example cellNumber(new Dec('91.304347826'), 'as_is') // 91.304347826
 */
export function cellNumber(value: Dec, scale: 'percent' | 'as_is'): number {
  return (scale === 'percent' ? value.div(100) : value).toNumber();
}
