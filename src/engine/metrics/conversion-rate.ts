import type { Dec } from '../money/decimal';
import { percentOf } from '../money/decimal';

/**
 * Conversion rate in percent: conversions / clicks × 100; `null` when there are no clicks.
 *
 * @example conversionRate(new Dec(23), new Dec(450))?.toFixed(1) // '5.1'
 */
export function conversionRate(conversions: Dec, clicks: Dec): Dec | null {
  return percentOf(conversions, clicks);
}
