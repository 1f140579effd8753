import type { Dec } from '../money/decimal';
import { percentOf } from '../money/decimal';

/**
 * Click-through rate in percent: clicks / impressions × 100; `null` when there are no impressions.
 *
 * @example ctr(new Dec(30), new Dec(1000))?.toString() // '3'
 */
export function ctr(clicks: Dec, impressions: Dec): Dec | null {
  return percentOf(clicks, impressions);
}
