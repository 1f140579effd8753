import type { ChannelTotals, MetricTotals } from '../analysis/campaign-analysis';
import type { ChannelMetric } from '../model/channel-metric';
import type { Dec } from '../money/decimal';
import { ZERO } from '../money/decimal';
import { ChannelAccumulator } from './channel-accumulator';

/**
 * What tells channels apart: the name trimmed, ignoring case (`LinkedIn` and `linkedin ` are one).
 *
 * @example channelKey(' LinkedIn ') // 'linkedin'
 */
export function channelKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Exact sums of a campaign's ChannelMetrics rows, per channel (in order of first appearance) and in
 * total. Channels are told apart by name, trimmed and ignoring case (`LinkedIn` and `linkedin ` are
 * one channel, shown as first written). Blank Revenue or Engagements cells are missing, not zero.
 *
 * @example aggregateChannelMetrics(rows, 'C1').totals.cost.toString() // '2100.5'
 */
export function aggregateChannelMetrics(
  rows: readonly ChannelMetric[],
  campaignId: string,
): { totals: MetricTotals; channels: ChannelTotals[] } {
  const byName = new Map<string, ChannelAccumulator>();
  const byKey = new Map<string, ChannelAccumulator>();
  for (const row of rows) {
    if (row.campaignId !== campaignId) continue;
    let acc = byName.get(row.channel);
    if (acc === undefined) {
      const key = channelKey(row.channel);
      acc = byKey.get(key);
      if (acc === undefined) {
        acc = new ChannelAccumulator(row.channel.trim());
        byKey.set(key, acc);
      }
      byName.set(row.channel, acc);
    }
    acc.add(row);
  }
  const channels = [...byKey.values()].map((a) => a.totals());
  return { totals: combine(channels), channels };
}

function sum(items: readonly ChannelTotals[], pick: (t: ChannelTotals) => Dec): Dec {
  return items.reduce((s, t) => s.plus(pick(t)), ZERO);
}

function sumPresent(items: readonly ChannelTotals[], pick: (t: ChannelTotals) => Dec | null): Dec | null {
  const present = items.map(pick).filter((v): v is Dec => v !== null);
  return present.length === 0 ? null : present.reduce((s, v) => s.plus(v), ZERO);
}

function combine(channels: readonly ChannelTotals[]): MetricTotals {
  const dates = channels.map((c) => c.lastDate).filter((d): d is string => d !== null);
  return {
    rows: channels.reduce((n, c) => n + c.rows, 0),
    estimatedRows: channels.reduce((n, c) => n + c.estimatedRows, 0),
    impressions: sum(channels, (c) => c.impressions),
    clicks: sum(channels, (c) => c.clicks),
    conversions: sum(channels, (c) => c.conversions),
    cost: sum(channels, (c) => c.cost),
    revenue: sumPresent(channels, (c) => c.revenue),
    engagements: sumPresent(channels, (c) => c.engagements),
    costWithRevenue: sum(channels, (c) => c.costWithRevenue),
    impressionsWithEngagements: sum(channels, (c) => c.impressionsWithEngagements ?? c.impressions),
    lastDate: dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a)),
  };
}
