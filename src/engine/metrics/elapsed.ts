import type { Instant } from '../model/primitives';
import { Dec } from '../money/decimal';

/**
 * The elapsed fraction of a campaign, e = clamp((as_of − start) / (end − start), 0, 1), exact.
 * A campaign whose end is not after its start counts as not begun before its start and as over from then.
 *
 * @example elapsedFraction(0, 100, 25).toString() // '0.25'
 * @example elapsedFraction(0, 100, 250).toString() // '1'
 */
export function elapsedFraction(start: Instant, end: Instant, asOf: Instant): Dec {
  if (asOf <= start) return new Dec(end > start || asOf < start ? 0 : 1);
  if (asOf >= end) return new Dec(1);
  return new Dec(asOf - start).div(end - start);
}
