import type { AdCampaignTotals, ChannelTotals, MetricTotals } from '../analysis/campaign-analysis';
import type { ChannelMetric } from '../model/channel-metric';
import { MetricAccumulator } from './metric-accumulator';
import { mergeSums, metricTotals, type MetricSums } from './metric-sums';

/**
 * What tells channels (and ad campaigns) apart: the name trimmed, ignoring case (`LinkedIn` and
 * `linkedin ` are one).
 *
 * @example channelKey(' LinkedIn ') // 'linkedin'
 */
export function channelKey(name: string): string {
  return name.trim().toLowerCase();
}

class AdCampaignGroup {
  readonly acc = new MetricAccumulator();
  constructor(readonly name: string | null) {}
}

class ChannelGroup {
  /** By the ad campaign's name as written, then by its key: most rows hit the first map. */
  private readonly byName = new Map<string | null, AdCampaignGroup>();
  private readonly byKey = new Map<string | null, AdCampaignGroup>();
  constructor(readonly name: string) {}

  add(row: ChannelMetric): void {
    let group = this.byName.get(row.adCampaign);
    if (group === undefined) {
      const name = row.adCampaign === null ? null : row.adCampaign.trim();
      const key = name === null ? null : channelKey(name);
      group = this.byKey.get(key);
      if (group === undefined) {
        group = new AdCampaignGroup(name);
        this.byKey.set(key, group);
      }
      this.byName.set(row.adCampaign, group);
    }
    group.acc.add(row);
  }

  totals(): { channel: ChannelTotals; sums: MetricSums } {
    const parts = [...this.byKey.values()].map((g) => ({ g, sums: g.acc.sums() }));
    const adCampaigns: AdCampaignTotals[] = parts.map(({ g, sums }) => ({
      ...metricTotals(sums),
      channel: this.name,
      adCampaign: g.name,
      metricRows: g.acc.rows,
    }));
    const sums = mergeSums(parts.map((p) => p.sums));
    return { channel: { ...metricTotals(sums), channel: this.name, adCampaigns }, sums };
  }
}

/**
 * Exact sums of a campaign's ChannelMetrics rows, per channel (in order of first appearance), per ad
 * campaign within each channel, and in total. Channels and ad campaigns are told apart by name,
 * trimmed and ignoring case (`LinkedIn` and `linkedin ` are one channel, shown as first written).
 * Blank cells are missing, not zero: each figure sums the rows that report it, and each ratio's
 * basis the rows that report both of its figures (docs/rules.md, Missing figures).
 *
 * @example aggregateChannelMetrics(rows, 'C1').totals.cost.toString() // '2100.5'
 * @example aggregateChannelMetrics(rows, 'C1').channels[0]?.adCampaigns.map((a) => a.adCampaign) // ['Brand', 'Generic']
 */
export function aggregateChannelMetrics(
  rows: readonly ChannelMetric[],
  campaignId: string,
): { totals: MetricTotals; channels: ChannelTotals[] } {
  const byName = new Map<string, ChannelGroup>();
  const byKey = new Map<string, ChannelGroup>();
  for (const row of rows) {
    if (row.campaignId !== campaignId) continue;
    let group = byName.get(row.channel);
    if (group === undefined) {
      const key = channelKey(row.channel);
      group = byKey.get(key);
      if (group === undefined) {
        group = new ChannelGroup(row.channel.trim());
        byKey.set(key, group);
      }
      byName.set(row.channel, group);
    }
    group.add(row);
  }
  const groups = [...byKey.values()].map((g) => g.totals());
  return {
    totals: metricTotals(mergeSums(groups.map((g) => g.sums))),
    channels: groups.map((g) => g.channel),
  };
}
