import type { Direction } from '../analysis/campaign-analysis';
import { Dec, HUNDRED } from '../money/decimal';

/**
 * Percent of target, unrounded. Higher-is-better: actual / target × 100. Lower-is-better:
 * target / actual × 100, and an actual of 0 or less meets the target (100). `null` when the target is
 * not above zero (no target to compare with).
 *
 * @example pctOfTarget(new Dec(450), new Dec(500), 'higher_is_better')?.toString() // '90'
 * @example pctOfTarget(new Dec(100), new Dec(80), 'lower_is_better')?.toString() // '80'
 * @example pctOfTarget(new Dec(0), new Dec(80), 'lower_is_better')?.toString() // '100'
 */
export function pctOfTarget(actual: Dec, target: Dec, direction: Direction): Dec | null {
  if (target.lte(0)) return null;
  if (direction === 'higher_is_better') return actual.div(target).times(HUNDRED);
  return actual.lte(0) ? new Dec(100) : target.div(actual).times(HUNDRED);
}
