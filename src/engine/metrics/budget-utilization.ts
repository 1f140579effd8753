import type { Dec } from '../money/decimal';
import { percentOf } from '../money/decimal';

/**
 * Budget utilization in percent: spent / allocated × 100; `null` when nothing was allocated.
 *
 * @example budgetUtilization(new Dec(2100), new Dec(5000))?.toString() // '42'
 */
export function budgetUtilization(spent: Dec, allocated: Dec): Dec | null {
  return percentOf(spent, allocated);
}
