import type { Dec } from '../money/decimal';
import { ratio } from './ratio';

/**
 * Cost per click: cost / clicks; `null` when there are no clicks.
 *
 * @example cpc(new Dec(150), new Dec(60))?.toString() // '2.5'
 */
export function cpc(cost: Dec, clicks: Dec): Dec | null {
  return ratio(cost, clicks);
}
