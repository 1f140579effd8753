import type { Dec } from '../money/decimal';
import { ratio } from './ratio';

/**
 * Return on ad spend as a multiplier: revenue / cost (2.4 means 2.4x); `null` when nothing was spent.
 *
 * @example roas(new Dec(5040), new Dec(2100))?.toString() // '2.4'
 */
export function roas(revenue: Dec, cost: Dec): Dec | null {
  return ratio(revenue, cost);
}
