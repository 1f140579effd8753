import type { Instant } from '../model/primitives';
import type { Dec } from '../money/decimal';
import { elapsedFraction } from './elapsed';
import { ratio } from './ratio';

/**
 * Spend pace as a multiplier: the share of the budget spent divided by the share of the campaign's
 * time elapsed, (spent / allocated) / e. 1 means spending exactly in step with time, 1.25 means 25 %
 * ahead of it, 0.8 means 20 % behind. `null` when nothing was allocated or the campaign has not begun.
 *
 * @example pacing(new Dec(600), new Dec(1000), 0, 100, 50)?.toString() // '1.2'
 */
export function pacing(spent: Dec, allocated: Dec, start: Instant, end: Instant, asOf: Instant): Dec | null {
  const utilization = ratio(spent, allocated);
  return utilization === null ? null : ratio(utilization, elapsedFraction(start, end, asOf));
}
