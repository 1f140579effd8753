import type { Dec } from '../money/decimal';

/**
 * Budget remaining: allocated − spent, exact; negative when overspent.
 *
 * @example budgetRemaining(new Dec(5000), new Dec(2100)).toString() // '2900'
 * @example budgetRemaining(new Dec(5000), new Dec('5250.5')).toString() // '-250.5'
 */
export function budgetRemaining(allocated: Dec, spent: Dec): Dec {
  return allocated.minus(spent);
}
