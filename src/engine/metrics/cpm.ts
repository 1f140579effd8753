import type { Dec } from '../money/decimal';
import { ratio } from './ratio';

/**
 * Cost per thousand impressions: cost / impressions × 1000; `null` when there are no impressions.
 *
 * @example cpm(new Dec(45), new Dec(15000))?.toString() // '3'
 */
export function cpm(cost: Dec, impressions: Dec): Dec | null {
  return ratio(cost.times(1000), impressions);
}
