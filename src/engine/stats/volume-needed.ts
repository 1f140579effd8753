import { normalQuantile } from './normal';

/**
 * How many times today's volume a comparison needs before a difference of the size seen so far
 * would pass a two-sided test at level `alpha`: the z statistic grows with the square root of the
 * volume (every count scaled together, rates unchanged), so the factor is (z needed ÷ z seen)². 1
 * when it passes already; `null` when no difference is seen at all (z = 0: more data cannot show
 * one that is not there).
 *
 * @example volumeFactor(1.2, 0.05) // 2.667… (1.96 / 1.2, squared)
 */
export function volumeFactor(z: number, alpha: number): number | null {
  if (z === 0 || !Number.isFinite(z)) return null;
  const needed = normalQuantile(1 - alpha / 2);
  return Math.max(1, (needed / Math.abs(z)) ** 2);
}
