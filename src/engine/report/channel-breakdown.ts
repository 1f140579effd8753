import type { ChannelTotals } from '../analysis/campaign-analysis';
import { conversionRate } from '../metrics/conversion-rate';
import { cpa } from '../metrics/cpa';
import { ctr } from '../metrics/ctr';
import { roas } from '../metrics/roas';
import type { Dec } from '../money/decimal';
import type { ExecutionStatusReport } from './output-schemas';
import { money, pct1, ratio2 } from './rounding';

export type ChannelBreakdown = ExecutionStatusReport['channel_breakdown'][number];

const orNull = <T>(value: Dec | null, round: (v: Dec) => T): T | null =>
  value === null ? null : round(value);

/**
 * One channel of the report's `channel_breakdown`: sums, and ratios recomputed from the unrounded sums
 * (`null` where the denominator is zero or Revenue is missing).
 *
 * @example channelBreakdown(channel, 'USD') // { channel: 'LinkedIn', cost: 1200, ctr_pct: 3, cpa: 60, roas: 2.4, ... }
 */
export function channelBreakdown(c: ChannelTotals, currency: string): ChannelBreakdown {
  return {
    channel: c.channel,
    impressions: ratio2(c.impressions),
    clicks: ratio2(c.clicks),
    conversions: ratio2(c.conversions),
    cost: money(c.cost, currency),
    revenue: orNull(c.revenue, (v) => money(v, currency)),
    ctr_pct: orNull(ctr(c.clicks, c.impressions), pct1),
    conversion_rate_pct: orNull(conversionRate(c.conversions, c.clicks), pct1),
    cpa: orNull(cpa(c.cost, c.conversions), (v) => money(v, currency)),
    roas: orNull(c.revenue === null ? null : roas(c.revenue, c.costWithRevenue), ratio2),
    label: c.estimatedRows > 0 ? '[ESTIMATED]' : '[MEASURED]',
  };
}
