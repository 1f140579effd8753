import type { Dec } from '../money/decimal';
import { percentOf } from '../money/decimal';

/**
 * Engagement rate in percent: engagements / impressions × 100; `null` when there are no impressions.
 *
 * @example engagementRate(new Dec(120), new Dec(4000))?.toString() // '3'
 */
export function engagementRate(engagements: Dec, impressions: Dec): Dec | null {
  return percentOf(engagements, impressions);
}
