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

export const METRIC_SPECS: Readonly<Record<ComparedMetric, MetricSpec>> = {
  ctr: {
    side: (c) => ({ events: c.clicks.toNumber(), exposure: c.impressions.toNumber() }),
    model: 'proportion',
    applies: (c) => c.impressions.gt(0),
  },
  conversion_rate: {
    side: (c) => ({ events: c.conversions.toNumber(), exposure: c.clicks.toNumber() }),
    model: 'proportion',
    applies: (c) => c.clicks.gt(0),
  },
  cpa: {
    side: (c) => ({ events: c.conversions.toNumber(), exposure: c.cost.toNumber() }),
    model: 'poisson',
    applies: (c) => c.cost.gt(0),
  },
};
