import { Z95 } from './normal';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The Wilson score interval of a proportion: `successes` out of `trials`, 95 % by default. Unlike
 * the textbook p ± 1.96·√(p(1−p)/n) it stays inside 0–1 and keeps its coverage for small counts and
 * rates near 0 (Wilson 1927; Brown, Cai & DasGupta 2001). `null` without a trial.
 *
 * @example wilsonInterval(30, 1000) // { low: 0.0211…, high: 0.0425… }
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval | null {
  if (!(trials > 0)) return null;
  const p = Math.min(1, Math.max(0, successes / trials));
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
