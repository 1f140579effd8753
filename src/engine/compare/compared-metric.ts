import type { ChannelTotals } from '../analysis/campaign-analysis';
import type { RateModel, RateSide } from '../stats/rate-ratio';

/** The figures two channels (or ad campaigns) are compared on (docs/rules.md, Comparing channels). */
export const COMPARED_METRICS = ['ctr', 'conversion_rate', 'cpa'] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

interface MetricSpec {
  /** Events over exposure, so that a higher rate is better (conversions per money spent for CPA). */
  readonly side: (c: ChannelTotals) => RateSide;
  readonly model: RateModel;
  /** Whether the channel can be judged on this figure at all (something to divide by). */
  readonly applies: (c: ChannelTotals) => boolean;
}

/**
 * Each rate is read over the rows that report both of its figures (`bases`): a blank cell is never
 * taken for a zero, and a channel whose rows report none of a pair is not compared on it.
 */
export const METRIC_SPECS: Readonly<Record<ComparedMetric, MetricSpec>> = {
  ctr: {
    side: (c) => ({ events: c.bases.ctr.numerator.toNumber(), exposure: c.bases.ctr.denominator.toNumber() }),
    model: 'proportion',
    applies: (c) => c.bases.ctr.denominator.gt(0),
  },
  conversion_rate: {
    side: (c) => ({
      events: c.bases.conversion_rate.numerator.toNumber(),
      exposure: c.bases.conversion_rate.denominator.toNumber(),
    }),
    model: 'proportion',
    applies: (c) => c.bases.conversion_rate.denominator.gt(0),
  },
  cpa: {
    // Conversions per money spent: CPA's own figures, the other way up.
    side: (c) => ({ events: c.bases.cpa.denominator.toNumber(), exposure: c.bases.cpa.numerator.toNumber() }),
    model: 'poisson',
    applies: (c) => c.bases.cpa.numerator.gt(0),
  },
};
