import { twoSidedP, Z95 } from './normal';

/** Events over an exposure: clicks over impressions, conversions over clicks or over money spent. */
export interface RateSide {
  readonly events: number;
  readonly exposure: number;
}

/**
 * How the events arise: `proportion` when each unit of exposure is a trial that succeeds or not
 * (a click out of impressions), `poisson` when events are counted against an amount (conversions per
 * money spent).
 */
export type RateModel = 'proportion' | 'poisson';

export interface RateRatio {
  /** (events a / exposure a) ÷ (events b / exposure b). */
  readonly ratio: number;
  /** The 95 % interval of the ratio. */
  readonly low: number;
  readonly high: number;
  /** The z statistic of log(ratio) (0 when the rates are equal). */
  readonly z: number;
  /** Two-sided p-value of “the two rates are equal”. */
  readonly p: number;
  /** Whether 0.5 was added to the counts because one was 0 (the interval is then approximate). */
  readonly corrected: boolean;
}

/**
 * The ratio of two rates with its interval and test, on the log scale: log(ratio) ± 1.96·se, with
 * se² = 1/a − 1/m + 1/b − 1/n for proportions (Katz et al. 1978) and 1/a + 1/b for Poisson counts.
 * The test and the interval are the same statistic, so an interval that excludes 1 always goes with
 * p < 0.05. A zero count gets 0.5 added to each count (and 1 to each proportion's trials, the
 * Haldane–Anscombe correction). A proportion whose events exceed its trials (view-through
 * conversions counted against clicks) is treated as a Poisson rate. `null` when either side has no
 * exposure, or neither has an event.
 *
 * @example rateRatio({ events: 600, exposure: 12000 }, { events: 300, exposure: 30000 }, 'proportion')
 * // { ratio: 5, low: 4.36…, high: 5.73…, z: 23.1…, p: 0, corrected: false }
 */
export function rateRatio(a: RateSide, b: RateSide, model: RateModel): RateRatio | null {
  if (!(a.exposure > 0 && b.exposure > 0)) return null;
  if (a.events <= 0 && b.events <= 0) return null;
  const proportion = model === 'proportion' && a.events <= a.exposure && b.events <= b.exposure;
  const corrected = a.events <= 0 || b.events <= 0;
  const add = corrected ? 0.5 : 0;
  const [x, y] = [a.events + add, b.events + add];
  const [m, n] = proportion && corrected ? [a.exposure + 1, b.exposure + 1] : [a.exposure, b.exposure];
  const logRatio = Math.log(x / m / (y / n));
  const variance = proportion ? 1 / x - 1 / m + 1 / y - 1 / n : 1 / x + 1 / y;
  const se = Math.sqrt(Math.max(variance, 0));
  const z = se === 0 ? 0 : logRatio / se;
  return {
    ratio: a.events / a.exposure / (b.events / b.exposure),
    low: Math.exp(logRatio - Z95 * se),
    high: Math.exp(logRatio + Z95 * se),
    z,
    p: se === 0 ? 1 : twoSidedP(z),
    corrected,
  };
}
