import type { Dec } from '../money/decimal';
import { ratio } from './ratio';

/**
 * Cost per acquisition: cost / conversions; `null` when there are no conversions.
 *
 * @example cpa(new Dec(2100), new Dec(23))?.toFixed(2) // '91.30'
 */
export function cpa(cost: Dec, conversions: Dec): Dec | null {
  return ratio(cost, conversions);
}
