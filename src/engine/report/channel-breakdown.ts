import type { ChannelTotals } from '../analysis/campaign-analysis';
import { derivedActual } from '../metrics/derived-actual';
import type { Dec } from '../money/decimal';
import type { ExecutionStatusReport } from './output-schemas';
import { money, pct1, ratio2 } from './rounding';

export type ChannelBreakdown = ExecutionStatusReport['channel_breakdown'][number];

const orNull = <T>(value: Dec | null, round: (v: Dec) => T): T | null =>
  value === null ? null : round(value);

/** A ratio of the channel, or `null` when it has no value (nothing to divide, no row reporting both figures). */
function ratioOf(c: ChannelTotals, metric: 'ctr' | 'conversion_rate' | 'cpa' | 'roas'): Dec | null {
  // The ETA of a pending figure is never read here.
  const actual = derivedActual(metric, c, '');
  return actual.kind === 'value' ? actual.value : null;
}

/**
 * One channel of the report's `channel_breakdown`: sums of the reported figures, their blank cells
 * (`blank_rows`: a figure no row reports sums to 0 with `blank_rows` equal to `rows`), and ratios
 * recomputed from the unrounded sums over the rows that report both figures (`null` where the
 * denominator is zero, no row reports both, or Revenue is missing).
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
    ctr_pct: orNull(ratioOf(c, 'ctr'), pct1),
    conversion_rate_pct: orNull(ratioOf(c, 'conversion_rate'), pct1),
    cpa: orNull(ratioOf(c, 'cpa'), (v) => money(v, currency)),
    roas: orNull(ratioOf(c, 'roas'), ratio2),
    label: c.estimatedRows > 0 ? '[ESTIMATED]' : '[MEASURED]',
    rows: c.rows,
    blank_rows: { ...c.blanks },
  };
}
