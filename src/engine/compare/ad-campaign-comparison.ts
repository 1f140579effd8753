import type { ChannelTotals } from '../analysis/campaign-analysis';
import { type ChannelComparison, compareChannels } from './channel-comparison';

/** The ad campaigns of one channel compared two by two. */
export interface AdCampaignComparison {
  readonly channel: string;
  /** As for channels; each side's `channel` is the ad campaign's name. */
  readonly comparison: ChannelComparison;
}

/**
 * Within each channel with two or more named ad campaigns (the Ad Campaign column), its ad campaigns
 * compared two by two on CTR, conversion rate and CPA exactly as channels are (docs/rules.md,
 * Comparing ad campaigns): the same minimum clicks, the same test and interval, Holm's adjustment
 * over the channel's own tests. Rows without an Ad Campaign take no part. A channel is kept when a
 * comparison is made or one of its ad campaigns is under the minimum clicks (its `tooLittle`, named as
 * too little data to judge); a channel whose ad campaigns give neither is left out.
 *
 * @example compareAdCampaigns(a.channels, 100)[0] // { channel: 'Search', comparison: { comparisons: [{ metric: 'ctr', better: Brand, worse: Generic, … }], … } }
 */
export function compareAdCampaigns(
  channels: readonly ChannelTotals[],
  minClicks: number,
): AdCampaignComparison[] {
  const out: AdCampaignComparison[] = [];
  for (const channel of channels) {
    const named: ChannelTotals[] = channel.adCampaigns.flatMap((ad) =>
      ad.adCampaign === null ? [] : [{ ...ad, channel: ad.adCampaign, adCampaigns: [] }],
    );
    if (named.length < 2) continue;
    const comparison = compareChannels(named, minClicks);
    if (comparison.comparisons.length > 0 || comparison.tooLittle.length > 0)
      out.push({ channel: channel.channel, comparison });
  }
  return out;
}
